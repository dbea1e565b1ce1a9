/**
 * A membership test for when no training recipe is available (so no shadow models, hence no
 * LiRA): thresholds calibrated per class on held-out non-members. Each class gets the mean and
 * spread of the logit-scaled confidence φ that the model gives rows it never saw; a row is
 * scored by how far above its class's non-members it sits. This removes the part of "easy
 * rows" that is shared by a whole class, but not the per-row difficulty that LiRA's shadow
 * models measure, so it is weaker than LiRA at low false-positive rates.
 */
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import { selectRows, selectValues } from '../../ml/models/matrix.js';
import { createRng, shuffle } from '../../stats/index.js';
import { trueClassLogit } from './confidence-scores.js';
import { attackInput, checkLabelledRows, checkMembershipData, stackRows, type LabelledRows, type MembershipData } from './membership-data.js';
import { membershipResult, type MembershipResult } from './membership-result.js';
import { askModel, checkBudget } from './model-answers.js';
import type { ThresholdAttackOptions } from './loss-attack.js';

/** Options of {@link calibratedThresholdAttack}. */
export interface CalibratedThresholdOptions extends ThresholdAttackOptions {
  /**
   * Held-out non-members used only to calibrate the thresholds. Default: a seeded random half
   * of `data.nonMembers` (the other half is scored), since calibrating on the rows that are
   * scored would flatter the attack.
   */
  readonly calibration?: LabelledRows;
  /** Seed of that split (default 0). */
  readonly seed?: number;
  /** Calibration rows a class needs for its own threshold; fewer share the global one (default 10). */
  readonly minRowsPerClass?: number;
}

/** The per-class mean and spread of φ on non-members. */
interface ClassCalibration {
  readonly mean: Float64Array;
  readonly sd: Float64Array;
  /** Classes that had too few rows and use the global figures. */
  readonly pooled: number[];
}

/**
 * Score members and non-members by z = (φ − mean of φ on calibration non-members of the same
 * class) / their standard deviation. Needs class probabilities.
 *
 * @example
 * const result = await calibratedThresholdAttack(model, { members: train, nonMembers: heldOut });
 */
export async function calibratedThresholdAttack(model: ModelAdapter, data: MembershipData, options: CalibratedThresholdOptions = {}): Promise<MembershipResult> {
  const where = `the calibrated-threshold membership attack on ${model?.name ?? 'the model'}`;
  checkMembershipData(data, model, where);
  const minRows = options.minRowsPerClass ?? 10;
  if (!Number.isInteger(minRows) || minRows < 2) throw attackInput(where, `minRowsPerClass must be a whole number ≥ 2, not ${String(minRows)}.`);
  if (model.output !== 'probabilities') {
    throw attackInput(where, `${model.name} returns labels only, and this attack calibrates its class scores; against a labels-only model only the rule-based attack applies (correctnessAttack).`);
  }
  let calibration: LabelledRows;
  let scored: LabelledRows;
  if (options.calibration) {
    checkLabelledRows(options.calibration, model, 'calibration rows', where, 2);
    calibration = options.calibration;
    scored = data.nonMembers;
  } else {
    if (data.nonMembers.X.rows < 4) throw attackInput(where, `${data.nonMembers.X.rows} non-members cannot be split into calibration and test halves; give at least 4, or separate calibration rows.`);
    [calibration, scored] = splitHalves(data.nonMembers, options.seed ?? 0);
  }
  const all = stackRows(stackRows(data.members, scored), calibration);
  checkBudget(model, all.X.rows, where);
  const answers = await askModel(model, all.X, { where, needScores: true, signal: options.signal, batchRows: options.batchRows });
  const phi = trueClassLogit(answers.probabilities!, all.y);
  const m = data.members.X.rows;
  const s = scored.X.rows;
  const fit = calibrate(phi.subarray(m + s), calibration.y, model.numClasses, minRows);
  const z = new Float64Array(m + s);
  for (let i = 0; i < z.length; i++) {
    const c = all.y[i]!;
    z[i] = (phi[i]! - fit.mean[c]!) / fit.sd[c]!;
  }
  return membershipResult(z.slice(0, m), z.slice(m), {
    attack: 'calibrated-threshold',
    model: model.name,
    knowledge: 'scores',
    queries: all.X.rows,
    notes: [
      `Thresholds calibrated per class on ${calibration.X.rows} held-out non-members${options.calibration ? '' : ' (a random half of those given; the other half is scored)'}${fit.pooled.length ? `; classes ${fit.pooled.join(', ')} had fewer than ${minRows} and share the global threshold` : ''}.`,
      'Weaker than LiRA: it corrects for how easy a class is, not for how easy each row is. Use LiRA when the training recipe (model type and settings) and similar data are available.',
    ],
  });
}

/** Mean and standard deviation of φ per class, falling back to all rows for thin classes. */
function calibrate(phi: Float64Array, y: Int32Array, C: number, minRows: number): ClassCalibration {
  const global = meanSd(phi, () => true);
  const mean = new Float64Array(C);
  const sd = new Float64Array(C);
  const pooled: number[] = [];
  for (let c = 0; c < C; c++) {
    const own = meanSd(phi, (i) => y[i] === c);
    const use = own.n >= minRows ? own : global;
    if (own.n < minRows) pooled.push(c);
    mean[c] = use.mean;
    // A model that answers one value per class has no spread; any positive scale keeps z = 0 there.
    sd[c] = use.sd > 1e-12 ? use.sd : 1;
  }
  return { mean, sd, pooled };
}

function meanSd(values: Float64Array, keep: (i: number) => boolean): { n: number; mean: number; sd: number } {
  // Sums are taken from the first value, so equal values give exactly that value as the mean.
  let n = 0;
  let origin = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (!keep(i)) continue;
    if (n === 0) origin = values[i]!;
    n++;
    sum += values[i]! - origin;
  }
  const mean = n ? origin + sum / n : 0;
  let squares = 0;
  for (let i = 0; i < values.length; i++) if (keep(i)) squares += (values[i]! - mean) ** 2;
  return { n, mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 };
}

/** A seeded random split into two halves (the first gets the smaller half when odd). */
function splitHalves(rows: LabelledRows, seed: number): [LabelledRows, LabelledRows] {
  const order = shuffle(Array.from({ length: rows.X.rows }, (_, i) => i), createRng(seed));
  const half = Math.floor(order.length / 2);
  const pick = (indices: number[]): LabelledRows => ({ X: selectRows(rows.X, indices), y: selectValues(rows.y, indices) });
  return [pick(order.slice(0, half)), pick(order.slice(half))];
}
