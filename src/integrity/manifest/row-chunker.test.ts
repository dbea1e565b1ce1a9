import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leafHash, merkleRoot } from './merkle.js';
import { RowChunker, withLeaves, type ChunkingSpec } from './row-chunker.js';

const enc = (s: string): Buffer => Buffer.from(s, 'utf8');

/** Feed `data` cut at the given points (each taken modulo the length). */
function chunk(spec: ChunkingSpec, data: Buffer, cuts: number[] = []) {
  const chunker = new RowChunker(spec);
  const points = [...new Set(cuts.map((c) => (data.length === 0 ? 0 : c % (data.length + 1))))].sort((a, b) => a - b);
  let from = 0;
  for (const p of points) {
    chunker.update(data.subarray(from, p));
    from = p;
  }
  chunker.update(data.subarray(from));
  return chunker.finish();
}

/** Serialise records of fields as RFC 4180 CSV, quoting fields that need it. */
function toCsv(records: string[][], delimiter: string, eol: string): string[] {
  return records.map((fields) => fields.map((f) => (/["\n\r]/.test(f) || f.includes(delimiter) ? `"${f.replaceAll('"', '""')}"` : f)).join(delimiter) + eol);
}

describe('RowChunker', () => {
  const csv: ChunkingSpec = { format: 'csv', delimiter: ',', header: true, chunkRows: 2 };

  it('hashes the header alone, then chunks of N records; the chunks concatenated are the file', () => {
    const lines = ['a,b\n', '1,2\n', '3,4\n', '5,6\n'];
    const result = chunk(csv, enc(lines.join('')));
    expect(result.header).toEqual({ bytes: 4, leaf: leafHash(enc(lines[0]!)).toString('hex') });
    expect(result.rows).toBe(3);
    expect(result.chunks).toEqual([
      { rows: 2, bytes: 8, leaf: leafHash(enc(lines[1]! + lines[2]!)).toString('hex') },
      { rows: 1, bytes: 4, leaf: leafHash(enc(lines[3]!)).toString('hex') },
    ]);
    expect(result.root).toBe(merkleRoot([lines[0]!, lines[1]! + lines[2]!, lines[3]!].map((s) => leafHash(enc(s)))).toString('hex'));
  });

  it('keeps a line feed inside a quoted field in its record', () => {
    const text = 'id,text\n1,"two\nlines"\n2,"a ""quoted""\nword"\n3,x\n';
    const result = chunk({ ...csv, chunkRows: 1 }, enc(text));
    expect(result.rows).toBe(3);
    expect(result.chunks.map((c) => c.bytes)).toEqual([enc('1,"two\nlines"\n').length, enc('2,"a ""quoted""\nword"\n').length, 4]);
  });

  it('treats a quote inside an unquoted field as a literal, as csv readers do', () => {
    const result = chunk({ ...csv, chunkRows: 1 }, enc('h\nsays "hi\nnext\n'));
    expect(result.rows).toBe(2);
  });

  it('counts a last record without a line feed, and CRLF line ends', () => {
    expect(chunk(csv, enc('a,b\r\n1,2\r\n3,4')).rows).toBe(2);
    expect(chunk(csv, enc('a,b\r\n1,2\r\n3,4\r\n')).rows).toBe(2);
  });

  it('handles empty files, header-only files and a byte order mark', () => {
    expect(chunk(csv, enc(''))).toEqual({ header: null, chunks: [], rows: 0, root: merkleRoot([]).toString('hex') });
    const headerOnly = chunk(csv, enc('a,b'));
    expect(headerOnly.rows).toBe(0);
    expect(headerOnly.header?.bytes).toBe(3);
    // With the BOM, the first field still starts a quoted field.
    expect(chunk({ ...csv, chunkRows: 1 }, enc('\ufeff"a\nb",c\n1,2\n')).rows).toBe(1);
  });

  it('splits JSON Lines on every line feed, whatever the quotes', () => {
    const spec: ChunkingSpec = { format: 'jsonl', header: false, chunkRows: 2 };
    const result = chunk(spec, enc('{"a":"\\""}\n{"a":"x"}\n{"b":1}\n'));
    expect(result.header).toBeNull();
    expect(result.chunks.map((c) => c.rows)).toEqual([2, 1]);
  });

  it('uses the tab as field start in TSV', () => {
    const spec: ChunkingSpec = { format: 'tsv', delimiter: '\t', header: false, chunkRows: 1 };
    expect(chunk(spec, enc('a\t"b\nc"\nd\te\n')).rows).toBe(2);
    // A comma is not a field start in TSV, so this quote is literal and the line feed ends the record.
    expect(chunk(spec, enc('a,"b\nc"\n')).rows).toBe(2);
  });

  it('keeps bounded state on an unclosed quote: the rest of the file is one record', () => {
    const big = Buffer.concat([enc('h\n"'), Buffer.alloc(3 * 1024 * 1024, 0x0a)]);
    const result = chunk({ ...csv, chunkRows: 1 }, big, [1000, 2_000_000]);
    expect(result.rows).toBe(1);
    expect(result.chunks[0]!.bytes).toBe(big.length - 2);
  });

  it('sends the same bytes to any sink, and withLeaves puts the hashes back in order', () => {
    const ranges: string[] = [];
    const data = enc('h\n1\n2\n3\n');
    const sink = { feed: (b: Buffer, from: number, to: number) => ranges.push(b.subarray(from, to).toString()), close: () => ranges.push('|') };
    const chunker = new RowChunker({ ...csv, chunkRows: 2 }, sink);
    chunker.update(data);
    const layout = chunker.finishLayout();
    expect(ranges.join('')).toBe('h\n|1\n2\n|3\n|');
    expect(() => chunker.finish()).toThrow(/same-thread sink/);
    const leaves = ['h\n', '1\n2\n', '3\n'].map((s) => leafHash(enc(s)).toString('hex'));
    expect(withLeaves(layout, leaves)).toEqual(chunk({ ...csv, chunkRows: 2 }, data));
    expect(() => withLeaves(layout, leaves.slice(1))).toThrow(/expected 3 leaf hashes/);
  });

  it('refuses a chunk size that is not a positive integer', () => {
    expect(() => new RowChunker({ ...csv, chunkRows: 0 })).toThrow(RangeError);
    expect(() => new RowChunker({ ...csv, chunkRows: 1.5 })).toThrow(RangeError);
  });
});

const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '\t', '"', '\n', '\r', 'é', ' '), maxLength: 8 });

describe('RowChunker properties', () => {
  it('on well-formed CSV, chunk boundaries fall exactly on record boundaries, wherever the buffers are cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (records, delimiter, eol, chunkRows, cuts) => {
          const serialized = toCsv(records, delimiter, eol);
          const spec: ChunkingSpec = { format: delimiter === '\t' ? 'tsv' : 'csv', delimiter: delimiter as ',' | ';' | '\t', header: true, chunkRows };
          const result = chunk(spec, enc(serialized.join('')), cuts);
          expect(result.header?.leaf).toBe(leafHash(enc(serialized[0]!)).toString('hex'));
          expect(result.rows).toBe(records.length - 1);
          const expected: string[] = [];
          for (let i = 1; i < serialized.length; i += chunkRows) expected.push(serialized.slice(i, i + chunkRows).join(''));
          expect(result.chunks.map((c) => c.leaf)).toEqual(expected.map((s) => leafHash(enc(s)).toString('hex')));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on any bytes, the result does not depend on how the input is cut, and chunks cover the file', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b.map((x) => [0x0a, 0x22, 0x2c, 0x0d, 0x61][x % 5]!))),
        fc.constantFrom<ChunkingSpec['format']>('csv', 'tsv', 'jsonl'),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (data, format, header, chunkRows, cuts) => {
          const spec: ChunkingSpec = { format, header, chunkRows };
          const whole = chunk(spec, data);
          expect(chunk(spec, data, cuts)).toEqual(whole);
          expect((whole.header?.bytes ?? 0) + whole.chunks.reduce((n, c) => n + c.bytes, 0)).toBe(data.length);
          expect(whole.chunks.slice(0, -1).every((c) => c.rows === chunkRows)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
