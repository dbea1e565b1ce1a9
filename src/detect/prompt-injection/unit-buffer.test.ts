import { describe, expect, it } from 'vitest';
import { UnitBuffer } from './unit-buffer.js';

describe('UnitBuffer', () => {
  it('copies a text or a part of it as UTF-16 units, astral characters as two', () => {
    const b = new UnitBuffer();
    expect(Array.from(b.of('aé😀'))).toEqual([0x61, 0xe9, 0xd83d, 0xde00]);
    expect(Array.from(b.of('hello world', 6, 11))).toEqual(Array.from('world', (c) => c.charCodeAt(0)));
    expect(b.of('').length).toBe(0);
  });

  it('keeps what was appended when it grows, and reuses its memory when it need not', () => {
    const b = new UnitBuffer();
    let size = 0;
    const parts: string[] = [];
    for (let i = 0; i < 300; i++) {
      const part = `part ${i} ${'x'.repeat(i)} ✓\n`;
      parts.push(part);
      size = b.append(part, size);
    }
    const view = b.view(size);
    expect(Buffer.from(view.buffer, view.byteOffset, 2 * size).toString('utf16le')).toBe(parts.join(''));
    const big = b.reserve(10);
    expect(b.reserve(size)).toBe(big);
    // A text longer than any before grows it; the units of the earlier call are no longer promised.
    expect(b.of('y'.repeat(100_000)).every((c) => c === 0x79)).toBe(true);
  });
});
