/**
 * Whether bytes a decoder recovered read as text: the one test every byte-level decoding
 * (base64, base32, hex, variation selectors) passes its output through, so noise that happens to
 * decode is not scored as a hidden message.
 */
import { isUtf8 } from 'node:buffer';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether byte `b` may stand in text: not a control character but tab, line feed and carriage return. */
export function textByte(b: number): boolean {
  return b >= 0x20 ? b !== 0x7f : b === 0x09 || b === 0x0a || b === 0x0d;
}

/** Decoded bytes as text when they are valid UTF-8, at least 95 % printable, at least half letters or digits, with a letter. */
export function printableText(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  // Checked before decoding: a decoder that throws on invalid input costs an exception per
  // token, and most base64-looking tokens of prose decode to invalid UTF-8.
  if (!isUtf8(bytes)) return undefined;
  const text = utf8.decode(bytes);
  let printable = 0;
  let letters = 0;
  let alnum = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      // ASCII without regexes: the same classes as the Unicode tests below.
      const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
      if (letter) letters++;
      if (letter || (c >= 0x30 && c <= 0x39)) alnum++;
      if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0x7f)) printable++;
      continue;
    }
    if (/\p{L}/u.test(ch)) letters++;
    if (/[\p{L}\p{N}]/u.test(ch)) alnum++;
    if (!/[\p{C}]/u.test(ch)) printable++;
  }
  return printable >= 0.95 * total && letters > 0 && alnum >= 0.5 * total ? text : undefined;
}
