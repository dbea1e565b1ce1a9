/**
 * Decoders for the string forms pickle uses. They are lenient: a value that CPython would
 * refuse is still decoded, because the point is to see what it names, not to reproduce errors.
 */

const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

/** Decode UTF-8 (ASCII fast path for the short names and keys that dominate pickles). */
export function utf8(bytes: Uint8Array): string {
  if (bytes.length <= 64) {
    let ascii = true;
    for (let k = 0; k < bytes.length; k++) {
      if (bytes[k]! >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  }
  return utf8Decoder.decode(bytes);
}

/** Decode bytes one-to-one as Latin-1 (how BINSTRING values and `_codecs.encode(..., 'latin1')` map). */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let k = 0; k < bytes.length; k += 4096) {
    out += String.fromCharCode.apply(null, bytes.subarray(k, Math.min(bytes.length, k + 4096)) as unknown as number[]);
  }
  return out;
}

/** The Latin-1 bytes of a string, or undefined if it has a character above U+00FF. */
export function latin1Bytes(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 0xff) return undefined;
    out[k] = c;
  }
  return out;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '\n': '' };

/**
 * The value of a protocol-0 STRING argument: strip the matching quotes and undo Python's
 * bytes escapes (`\xhh`, octal, `\n`…). Undefined when the argument is not quoted (CPython raises).
 */
export function quotedString(line: string): string | undefined {
  if (line.length < 2) return undefined;
  const quote = line[0];
  if ((quote !== "'" && quote !== '"') || line[line.length - 1] !== quote) return undefined;
  const body = line.slice(1, -1);
  let out = '';
  for (let k = 0; k < body.length; k++) {
    const c = body[k]!;
    if (c !== '\\' || k + 1 >= body.length) {
      out += c;
      continue;
    }
    const next = body[++k]!;
    if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(k + 1, k + 3))) {
      out += String.fromCharCode(parseInt(body.slice(k + 1, k + 3), 16));
      k += 2;
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(k))![0];
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      k += digits.length - 1;
    } else {
      out += SIMPLE_ESCAPES[next] ?? `\\${next}`;
    }
  }
  return out;
}

/** Decode Python's raw-unicode-escape (protocol-0 UNICODE): `\uXXXX`, `\UXXXXXXXX`, other bytes Latin-1. */
export function rawUnicodeEscape(bytes: Uint8Array): string {
  const text = latin1(bytes);
  return text.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (whole, u4: string | undefined, u8: string | undefined) => {
    const code = parseInt(u4 ?? u8 ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
