import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonlTexts, readTextLines, type TextInput } from './text-inputs.js';

async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = sizes.length > 0 ? sizes[k % sizes.length]! : bytes.length;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function collect(iterable: AsyncIterable<TextInput>): Promise<TextInput[]> {
  const out: TextInput[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** The lines of `bytes` that are not blank or are too long (LF-split, CR and a leading BOM dropped), with line numbers. */
function expectedLines(bytes: Uint8Array, maxLineBytes: number): { line: number; bytes: Buffer }[] {
  let all = Buffer.from(bytes);
  if (all.length >= 3 && all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) all = all.subarray(3);
  const lines: { line: number; bytes: Buffer }[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const lf = all.indexOf(0x0a, start);
    let line = all.subarray(start, lf < 0 ? all.length : lf);
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    if (lf >= 0 || line.length > 0 || start < all.length) lines.push({ line: number, bytes: line });
    if (lf < 0) break;
    number++;
    start = lf + 1;
  }
  return lines.filter((l) => l.bytes.length > maxLineBytes || !l.bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d));
}

const textish = fc
  .array(fc.oneof(fc.constantFrom(...'{}[]":,\\ \n\r\ttext id 1 a é'.split(''), ' '.repeat(90), '{"text":"x"}', '{"id":1,"text":"y"}\n', '\uFEFF'), fc.string({ maxLength: 4 })), { maxLength: 300 })
  .map((parts) => Buffer.from(parts.join(''), 'utf8'));
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 2000 }), textish);
const sizes = fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 5 });

describe('text input readers on arbitrary bytes', () => {
  it('readJsonlTexts never throws and gives one text or error per non-blank line, in order', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, sizes, fc.integer({ min: 1, max: 80 }), async (bytes, chunkSizes, maxLineBytes) => {
        const items = await collect(readJsonlTexts(chunked(bytes, chunkSizes), { maxLineBytes }));
        const lines = expectedLines(bytes, maxLineBytes);
        expect(items.map((i) => i.line)).toEqual(lines.map((l) => l.line));
        items.forEach((item, k) => {
          const line = lines[k]!;
          if (line.bytes.length > maxLineBytes) expect(item.kind).toBe('error');
          if (item.kind === 'text') expect(typeof item.text).toBe('string');
          else expect(item.error.code).toBe('ERR_DETECT_INPUT');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('readTextLines gives back each line that fits, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, sizes, fc.integer({ min: 1, max: 80 }), async (bytes, chunkSizes, maxLineBytes) => {
        const items = await collect(readTextLines(chunked(bytes, chunkSizes), { maxLineBytes }));
        const lines = expectedLines(bytes, maxLineBytes);
        expect(items.map((i) => i.line)).toEqual(lines.map((l) => l.line));
        items.forEach((item, k) => {
          const line = lines[k]!;
          if (line.bytes.length > maxLineBytes) expect(item.kind).toBe('error');
          else expect(item).toEqual({ kind: 'text', line: line.line, id: null, text: line.bytes.toString('utf8') });
        });
      }),
      { numRuns: 300 },
    );
  });
});
