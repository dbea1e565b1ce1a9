/**
 * Findings of the robustness suite, each with what an attacker gains and what to do in plain
 * words: decisions flipped by small changes (at the smallest ε) above the allowed rate,
 * decisions flipped by changes a person could actually make (under the constraints), and each
 * model check that raised an issue.
 */
import type { FindingInput } from '../../core/finding.js';
import type { Severity } from '../../core/severity.js';
import { metricNumber, percent } from './plain-numbers.js';
import { blackBoxAttacks, evasionLabels, type RobustnessOutcome } from './robustness-outcome.js';
import { strongestAt } from './robustness-report.js';
import { raiseForCriticality } from './suite-options.js';

const EVADE = { atlas: ['AML.T0015', 'AML.T0043'], owasp: ['ML01'] };

/** Severity of a flip rate: ≥ 20% high, ≥ 5% medium, below low; one level higher in high-stakes domains. */
export function flipSeverity(rate: number, criticality: string | undefined): Severity {
  const base: Severity = rate >= 0.2 ? 'high' : rate >= 0.05 ? 'medium' : 'low';
  return raiseForCriticality(base, criticality);
}

/** Every finding the outcome supports. */
export function robustnessFindings(outcome: RobustnessOutcome): FindingInput[] {
  return [...epsilonFlips(outcome), ...constrainedFlips(outcome), ...checkFindings(outcome)];
}

function epsilonFlips(outcome: RobustnessOutcome): FindingInput[] {
  const s = outcome.settings;
  const epsilon = s.epsilons[0]!;
  const strongest = strongestAt(outcome, epsilon);
  if (!strongest || strongest.rate <= s.maxFlipRate) return [];
  const byAttack = Object.fromEntries(
    blackBoxAttacks.flatMap((key) => {
      const at = outcome.evasion[key]?.byEpsilon.find((e) => e.epsilon === epsilon);
      return at ? [[key, { successRate: at.successRate, successes: at.successes, attacked: at.attacked, medianQueries: at.medianQueries }]] : [];
    }),
  );
  const flipped = Math.round(strongest.rate * strongest.attacked);
  const how =
    strongest.key === 'noise'
      ? ' Even random changes of that size did it, so no skill is needed.'
      : strongest.key === 'hsja'
        ? ' This worked from the predicted labels alone, so hiding the scores does not prevent it.'
        : '';
  return [
    {
      rule: 'decision-flips',
      key: 'epsilon',
      title: 'Small changes to an input flip the model\'s decision',
      severity: flipSeverity(strongest.rate, s.criticality),
      confidence: strongest.attacked >= 30 ? 'high' : 'medium',
      message: `Changing each feature by at most ${percent(epsilon)} of its range (L∞ ε = ${metricNumber(epsilon)} on min–max scaled features) flipped ${flipped} of ${strongest.attacked} correctly classified decisions (${percent(strongest.rate)}, ${evasionLabels[strongest.key]}), above the allowed ${percent(s.maxFlipRate)}.`,
      evidence: { epsilon, scaling: 'min-max over the evaluation rows', maxFlipRate: s.maxFlipRate, strongest: strongest.key, byAttack },
      why: `Someone who can send inputs to the model can search for tiny changes — every feature moved by no more than ${percent(epsilon)} of its usual range — that turn a decision into the one they want.${how} Changes that small look like ordinary data, so reviewers are unlikely to notice them.`,
      fix: 'Make the decision less sensitive to small changes: retrain with adversarially perturbed or noisy copies of the training rows, prefer coarser or monotonic features for the inputs people control, and reject implausible inputs before they reach the model. Limit and monitor queries per client: these searches send hundreds of near-identical inputs. Run `aisec test` again after changing the model.',
      taxonomy: EVADE,
    },
  ];
}

function constrainedFlips(outcome: RobustnessOutcome): FindingInput[] {
  const t = outcome.tabular;
  const s = outcome.settings;
  if (!t || t.attacked === 0 || t.successRate <= s.maxFlipRate) return [];
  const features = t.mostUsedFeatures.slice(0, 3).map((f) => f.feature);
  const budget = s.tabularBudget.norm === 'relative' ? `each changeable number moved by at most ${percent(s.tabularBudget.maxRelativeChange)} of its value` : `changes within a weighted size of ${s.tabularBudget.epsilon} standard deviations`;
  return [
    {
      rule: 'constrained-decision-flips',
      key: 'constraints',
      title: 'Changes a person could actually make flip the model\'s decision',
      severity: flipSeverity(t.successRate, s.criticality),
      confidence: t.attacked >= 30 ? 'high' : 'medium',
      message: `Within the declared feature constraints (immutable features kept, allowed values and directions respected, ${budget}), the attack flipped ${t.successes} of ${t.attacked} correctly classified decisions (${percent(t.successRate)}), above the allowed ${percent(s.maxFlipRate)}; the changes used most: ${features.join(', ') || 'none'}.`,
      evidence: { successRate: t.successRate, successes: t.successes, attacked: t.attacked, budget: s.tabularBudget, maxFlipRate: s.maxFlipRate, mode: t.mode, mostUsedFeatures: t.mostUsedFeatures, featuresChanged: t.featuresChanged },
      why: `These are changes the person being scored could make or claim (for example in ${features.join(', ') || 'the changeable features'}), so the decision can be gamed by editing an application until it passes, without changing anything that matters to the outcome the model predicts.`,
      fix: `Check why the decision hinges on ${features.join(', ') || 'these features'}: verify those fields against independent sources, cap how much a change in them can move the score (monotonic constraints, coarser bins), and flag repeated applications that differ only in them. Run \`aisec test\` again after changing the model.`,
      taxonomy: EVADE,
    },
  ];
}

function checkFindings(outcome: RobustnessOutcome): FindingInput[] {
  const out: FindingInput[] = [];
  const c = outcome.checks;
  const criticality = outcome.settings.criticality;
  const numeric = c['numeric-perturbation'];
  if (numeric?.issue) {
    out.push({
      rule: 'numeric-perturbation',
      title: 'Decisions change when a number is nudged by 1%',
      severity: raiseForCriticality(numeric.metric >= 0.2 ? 'medium' : 'low', criticality),
      confidence: 'high',
      message: numeric.summary,
      evidence: { failRate: numeric.metric, threshold: numeric.threshold, rows: numeric.evidence.rows, worst: numeric.evidence.features.filter((f) => f.issue).slice(0, 5) },
      why: 'If multiplying a value by 1.01 or 0.99, or adding a hair of noise, changes the decision, the model is brittle: rounding, unit conversions or a deliberate small edit decide the outcome instead of the facts.',
      fix: 'Look at the features named in the evidence: smooth the model\'s dependence on them (regularisation, monotonic constraints, binning) and check that the decision threshold does not sit where many real inputs fall.',
      taxonomy: EVADE,
    });
  }
  for (const id of ['batch-determinism', 'repeat-determinism'] as const) {
    const check = c[id];
    if (!check?.issue) continue;
    const batch = id === 'batch-determinism';
    out.push({
      rule: id,
      title: batch ? 'The answer for an input depends on the other inputs sent with it' : 'The same input gets different answers',
      severity: raiseForCriticality(batch ? 'medium' : 'low', criticality),
      confidence: 'high',
      message: check.summary,
      evidence: { mismatchRate: check.metric, threshold: check.threshold, comparison: check.evidence },
      why: batch
        ? 'A model whose answer for one row changes with the other rows of the batch leaks information between requests (another caller\'s data can shift your answer) and gives decisions that cannot be reproduced.'
        : 'A decision that changes when the same input is sent again cannot be explained or reproduced, and an attacker can simply retry until the answer suits them.',
      fix: batch
        ? 'Remove batch-dependent computation from inference (batch statistics, padding that reaches the output, caches keyed on the batch), or score each request on its own.'
        : 'Make inference deterministic (fixed seeds, no dropout or sampling at inference, deterministic kernels), or document and bound the randomness.',
    });
  }
  const slices = c['slice-performance'];
  if (slices?.issue) {
    out.push({
      rule: 'slice-performance',
      title: 'The model does markedly worse on part of the data',
      severity: raiseForCriticality('low', criticality),
      confidence: 'medium',
      message: slices.summary,
      evidence: { worstDeviation: slices.metric, threshold: slices.threshold, slices: slices.evidence.slices.filter((x) => x.issue).slice(0, 10) },
      why: 'A group of inputs on which the model errs more often is where its decisions are least reliable, and where people are most likely to be treated unfairly or an attacker to find easy wins.',
      fix: 'Review the slices named in the evidence: collect more or better-labelled data for them, check for features that stand in for a protected attribute, and consider a separate threshold or human review there.',
    });
  }
  return out;
}
