/**
 * Read a response body while counting its bytes, and stop at a limit: a huge or endless body
 * costs at most `maxBytes` of memory, never more.
 */

/** The whole body, or how far it got before passing the limit. */
export type CappedBody = { readonly complete: true; readonly bytes: Uint8Array } | { readonly complete: false; readonly readBytes: number };

/**
 * Read `body` up to `maxBytes`. Past the limit the stream is cancelled (which closes the
 * connection) and `complete` is false. Errors of the stream (connection reset, abort) reject.
 */
export async function readCappedBody(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<CappedBody> {
  if (body === null) return { complete: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        cancelQuietly(reader);
        return { complete: false, readBytes: total };
      }
      chunks.push(value);
    }
  } catch (error) {
    cancelQuietly(reader);
    throw error;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { complete: true, bytes };
}

/** Drop a body that will not be read (its connection is closed, not kept for reuse). */
export function discardBody(body: ReadableStream<Uint8Array> | null): void {
  if (body === null) return;
  body.cancel().catch(() => undefined);
}

function cancelQuietly(reader: ReadableStreamDefaultReader<Uint8Array>): void {
  reader.cancel().catch(() => undefined);
}
