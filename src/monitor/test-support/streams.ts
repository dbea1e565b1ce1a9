/**
 * Seeded synthetic streams for the alert-quality test and benchmark: a reference of numerical
 * and categorical columns, and windows drawn from the same distributions or with a mean shift.
 */
import { createRng, ksTwoSample, normal, type Rng } from '../../stats/index.js';
import { ReferenceBuilder, type ReferenceProfile } from '../reference.js';
import { featureDriftRule } from '../rules/feature-drift.js';
import { WindowState, type WindowSnapshot } from '../window.js';

export interface StreamShape {
  readonly numerical: number;
  readonly categorical: number;
}

const categories = ['a', 'b', 'c', 'd', 'e'];
const categoryWeights = [0.4, 0.25, 0.15, 0.12, 0.08];

function category(rng: Rng): string {
  let u = rng();
  for (let i = 0; i < categories.length; i++) {
    u -= categoryWeights[i]!;
    if (u < 0) return categories[i]!;
  }
  return categories.at(-1)!;
}

function row(rng: Rng, shape: StreamShape, shift: number): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (let c = 0; c < shape.numerical; c++) out[`x${c}`] = normal(rng, c, 1 + c / 10) + shift * (1 + c / 10);
  for (let c = 0; c < shape.categorical; c++) out[`k${c}`] = category(rng);
  return out;
}

/** A reference of `rows` rows, profiled with the default sample size. */
export function syntheticReference(shape: StreamShape, rows: number, seed: number): ReferenceProfile {
  const rng = createRng(seed);
  const names = [...Array.from({ length: shape.numerical }, (_, c) => `x${c}`), ...Array.from({ length: shape.categorical }, (_, c) => `k${c}`)];
  const builder = new ReferenceBuilder(names, { model: 'm' });
  for (let i = 0; i < rows; i++) {
    const r = row(rng, shape, 0);
    builder.add(names.map((n) => r[n]));
  }
  return builder.build();
}

/** One window of `rows` prediction events; numerical columns shifted by `shift` standard deviations. */
export function syntheticWindow(shape: StreamShape, rows: number, seed: number, shift = 0): WindowSnapshot {
  const rng = createRng(seed);
  const window = new WindowState('m', 0, 3_600_000, 5000, seed);
  for (let i = 0; i < rows; i++) window.add({ ts: '2026-03-01T00:00:00Z', model: 'm', kind: 'prediction', features: row(rng, shape, shift) }, 0);
  return window.snapshot(Object.fromEntries([...Array.from({ length: shape.numerical }, (_, c) => [`x${c}`, 'numerical']), ...Array.from({ length: shape.categorical }, (_, c) => [`k${c}`, 'categorical'])]));
}

/** Columns flagged in a window by the feature-drift rule at default settings, and by a plain KS test at p < 0.05 (numerical columns). */
export function flagged(reference: ReferenceProfile, window: WindowSnapshot): { rule: Set<string>; ks: Set<string> } {
  const rule = new Set(featureDriftRule.evaluate(window, reference, featureDriftRule.options.parse({})).map((f) => f.column));
  const ks = new Set<string>();
  for (const [name, ref] of Object.entries(reference.columns)) {
    if (ref.type !== 'numerical') continue;
    if (ksTwoSample(ref.sample as number[], window.columns[name]!.sample as number[]).pValue < 0.05) ks.add(name);
  }
  return { rule, ks };
}
