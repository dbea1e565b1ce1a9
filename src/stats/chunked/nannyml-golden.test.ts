import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DriftColumnType } from '../drift-methods.js';
import { nannymlMethods } from './methods.js';
import type { NannymlMethodKey } from './methods/method.js';
import { fitChunkedDrift } from './univariate.js';

interface GoldenMethod {
  value: number;
  upper_threshold: number | null;
  lower_threshold: number | null;
  alert: boolean;
}
interface GoldenCase {
  column_type: DriftColumnType;
  methods: Record<string, GoldenMethod>;
}

// NannyML's own outputs on the inputs of the Evidently golden file; see test-support/SOURCES.md.
const read = (name: string) => JSON.parse(readFileSync(new URL(`../test-support/${name}`, import.meta.url), 'utf8'));
const golden = read('nannyml-univariate-golden.json') as { cases: Record<string, GoldenCase> };
const inputs = read('evidently-stattests-golden.json') as { cases: Record<string, { reference: (number | string)[]; current: (number | string)[] }> };

const checks = Object.entries(golden.cases).flatMap(([name, c]) => Object.entries(c.methods).map(([method, g]) => ({ name, method: method as NannymlMethodKey, columnType: c.column_type, g })));

const closeRel = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b), 1e-12);

describe('chunked drift reproduces NannyML v0.13.1', () => {
  it('covers every case × method of the golden file (40 checks, all six methods)', () => {
    expect(checks).toHaveLength(40);
    expect(new Set(checks.map((c) => c.method))).toEqual(new Set(Object.keys(nannymlMethods)));
  });

  it.each(checks)('$name / $method: value, thresholds and alert', ({ name, method, columnType, g }) => {
    const { reference, current } = inputs.cases[name]!;
    const r = fitChunkedDrift(reference, { method, columnType }).calculate(current);
    expect(closeRel(r.value, g.value, 1e-6), `value ${r.value} vs ${g.value}`).toBe(true);
    for (const [ours, theirs] of [
      [r.upper, g.upper_threshold],
      [r.lower, g.lower_threshold],
    ] as const) {
      if (theirs === null) expect(ours).toBeNull();
      else expect(ours !== null && Math.abs(ours - theirs) <= 1e-6, `threshold ${ours} vs ${theirs}`).toBe(true);
    }
    expect(r.alert).toBe(g.alert);
  });
});
