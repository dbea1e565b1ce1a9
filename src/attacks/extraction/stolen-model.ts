/**
 * Training the stolen model from a transfer set, and measuring it against the victim on a
 * held-out evaluation set: agreement (how often it gives the victim's label) and, when the
 * true labels are known, accuracy.
 */
import { AisecError } from '../../core/errors.js';
import type { Classifier, Learner } from '../../ml/models/classifier.js';
import type { Matrix } from '../../ml/models/matrix.js';
import { isSoftLearner } from './soft-target-mlp.js';
import type { ThiefUse } from './thief-settings.js';
import type { TransferSet } from './transfer-set.js';

/** Held-out rows the stolen model is measured on; the victim's answers here cost the thief nothing. */
export interface Evaluation {
  readonly inputs: Matrix;
  /** The unhardened victim's label of each row: agreement is measured against these. */
  readonly victimLabels: Int32Array;
  /** The true label of each row, when known: accuracy is measured against these. */
  readonly trueLabels?: Int32Array;
}

/** The stolen model measured after a number of queries. */
export interface CurvePoint {
  readonly queries: number;
  /** Share of the evaluation rows where the stolen model gives the victim's label. */
  readonly agreement: number;
  /** Share of the evaluation rows it labels correctly (null without true labels). */
  readonly accuracy: number | null;
}

/** Throw ERR_ATTACK_INPUT unless `evaluation` fits a model of `numFeatures` × `numClasses`. */
export function checkEvaluation(evaluation: Evaluation, numFeatures: number, numClasses: number): void {
  const { inputs, victimLabels, trueLabels } = evaluation;
  const bad = (what: string): never => {
    throw new AisecError('ERR_ATTACK_INPUT', `extraction evaluation set: ${what}`);
  };
  if (inputs.rows < 1) bad('it has no rows');
  if (inputs.cols !== numFeatures) bad(`it has ${inputs.cols} features, the victim takes ${numFeatures}`);
  if (inputs.data.length !== inputs.rows * inputs.cols) bad('its data does not hold rows × cols values');
  for (let i = 0; i < inputs.data.length; i++) if (!Number.isFinite(inputs.data[i]!)) bad(`feature ${i % inputs.cols} of row ${Math.floor(i / inputs.cols)} is not a finite number`);
  checkLabelsIn(victimLabels, inputs.rows, numClasses, 'victimLabels', bad);
  if (trueLabels !== undefined) checkLabelsIn(trueLabels, inputs.rows, numClasses, 'trueLabels', bad);
}

function checkLabelsIn(labels: Int32Array, rows: number, numClasses: number, name: string, bad: (what: string) => never): void {
  if (!(labels instanceof Int32Array) || labels.length !== rows) bad(`${name} holds ${String(labels?.length)} labels for ${rows} rows`);
  for (let i = 0; i < labels.length; i++) if (labels[i]! < 0 || labels[i]! >= numClasses) bad(`${name}[${i}] is ${labels[i]}, outside the ${numClasses} classes`);
}

/** Throw ERR_ATTACK_INPUT when a thief asked to learn from probabilities was given a learner that cannot. */
export function checkLearner(learner: Learner, use: ThiefUse, where: string): void {
  if (use === 'probabilities' && !isSoftLearner(learner)) {
    throw new AisecError('ERR_ATTACK_INPUT', `${where}: the learner ${learner.name} trains on labels only; give a soft learner (softTargetMlp) or use: labels`);
  }
}

/** What {@link trainStolen} made. */
export interface Stolen {
  readonly model: Classifier;
  /** What it learned from: labels when probabilities were asked for but not all answers had them. */
  readonly learnedFrom: ThiefUse;
}

/** Train the stolen model on the first `rows` rows of the transfer set. */
export function trainStolen(learner: Learner, set: TransferSet, rows: number, use: ThiefUse, seed: number, signal?: AbortSignal): Stolen {
  const options = { seed, numClasses: set.numClasses, ...(signal ? { signal } : {}) };
  if (use === 'probabilities' && set.allScored && isSoftLearner(learner)) {
    return { model: learner.fitSoft(set.inputs(rows), set.targets(rows), options), learnedFrom: 'probabilities' };
  }
  return { model: learner.fit(set.inputs(rows), set.labels(rows), options), learnedFrom: 'labels' };
}

/** Measure a stolen model on the evaluation set. */
export function scoreStolen(model: Classifier, evaluation: Evaluation, queries: number): CurvePoint {
  const p = model.predictProba(evaluation.inputs);
  const C = p.cols;
  let agree = 0;
  let correct = 0;
  for (let i = 0; i < p.rows; i++) {
    let best = 0;
    for (let c = 1; c < C; c++) if (p.data[i * C + c]! > p.data[i * C + best]!) best = c;
    if (best === evaluation.victimLabels[i]) agree++;
    if (evaluation.trueLabels && best === evaluation.trueLabels[i]) correct++;
  }
  return { queries, agreement: agree / p.rows, accuracy: evaluation.trueLabels ? correct / p.rows : null };
}
