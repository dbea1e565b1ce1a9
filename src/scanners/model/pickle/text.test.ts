import { describe, expect, it } from 'vitest';
import { latin1, latin1Bytes, quotedString, rawUnicodeEscape, utf8 } from './text.js';

describe('pickle text decoders', () => {
  it('undoes Python bytes escapes in protocol-0 STRING arguments', () => {
    expect(quotedString("'os'")).toBe('os');
    expect(quotedString('"a\\x41\\101\\n\\\\"')).toBe('aAA\n\\');
    expect(quotedString("'unterminated")).toBeUndefined();
    expect(quotedString('os')).toBeUndefined();
  });

  it('decodes raw-unicode-escape, UTF-8 and Latin-1', () => {
    expect(rawUnicodeEscape(Uint8Array.from([0x61, ...new TextEncoder().encode('\\u20ac\\U0001f600'), 0xfc]))).toBe('a€😀ü');
    expect(utf8(new TextEncoder().encode('system'))).toBe('system');
    expect(utf8(new TextEncoder().encode('ünïcode'))).toBe('ünïcode');
    expect(latin1(Uint8Array.of(0x80, 0x02))).toBe('\u0080\u0002');
    expect(latin1Bytes('\u0080\u0002')).toEqual(Uint8Array.of(0x80, 0x02));
    expect(latin1Bytes('€')).toBeUndefined();
  });
});
