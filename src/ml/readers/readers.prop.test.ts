import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import type { Cell } from '../table.js';
import { formatCsv } from './csv-writer.js';
import { openRows } from './open-rows.js';
import { readTable } from './read-table.js';
import { tempFiles } from './test-support/temp-files.js';

const files = tempFiles();

const cellText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(',', '"', '\r\n', '\n', ' x ', '""', ';', '\t', 'a"b'));

describe('CSV writer and reader', () => {
  it('round-trip arbitrary cells (empty text reads back as null)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.array(fc.array(fc.option(cellText, { nil: null }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 20 }), fc.constantFrom(',', '\t', ';'), async (width, raw, delimiter) => {
        const columns = Array.from({ length: width }, (_, i) => `c${i}`);
        const rows: Cell[][] = raw.map((r) => r.slice(0, width));
        // A row of nothing but empty cells in a one-column file is a blank line, which readers skip.
        const kept = width === 1 ? rows.filter((r) => r[0] !== null && r[0] !== '') : rows;
        const path = files.write('rt.csv', formatCsv(columns, kept, delimiter));
        const reader = await openRows(path, { delimiter, format: 'csv' });
        const back: Cell[][] = [];
        for await (const { row } of reader) back.push(row);
        expect(reader.header.columns).toEqual(columns);
        expect(back).toEqual(kept.map((r) => r.map((c) => (c === '' ? null : c))));
        expect(reader.diagnostics.list.filter((d) => d.code !== 'invalid-utf8')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('readers on arbitrary bytes', () => {
  it('never throw anything but AisecError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('x.csv', 'x.jsonl', 'x.parquet', 'x.tsv'), fc.constantFrom(undefined, 'csv', 'jsonl', 'parquet') as fc.Arbitrary<'csv' | 'jsonl' | 'parquet' | undefined>, async (bytes, name, format) => {
        const path = files.write(name, bytes);
        try {
          await readTable(path, { maxLineBytes: 1024, ...(format ? { format } : {}) });
        } catch (error) {
          expect(error).toBeInstanceOf(AisecError);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throw anything but AisecError on text-like bytes', async () => {
    const textish = fc.array(fc.constantFrom(...'ab,;\t"\n\r{}[]:0 \u00e9\u0000'.split('')), { maxLength: 2000 }).map((a) => Buffer.from(a.join(''), 'utf8'));
    await fc.assert(
      fc.asyncProperty(textish, fc.constantFrom('x.csv', 'x.jsonl'), async (bytes, name) => {
        const path = files.write(name, bytes);
        try {
          const table = await readTable(path, { maxLineBytes: 512 });
          for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
        } catch (error) {
          expect(error).toBeInstanceOf(AisecError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
