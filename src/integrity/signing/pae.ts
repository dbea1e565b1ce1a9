/**
 * DSSE v1 pre-authentication encoding (secure-systems-lab/dsse, protocol.md): what is actually
 * signed, so that a signature over one payload type can never be replayed as another.
 */

/** The payload type of an in-toto statement in a DSSE envelope. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/**
 * `PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`, where LEN is the
 * byte length as ASCII decimal without leading zeros and SP is one space.
 *
 * @example
 * preAuthEncoding('http://example.com/HelloWorld', Buffer.from('hello world'))
 * // 'DSSEv1 29 http://example.com/HelloWorld 11 hello world'
 */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  const head = Buffer.from(`DSSEv1 ${type.length} `, 'ascii');
  const middle = Buffer.from(` ${payload.length} `, 'ascii');
  return Buffer.concat([head, type, middle, payload]);
}
