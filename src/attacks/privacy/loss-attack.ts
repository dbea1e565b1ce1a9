/**
 * The simplest membership attacks, needing only the model under test: a threshold on the loss
 * of the true label (or on the top confidence), and the rule "a member if correctly
 * classified". Models fit their training rows better than other rows, so a low loss hints at
 * membership (Yeom et al. 2018). They are the baselines LiRA is measured against: on average
 * they separate members a little, but at low false-positive rates they find almost no one,
 * because some rows are easy for any model whether or not it trained on them.
 */
import type { ModelAdapter } from '../../ml/adapters/model-adapter.js';
import { maxConfidence, trueClassLogProb } from './confidence-scores.js';
import { attackInput, checkMembershipData, stackRows, type MembershipData } from './membership-data.js';
import { membershipResult, type MembershipResult } from './membership-result.js';
import { askModel, checkBudget } from './model-answers.js';

/** Options of {@link lossAttack} and {@link correctnessAttack}. */
export interface ThresholdAttackOptions {
  /** Cancels the test (ERR_ABORTED). */
  readonly signal?: AbortSignal;
  /** Rows per query batch (default 1,024). */
  readonly batchRows?: number;
}

/** Options of {@link lossAttack}. */
export interface LossAttackOptions extends ThresholdAttackOptions {
  /** `loss` (default): score = log p(true label), i.e. minus the loss. `confidence`: the top probability, label unused. */
  readonly score?: 'loss' | 'confidence';
}

/**
 * The loss-threshold attack: a row is called a member when the model's loss on its true label
 * is low (or its top confidence high). Needs a model that returns probabilities; for a
 * labels-only model only {@link correctnessAttack} applies.
 *
 * @example
 * const result = await lossAttack(model, { members: train, nonMembers: heldOut });
 * result.tprAt0_1PctFpr; // share of members found at 0.1% false positives
 */
export async function lossAttack(model: ModelAdapter, data: MembershipData, options: LossAttackOptions = {}): Promise<MembershipResult> {
  const score = options.score ?? 'loss';
  const where = `the ${score} membership attack on ${model?.name ?? 'the model'}`;
  if (score !== 'loss' && score !== 'confidence') throw attackInput(where, `score must be "loss" or "confidence", not ${JSON.stringify(score)}.`);
  checkMembershipData(data, model, where);
  if (model.output !== 'probabilities') {
    throw attackInput(
      where,
      `${model.name} returns labels only, and this attack thresholds its class scores; against a labels-only model only the rule-based attack applies (correctnessAttack: "a member if correctly classified").`,
    );
  }
  const all = stackRows(data.members, data.nonMembers);
  checkBudget(model, all.X.rows, where);
  const answers = await askModel(model, all.X, { where, needScores: true, signal: options.signal, batchRows: options.batchRows });
  const values = score === 'loss' ? trueClassLogProb(answers.probabilities!, all.y) : maxConfidence(answers.probabilities!);
  const m = data.members.X.rows;
  return membershipResult(values.slice(0, m), values.slice(m), {
    attack: score,
    model: model.name,
    knowledge: 'scores',
    queries: all.X.rows,
    notes: [
      score === 'loss'
        ? 'Score: log-probability of the true label (minus the loss); one global threshold for every row.'
        : 'Score: the top class probability; one global threshold for every row.',
    ],
  });
}

/**
 * The rule-based baseline: a row is a member when the model classifies it correctly. It needs
 * only labels, so it is the one membership test that applies to a labels-only model. It has a
 * single threshold, so its ROC curve has one inner point; its true-positive rate at a low
 * false-positive rate is 0 unless nearly every non-member is misclassified.
 */
export async function correctnessAttack(model: ModelAdapter, data: MembershipData, options: ThresholdAttackOptions = {}): Promise<MembershipResult> {
  const where = `the correctness membership attack on ${model?.name ?? 'the model'}`;
  checkMembershipData(data, model, where);
  const all = stackRows(data.members, data.nonMembers);
  checkBudget(model, all.X.rows, where);
  const answers = await askModel(model, all.X, { where, needScores: false, signal: options.signal, batchRows: options.batchRows });
  const values = new Float64Array(all.X.rows);
  for (let i = 0; i < values.length; i++) values[i] = answers.labels[i] === all.y[i] ? 1 : 0;
  const m = data.members.X.rows;
  const memberAccuracy = mean(values.subarray(0, m));
  const nonMemberAccuracy = mean(values.subarray(m));
  return membershipResult(values.slice(0, m), values.slice(m), {
    attack: 'correctness',
    model: model.name,
    knowledge: 'labels',
    queries: all.X.rows,
    notes: [
      `Accuracy on members ${percent(memberAccuracy)}, on non-members ${percent(nonMemberAccuracy)}: the gap is what this rule detects.`,
      'A single yes/no rule: it cannot trade false positives for fewer, so it finds no one at 0.1% false positives unless almost every non-member is misclassified.',
    ],
  });
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length ? sum / values.length : NaN;
}

function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
