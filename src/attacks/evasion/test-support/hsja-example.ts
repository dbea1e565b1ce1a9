/** Test helper: a HopSkipJump example over a plain decision rule, counting every query asked. */
import { createRng } from '../../../stats/index.js';
import { OutOfBudget, type ExampleOracle } from '../batched-queries.js';
import type { Box } from '../box.js';
import { newTrack, type HsjaExample } from '../hsja-steps.js';
import type { EvasionNorm } from '../norms.js';

/** Options of {@link ruleExample}. */
export interface RuleExampleOptions {
  readonly norm?: EvasionNorm;
  readonly epsilons?: readonly number[];
  readonly budget?: number;
  readonly box?: Box;
  readonly seed?: number;
  /** Done once an adversarial input of at most this size is found (default -1: never). */
  readonly stopBelow?: number;
}

/** A HopSkipJump example whose model labels a point `label(x)`; the example's own label is `label(x0)`. */
export function ruleExample(x0: readonly number[], label: (x: Float64Array) => number, options: RuleExampleOptions = {}): HsjaExample & { readonly asked: Float64Array[] } {
  const d = x0.length;
  const budget = options.budget ?? Infinity;
  const asked: Float64Array[] = [];
  const oracle: ExampleOracle = {
    get used() {
      return asked.length;
    },
    get left() {
      return budget - asked.length;
    },
    ask(rows) {
      if (rows.length > budget - asked.length) return Promise.reject(new OutOfBudget('example'));
      asked.push(...rows.map((r) => Float64Array.from(r)));
      return Promise.resolve({ labels: Int32Array.from(rows, label), probabilities: undefined });
    },
  };
  const start = Float64Array.from(x0);
  return {
    x0: start,
    label: label(start),
    norm: options.norm ?? 'linf',
    box: options.box ?? { lo: new Float64Array(d), hi: new Float64Array(d).fill(1) },
    rng: createRng(options.seed ?? 1),
    oracle,
    track: newTrack(),
    theta: 1 / (d * d),
    epsilons: [...(options.epsilons ?? [])].sort((a, b) => a - b),
    stopBelow: options.stopBelow ?? -1,
    asked,
  };
}
