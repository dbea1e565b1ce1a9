/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as JSON Canonicalization Scheme
 * does), no whitespace, numbers and strings as `JSON.stringify` writes them. Two equal JSON
 * values always give the same text, so the text can be hashed.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8785
 */

/** Deepest nesting accepted; deeper values are refused rather than risking the stack. */
export const maxJsonDepth = 64;

/**
 * The canonical JSON text of a JSON value (what `JSON.parse` returns). Throws a `TypeError`
 * for values JSON cannot hold (undefined, functions, bigint, non-finite numbers) and a
 * `RangeError` for nesting deeper than {@link maxJsonDepth}.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

function write(value: unknown, depth: number): string {
  if (depth > maxJsonDepth) throw new RangeError(`JSON nested deeper than ${maxJsonDepth} levels`);
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('JSON cannot hold a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => write(item, depth + 1)).join(',')}]`;
  if (typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${write(record[key], depth + 1)}`).join(',')}}`;
  }
  throw new TypeError(`JSON cannot hold a value of type ${typeof value}`);
}
