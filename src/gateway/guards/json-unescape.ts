/**
 * Decode the escapes of JSON string text (`\n`, `\"`, `\/`, `\u0041`, …) as it streams in:
 * tool-call arguments are JSON text whose strings a client decodes, so `\u0043ANARY` must be
 * scanned as `CANARY`. An escape cut at the end of a piece is carried to the next.
 */

const simple: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The decoded text of `carry + piece`, and the unfinished escape at its end ('' when none). */
export function unescapeJsonText(carry: string, piece: string): { text: string; carry: string } {
  const raw = carry + piece;
  if (!raw.includes('\\')) return { text: raw, carry: '' };
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const slash = raw.indexOf('\\', i);
    if (slash < 0) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, slash);
    const kind = raw[slash + 1];
    if (kind === undefined) return { text: out, carry: raw.slice(slash) };
    if (kind === 'u') {
      const hex = raw.slice(slash + 2, slash + 6);
      if (hex.length < 4 && /^[0-9a-fA-F]*$/.test(hex)) return { text: out, carry: raw.slice(slash) };
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16));
        i = slash + 6;
        continue;
      }
      out += '\\u';
      i = slash + 2;
      continue;
    }
    out += simple[kind] ?? `\\${kind}`;
    i = slash + 2;
  }
  return { text: out, carry: '' };
}
