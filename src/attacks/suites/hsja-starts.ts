/**
 * Where the robustness suite's HopSkipJump starts: the realistic labels-only attacker holds
 * other applicants' data, so each attacked row may start from the nearest real input of another
 * class instead of from random noise. Those inputs are the evaluation rows that are not being
 * attacked, with their labels, in the same min–max scaling as the attacked rows. The attack
 * still asks the model about every start, so a row whose label says "another class" but which
 * the model puts in the attacked row's class is never counted as adversarial.
 */
import { selectRows, selectValues, type Matrix } from '../../ml/index.js';
import type { SuiteData } from './suite.js';
import { shuffledRows } from './suite-inputs.js';
import { toUnit, type UnitScale } from './unit-scale.js';

/** Starting points kept at most (a seeded sample beyond it): each attacked row ranks all of them by distance. */
export const MAX_HSJA_STARTS = 10_000;

/** Starting points for HopSkipJump, in unit scale, with their labels. */
export interface HsjaStarts {
  readonly startingPoints: Matrix;
  readonly startingLabels: Int32Array;
  /** Evaluation rows that were not attacked (before the cap). */
  readonly available: number;
}

/**
 * The evaluation rows not in `attacked`, scaled like the attacked rows, with their labels; at
 * most {@link MAX_HSJA_STARTS} of them, drawn with `seed`. Undefined when every row is attacked.
 */
export function hsjaStarts(evaluation: SuiteData, attacked: readonly number[], scale: UnitScale, seed: number, max = MAX_HSJA_STARTS): HsjaStarts | undefined {
  const taken = new Set(attacked);
  const others: number[] = [];
  for (let i = 0; i < evaluation.X.rows; i++) if (!taken.has(i)) others.push(i);
  if (others.length === 0) return undefined;
  const kept = others.length <= max ? others : shuffledRows(others.length, seed).slice(0, max).sort((a, b) => a - b).map((k) => others[k]!);
  return { startingPoints: toUnit(scale, selectRows(evaluation.X, kept)), startingLabels: selectValues(evaluation.y, kept), available: others.length };
}
