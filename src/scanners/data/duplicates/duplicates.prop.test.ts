import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Cell } from '../../../ml/index.js';
import { tableOf } from '../_table/test-support/tables.js';
import { deletionKeys, editSimilarity, levenshtein } from './edit-distance.js';
import { findDuplicates } from './find-duplicates.js';
import { jaccard, shinglesOf } from './row-space.js';

const cell: fc.Arbitrary<Cell> = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: false }), fc.constantFrom('a', 'B', ' a ', 'text with words', ''), fc.boolean());
const rows = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 40 });

describe('duplicate detection properties', () => {
  it('every exact copy is found, and groups never share a row', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.nat(), { maxLength: 5 }), (base, picks) => {
        const copies = base.length ? picks.map((p) => [...base[p % base.length]!]) : [];
        const t = tableOf(['a', 'b', 'c'], [...base, ...copies]);
        const r = findDuplicates(t);
        const seen = new Set<number>();
        for (const g of r.groups) for (const row of g.rows) {
          if (seen.has(row)) return false;
          seen.add(row);
        }
        // A copy is in the same group as its source unless nothing was compared.
        return r.columns.compared.length === 0 || copies.every((_, k) => r.groups.some((g) => g.rows.includes(base.length + k) && g.rows.includes(picks[k]! % base.length)));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary cells and keeps rows in range', () => {
    fc.assert(
      fc.property(rows, (base) => {
        const r = findDuplicates(tableOf(['a', 'b', 'c'], base), { labelColumn: 'c' });
        return r.flaggedRows.every((row) => row >= 0 && row < base.length) && r.suspects.every((s) => s.score > 0 && s.score <= 1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('similarity measures', () => {
  it('Jaccard of shingles and edit similarity are in [0, 1], symmetric and 1 for equal texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const sa = shinglesOf(a.trim() === '' ? null : a);
        const sb = shinglesOf(b.trim() === '' ? null : b);
        const e = editSimilarity(a, b);
        const jOk = !sa || !sb || (jaccard(sa, sb) >= 0 && jaccard(sa, sb) <= 1 && jaccard(sa, sb) === jaccard(sb, sa) && jaccard(sa, sa) === 1);
        return jOk && e >= 0 && e <= 1 && e === editSimilarity(b, a) && editSimilarity(a, a) === 1;
      }),
    );
  });

  it('texts one edit apart share a deletion key', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (a, at, ch) => {
        const i = at % a.length;
        const b = a.slice(0, i) + ch + a.slice(i + 1);
        const keys = new Set(deletionKeys(a));
        return levenshtein(a, b) <= 1 && deletionKeys(b).some((k) => keys.has(k));
      }),
    );
  });

  it('levenshtein agrees with known distances', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
  });
});
