/**
 * A strict JSON parser for safetensors headers that keeps what `JSON.parse` hides: duplicate
 * keys (a parser differential: loaders disagree on which copy wins) and integers beyond 2^53
 * (tensor offsets are u64). Objects become `Map`s, so a key such as `__proto__` is just a key.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8259
 */

/** A parsed JSON value: integers are bigints, other numbers are numbers, objects are Maps. */
export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | JsonObject;
/** A parsed JSON object, in key order; a duplicate key keeps its last value (as serde and Python do). */
export type JsonObject = Map<string, JsonValue>;

/** The result of {@link parseStrictJson}. */
export type StrictJsonResult =
  | { ok: true; value: JsonValue; duplicates: { path: string; key: string }[] }
  | { ok: false; error: string; offset: number };

/** Nesting deeper than this is refused (safetensors headers nest three levels). */
export const MAX_JSON_DEPTH = 64;

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/**
 * Parse `text` as one JSON value (RFC 8259; whitespace around it allowed), recording duplicate
 * object keys with the path of the object that has them. Never throws.
 */
export function parseStrictJson(text: string, maxDepth = MAX_JSON_DEPTH): StrictJsonResult {
  const duplicates: { path: string; key: string }[] = [];
  let pos = 0;
  const ws = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      pos++;
    }
  };
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, pos);
  };
  const value = (depth: number, path: string): JsonValue => {
    ws();
    const c = text[pos];
    if (c === '{') return object(depth + 1, path);
    if (c === '[') return array(depth + 1, path);
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    return fail(c === undefined ? 'unexpected end of JSON' : `unexpected character ${JSON.stringify(c)}`);
  };
  const object = (depth: number, path: string): JsonObject => {
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth}`);
    pos++;
    const out: JsonObject = new Map();
    ws();
    if (text[pos] === '}') {
      pos++;
      return out;
    }
    for (;;) {
      ws();
      if (text[pos] !== '"') fail('expected a string key');
      const key = string();
      ws();
      if (text[pos] !== ':') fail('expected ":"');
      pos++;
      const v = value(depth, `${path}/${key}`);
      if (out.has(key)) duplicates.push({ path: path || '/', key });
      out.set(key, v);
      ws();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        return out;
      }
      fail('expected "," or "}"');
    }
  };
  const array = (depth: number, path: string): JsonValue[] => {
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth}`);
    pos++;
    const out: JsonValue[] = [];
    ws();
    if (text[pos] === ']') {
      pos++;
      return out;
    }
    for (;;) {
      out.push(value(depth, `${path}/${out.length}`));
      ws();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') {
        pos++;
        return out;
      }
      fail('expected "," or "]"');
    }
  };
  const string = (): string => {
    const start = pos;
    pos++;
    let out = '';
    let run = pos;
    for (;;) {
      if (pos >= text.length) {
        pos = start;
        fail('unterminated string');
      }
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        out += text.slice(run, pos);
        pos++;
        return out;
      }
      if (c < 0x20) fail('control character in string');
      if (c === 0x5c) {
        out += text.slice(run, pos);
        const e = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else {
          fail('invalid escape in string');
        }
        run = pos;
        continue;
      }
      pos++;
    }
  };
  const number = (): number | bigint => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
    if (!m) return fail('invalid number');
    pos += m[0].length;
    return m[2] === undefined && m[3] === undefined ? BigInt(m[0]) : Number(m[0]);
  };
  try {
    const v = value(0, '');
    ws();
    if (pos < text.length) fail('unexpected data after the JSON value');
    return { ok: true, value: v, duplicates };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, error: error.message, offset: error.offset };
    // Only a stack overflow can get here (depth is capped far below it); report it as bad JSON.
    return { ok: false, error: 'JSON too deeply nested', offset: pos };
  }
}
