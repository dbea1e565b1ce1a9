import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { columnDrift, defaultDriftMethod } from './drift.js';
import { driftMethodNames, type DriftColumnType, type DriftMethodName } from './drift-methods.js';

interface GoldenResult {
  score?: number;
  drifted?: boolean;
  threshold?: number;
  error?: string;
}
interface GoldenCase {
  column_type: DriftColumnType;
  reference: (number | string)[];
  current: (number | string)[];
  default_stattest: string;
  default_result: GoldenResult;
  results: Record<string, GoldenResult>;
}

// Evidently's own outputs on seeded inputs; see test-support/SOURCES.md.
const golden = JSON.parse(readFileSync(new URL('./test-support/evidently-stattests-golden.json', import.meta.url), 'utf8')) as { cases: Record<string, GoldenCase> };
const cases = Object.entries(golden.cases);
const implemented = new Set<string>(driftMethodNames);

const checks = cases.flatMap(([name, c]) =>
  Object.entries(c.results)
    .filter(([method, r]) => implemented.has(method) && r.error === undefined)
    .map(([method, r]) => ({ name, method: method as DriftMethodName, c, r })),
);

describe('Evidently golden values', () => {
  it('the fixture covers every implemented test', () => {
    expect(new Set(checks.map((x) => x.method))).toEqual(implemented);
    expect(cases.length).toBe(10);
  });

  it.each(checks.map((x) => [`${x.name} / ${x.method}`, x] as const))('%s: score within 1e-9 and the same drift flag and threshold', (_label, { method, c, r }) => {
    const got = columnDrift(c.reference, c.current, { columnType: c.column_type, method });
    const want = r.score!;
    const err = want === 0 ? Math.abs(got.score) : Math.abs(got.score - want) / Math.abs(want);
    expect(err).toBeLessThan(1e-9);
    expect(got.drifted).toBe(r.drifted);
    expect(got.threshold).toBe(r.threshold);
  });

  it.each(cases)('%s: the default selection picks the same test with the same outcome', (_name, c) => {
    expect(defaultDriftMethod(c.reference, c.current, c.column_type)).toBe(c.default_stattest);
    const got = columnDrift(c.reference, c.current, { columnType: c.column_type });
    expect(got.method).toBe(c.default_stattest);
    expect(got.drifted).toBe(c.default_result.drifted);
    expect(Math.abs(got.score - c.default_result.score!)).toBeLessThanOrEqual(1e-9 * Math.abs(c.default_result.score!));
  });
});

describe('columnDrift', () => {
  it('drops missing and infinite values before testing, as Evidently does', () => {
    const ref = [1, 2, 3, null, Number.NaN, Infinity, -Infinity];
    const r = columnDrift(ref, [1, 2, 3], { columnType: 'categorical' });
    expect(r.referenceCount).toBe(3);
    expect(r.drifted).toBe(false);
  });

  it('honours an explicit threshold and refuses a test that does not fit the column type', () => {
    expect(columnDrift(['a', 'b'], ['a', 'b'], { columnType: 'categorical', method: 'psi', threshold: 0 }).drifted).toBe(true);
    const refuse = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isAisecError(e, 'ERR_STATS_INPUT');
      }
      return false;
    };
    expect(refuse(() => columnDrift(['a'], ['b'], { columnType: 'categorical', method: 'ks' }))).toBe(true);
    expect(refuse(() => columnDrift([null, Number.NaN], [1], { columnType: 'numerical' }))).toBe(true);
    expect(refuse(() => columnDrift([{}], [1], { columnType: 'numerical' }))).toBe(true);
  });

  it('a single shared value on both sides is no drift for every applicable test', () => {
    for (const method of driftMethodNames) {
      const r = columnDrift([7, 7, 7], [7, 7], { columnType: 'numerical', method });
      expect(r.drifted, method).toBe(false);
    }
  });
});
