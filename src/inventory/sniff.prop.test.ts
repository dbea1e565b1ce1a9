import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssetKindSchema } from '../core/target.js';
import { assetFormats } from './formats.js';
import { sniffBytes, sniffFormat } from './sniff.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffFormat (properties)', () => {
  it('returns a known format and kind for any bytes, and the same answer twice', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.string({ maxLength: 30 }), (head, name) => {
        const result = sniffFormat(head, name);
        expect(assetFormats).toContain(result.format);
        expect(AssetKindSchema.safeParse(result.kind).success).toBe(true);
        expect(sniffFormat(head, name)).toEqual(result);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on bytes that start like a known format', () => {
    const prefixes = [[0x80, 0x02], [0x50, 0x4b, 0x03, 0x04], [0x08, 0x07, 0x12], [0x0a, 0x05, 0x0a], [0x78, 0x9c], [0x28], [0x63], [0x7b], [0x5b]];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 600 }), (prefix, rest) => {
        const head = Uint8Array.from([...prefix, ...rest]);
        expect(assetFormats).toContain(sniffFormat(head, 'x').format);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores everything after the first 64 KiB', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (tail) => {
        const head = new Uint8Array(sniffBytes + tail.length).fill(0x41);
        head.set(tail, sniffBytes);
        expect(sniffFormat(head, 'x')).toEqual(sniffFormat(head.subarray(0, sniffBytes), 'x'));
      }),
      { numRuns: 50 },
    );
  });

  it('never takes prose for a pickle or a binary format', () => {
    fc.assert(
      fc.property(fc.lorem({ maxCount: 40, mode: 'sentences' }), (prose) => {
        expect(['text', 'csv', 'yaml']).toContain(sniffFormat(text(prose), 'notes').format);
      }),
      { numRuns: 500 },
    );
  });

  it('recognises generated CSV tables', () => {
    const cell = fc.oneof(fc.integer().map(String), fc.stringMatching(/^[A-Za-z][A-Za-z ,]{0,10}$/).map((s) => (s.includes(',') ? `"${s}"` : s)));
    const table = fc.integer({ min: 2, max: 8 }).chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 3, maxLength: 20 }));
    fc.assert(
      fc.property(table, (rows) => {
        const csv = rows.map((r) => r.join(',')).join('\n') + '\n';
        expect(sniffFormat(text(csv), 'data')).toEqual({ format: 'csv', kind: 'dataset' });
      }),
      { numRuns: 300 },
    );
  });

  it('recognises generated JSON Lines', () => {
    const record = fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.oneof(fc.string(), fc.integer(), fc.boolean()), { minKeys: 1, maxKeys: 5 });
    fc.assert(
      fc.property(fc.array(record, { minLength: 2, maxLength: 20 }), (records) => {
        const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
        expect(sniffFormat(text(jsonl), 'data').format).toBe('jsonl');
      }),
      { numRuns: 300 },
    );
  });
});
