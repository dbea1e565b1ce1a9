import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { canonicalLabel, readLabelledRows } from './labelled-rows.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aisec-labelled-rows-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cell = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('', ' ', 'NaN', 'nan', 'Infinity', '-0', '1e400', 'abc', '"1"', '"a,b"', '0x10', '1_000', '٣'),
);

describe('readLabelledRows on arbitrary cells', () => {
  it('keeps only rows of finite numbers with a label, counts the rest, and fails only with AisecError', async () => {
    let n = 0;
    let read = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { maxLength: 40 }), async (rows) => {
        const file = path.join(dir, `rows-${n++}.csv`);
        await writeFile(file, `a,b,label\n${rows.map((r) => r.join(',')).join('\n')}\n`);
        try {
          const got = await readLabelledRows({ file, display: 'rows.csv' }, ['a', 'b'], 'label');
          read++;
          expect(got.values.length).toBe(got.rows * 2);
          expect(got.values.every(Number.isFinite)).toBe(true);
          expect(got.labels.every((l) => l !== '' && canonicalLabel(l) === l)).toBe(true);
          expect(got.rows + got.skipped).toBeLessThanOrEqual(rows.length);
          expect(Object.values(got.skippedBy).reduce((a, b) => a + b, 0)).toBe(got.skipped);
        } catch (error) {
          if (!(error instanceof AisecError)) throw error;
        }
      }),
      { numRuns: 60 },
    );
    // Most files are read: the property is about rows, not about files refused as a whole.
    expect(read).toBeGreaterThan(30);
  });

  it('writes a label the same way however it is spelt', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String)), (text) => {
        const once = canonicalLabel(text);
        expect(once === undefined || canonicalLabel(once) === once).toBe(true);
      }),
    );
  });
});
