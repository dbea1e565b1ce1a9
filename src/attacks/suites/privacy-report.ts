/**
 * The privacy suite's figures: AUC and the true-positive rates at 1% and 0.1% false positives
 * per attack (`loss.auc`, `lira-online.tprAt0_1PctFpr`, …), the log-scale ROC chart with the
 * chance diagonal, the details kept in the report, and the headline: the plain sentence of the
 * strongest attack.
 */
import { chanceOfFlagging, type MembershipAttackName, type MembershipResult } from '../privacy/index.js';
import { membershipLabels, type PrivacyOutcome } from './privacy-outcome.js';
import type { PrivacySettings } from './privacy-options.js';
import type { SuiteRun } from './suite-run.js';

/** Below this chance a figure is counted as better than guessing. */
const SIGNIFICANCE = 0.01;
/** One-sided z of the 1% level, for the AUC. */
const Z_99 = 2.326;

/** Whether a result shows leakage, by which measure. */
export interface LeakVerdict {
  readonly byLowFpr: boolean;
  readonly byAuc: boolean;
}

/** Judge one result against the thresholds; each measure counts only when chance cannot explain it. */
export function leakVerdict(r: MembershipResult, s: PrivacySettings): LeakVerdict {
  const M = r.members;
  const N = r.nonMembers;
  const hits = Math.round(r.tprAt0_1PctFpr * M);
  const byLowFpr = r.tprAt0_1PctFpr >= s.tprThreshold && chanceOfFlagging(hits, M, N, Math.floor(0.001 * N + 1e-9)) < SIGNIFICANCE;
  const se = Math.sqrt((M + N + 1) / (12 * M * N));
  const byAuc = r.auc >= s.aucThreshold && (r.auc - 0.5) / se >= Z_99;
  return { byLowFpr, byAuc };
}

/** The results in order of strength: leakage shown first, then TPR at 0.1%, at 1%, then AUC. */
export function byStrength(outcome: PrivacyOutcome): [MembershipAttackName, MembershipResult][] {
  const entries = Object.entries(outcome.attacks) as [MembershipAttackName, MembershipResult][];
  const leaks = (r: MembershipResult) => {
    const v = leakVerdict(r, outcome.settings);
    return (v.byLowFpr ? 2 : 0) + (v.byAuc ? 1 : 0);
  };
  return entries.sort(([, a], [, b]) => leaks(b) - leaks(a) || b.tprAt0_1PctFpr - a.tprAt0_1PctFpr || b.tprAt1PctFpr - a.tprAt1PctFpr || b.auc - a.auc);
}

/** Metrics, the chart and details of what ran. */
export function privacyReport(outcome: PrivacyOutcome, run: SuiteRun): void {
  run.details.subject = outcome.subject;
  run.metric('members', outcome.members);
  run.metric('nonMembers', outcome.nonMembers);
  const entries = Object.entries(outcome.attacks) as [MembershipAttackName, MembershipResult][];
  for (const [name, r] of entries) {
    run.metric(`${name}.auc`, r.auc);
    run.metric(`${name}.tprAt1PctFpr`, r.tprAt1PctFpr);
    run.metric(`${name}.tprAt0_1PctFpr`, r.tprAt0_1PctFpr);
    run.metric(`${name}.balancedAccuracy`, r.balancedAccuracy);
    const { scores: _scores, ...rest } = r;
    run.details[name] = { ...rest, leak: leakVerdict(r, outcome.settings) };
  }
  if (entries.length === 0) return;
  let minFpr = 1;
  const series = entries.map(([name, r]) => {
    const points: [number, number][] = [];
    r.roc.fpr.forEach((f, k) => {
      const t = r.roc.tpr[k]!;
      if (f > 0 && t > 0) points.push([f, t]);
      if (f > 0) minFpr = Math.min(minFpr, f);
    });
    return { name: membershipLabels[name], points };
  });
  series.push({ name: 'chance (guessing)', points: [[minFpr, minFpr], [1, 1]] });
  run.charts.push({
    id: 'membership-log-roc',
    title: 'Members found against non-members wrongly flagged (log scales)',
    xLabel: 'false-positive rate (non-members flagged)',
    yLabel: 'true-positive rate (members found)',
    xScale: 'log',
    yScale: 'log',
    yMin: minFpr,
    yMax: 1,
    series,
    references: [],
    caption: 'Each line is one attack; the further it rises above the chance diagonal on the left, where few people are falsely accused, the more the model gives away about who was in its training data. Points where an attack found no member are not drawn.',
  });
}

/** The plain sentence of the strongest attack, or why nothing was measured. */
export function privacyHeadline(outcome: PrivacyOutcome, run: SuiteRun): string {
  const strongest = byStrength(outcome)[0];
  if (!strongest) {
    return outcome.members === undefined && run.status !== 'error'
      ? 'Membership leakage was not measured: the rows the model was trained on (or its training recipe) are needed to know who was in the training data.'
      : 'No membership figure could be measured before the run stopped.';
  }
  const [name, r] = strongest;
  const sentence = outcome.subject === 'stand-in' ? `On a stand-in trained with the same recipe (the training rows were not given): ${r.summary.charAt(0).toLowerCase()}${r.summary.slice(1)}` : r.summary;
  return `${sentence} Strongest of ${Object.keys(outcome.attacks).length} attacks: ${membershipLabels[name]}, AUC ${r.auc.toFixed(2)}.`;
}
