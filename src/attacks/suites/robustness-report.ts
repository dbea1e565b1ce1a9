/**
 * The robustness suite's figures: metrics with stable names (`square.linf.0.05.successRate`,
 * `hsja.linf.0.05.medianQueries`, `tabular.successRate`, …), the two charts (decisions flipped
 * against queries at one ε, robust accuracy against ε), the details kept in the report, and the
 * headline in plain words.
 */
import type { EpsilonOutcome, EvasionResult } from '../evasion/index.js';
import type { TabularAttackResult } from '../tabular/index.js';
import { count, metricNumber, percent, perHundred } from './plain-numbers.js';
import { evasionLabels, type EvasionKey, type RobustnessOutcome } from './robustness-outcome.js';
import type { ChartInput, SuiteRun } from './suite-run.js';

const order: readonly EvasionKey[] = ['square', 'hsja', 'noise', 'pgd'];

/** What each model check's main measure is called in metric names. */
const checkMetricName = {
  'numeric-perturbation': 'failRate',
  'batch-determinism': 'mismatchRate',
  'repeat-determinism': 'mismatchRate',
  'slice-performance': 'worstDeviation',
} as const;

/** Metrics, charts and details of what ran. */
export function robustnessReport(outcome: RobustnessOutcome, run: SuiteRun): void {
  const sample = outcome.sample;
  if (sample) {
    run.metric('examples', sample.rows.length);
    run.metric('cleanAccuracy', sample.accuracy);
    run.details.sample = { rowsAsked: sample.asked, rowsAttacked: sample.rows.length, cleanAccuracy: sample.accuracy };
  }
  const clean = sample?.accuracy ?? 1;
  for (const key of order) {
    const result = outcome.evasion[key];
    if (!result) continue;
    for (const e of result.byEpsilon) {
      const at = `${key}.linf.${metricNumber(e.epsilon)}`;
      run.metric(`${at}.successRate`, e.successRate);
      run.metric(`${at}.medianQueries`, e.medianQueries);
      run.metric(`${at}.robustAccuracy`, clean * (1 - e.successRate));
    }
    run.metric(`${key}.queries`, result.queriesUsed);
    run.details[key] = evasionDetails(result);
  }
  const tabular = outcome.tabular;
  if (tabular) {
    run.metric('tabular.successRate', tabular.successRate);
    run.metric('tabular.attacked', tabular.attacked);
    run.metric('tabular.medianQueries', tabular.queries.perRow?.median);
    run.metric('tabular.meanFeaturesChanged', tabular.featuresChanged?.mean);
    run.details.tabular = tabularDetails(tabular, outcome.tabularExcluded ?? 0);
  }
  for (const [id, check] of Object.entries(outcome.checks)) {
    if (!check) continue;
    run.metric(`checks.${id}.${checkMetricName[id as keyof typeof checkMetricName]}`, check.metric);
    run.metric(`checks.${id}.issue`, check.issue ? 1 : 0);
    run.details[`check:${id}`] = check;
  }
  const flips = successChart(outcome);
  if (flips) run.charts.push(flips);
  const robust = robustAccuracyChart(outcome, clean);
  if (robust) run.charts.push(robust);
}

/** The ε the success-vs-queries chart is drawn at: 0.05 when tested, else the middle one. */
export function chartEpsilon(epsilons: readonly number[]): number {
  return epsilons.includes(0.05) ? 0.05 : epsilons[Math.floor((epsilons.length - 1) / 2)]!;
}

function outcomeAt(result: EvasionResult | undefined, epsilon: number): EpsilonOutcome | undefined {
  return result?.byEpsilon.find((e) => e.epsilon === epsilon);
}

function successChart(outcome: RobustnessOutcome): ChartInput | undefined {
  const epsilon = chartEpsilon(outcome.settings.epsilons);
  const series = (['square', 'hsja'] as const).flatMap((key) => {
    const at = outcomeAt(outcome.evasion[key], epsilon);
    return at ? [{ name: evasionLabels[key], points: at.curve.map((p): [number, number] => [p.queries, p.successRate]) }] : [];
  });
  if (series.length === 0) return undefined;
  const references: { y: number; label: string }[] = [];
  const pgd = outcomeAt(outcome.evasion.pgd, epsilon);
  if (pgd) references.push({ y: pgd.successRate, label: 'white-box ceiling (PGD)' });
  const noise = outcomeAt(outcome.evasion.noise, epsilon);
  if (noise) references.push({ y: noise.successRate, label: `random noise (${count(outcome.settings.noiseQueries)} tries)` });
  return {
    id: 'success-vs-queries',
    title: `Decisions flipped against queries spent (L∞ ε = ${metricNumber(epsilon)}, i.e. ${percent(epsilon)} of each feature's range)`,
    xLabel: 'queries per input',
    yLabel: 'share of decisions flipped',
    xScale: 'log',
    yScale: 'linear',
    yMin: 0,
    yMax: 1,
    series,
    references,
    caption: 'The higher and further left a line, the cheaper the model is to fool; reference lines show random noise (an attack must beat it) and, when drawn, what an attacker holding the model itself reaches.',
  };
}

function robustAccuracyChart(outcome: RobustnessOutcome, clean: number): ChartInput | undefined {
  const series = order.flatMap((key) => {
    const result = outcome.evasion[key];
    if (!result) return [];
    const points: [number, number][] = [[0, clean], ...result.byEpsilon.map((e): [number, number] => [e.epsilon, clean * (1 - e.successRate)])];
    return [{ name: evasionLabels[key], points }];
  });
  if (series.length === 0) return undefined;
  return {
    id: 'robust-accuracy-vs-epsilon',
    title: 'Accuracy under attack against the size of the change',
    xLabel: 'ε (share of each feature\'s range)',
    yLabel: 'accuracy under attack',
    xScale: 'linear',
    yScale: 'linear',
    yMin: 0,
    yMax: 1,
    series,
    references: [],
    caption: 'Accuracy on the evaluation rows when an attacker may move every feature by up to ε of its range; the steeper the fall, the more fragile the model.',
  };
}

/** An evasion result without its per-row outcomes (counts and curves stay). */
function evasionDetails(result: EvasionResult): Record<string, unknown> {
  return { ...result, byEpsilon: result.byEpsilon.map(({ examples: _examples, ...rest }) => rest) };
}

/** A tabular result with the first few successful changes, in the model's units. */
function tabularDetails(result: TabularAttackResult, excluded: number): Record<string, unknown> {
  const { results, ...rest } = result;
  const examples = results.filter((r) => r.success).slice(0, 5).map(({ adversarial: _adversarial, ...r }) => r);
  return { ...rest, rowsExcludedForBreakingConstraints: excluded, examples };
}

/** The order ties are broken in: the attacker who needs least (random noise, then labels only) is named. */
const byNeeds: readonly EvasionKey[] = ['noise', 'hsja', 'square'];

/** The strongest black-box flip rate at ε, and the attack that reached it. */
export function strongestAt(outcome: RobustnessOutcome, epsilon: number): { key: EvasionKey; rate: number; attacked: number } | undefined {
  let best: { key: EvasionKey; rate: number; attacked: number } | undefined;
  for (const key of byNeeds) {
    const at = outcomeAt(outcome.evasion[key], epsilon);
    if (at && (!best || at.successRate > best.rate)) best = { key, rate: at.successRate, attacked: at.attacked };
  }
  return best;
}

/** One or two plain sentences on what was found. */
export function robustnessHeadline(outcome: RobustnessOutcome, run: SuiteRun): string {
  const eps = outcome.settings.epsilons;
  const parts: string[] = [];
  const smallest = strongestAt(outcome, eps[0]!);
  if (smallest) {
    const first = smallest.rate > 0 ? `Changes of at most ${percent(eps[0]!)} of a feature's range flip ${perHundred(smallest.rate)} decisions` : `Changes of at most ${percent(eps[0]!)} of a feature's range flipped none of the ${count(smallest.attacked)} decisions tested`;
    const largest = eps.length > 1 ? strongestAt(outcome, eps[eps.length - 1]!) : undefined;
    parts.push(largest ? `${first}, changes of ${percent(eps[eps.length - 1]!)} flip ${perHundred(largest.rate)}` : first);
  }
  const tabular = outcome.tabular;
  if (tabular && tabular.attacked > 0) {
    parts.push(`changes a person could actually make within the declared constraints flip ${tabular.successRate > 0 ? perHundred(tabular.successRate) : `none of the ${count(tabular.attacked)} tested`}`);
  }
  const checks = Object.values(outcome.checks).filter((c) => c !== undefined);
  const issues = checks.filter((c) => c.issue).length;
  if (checks.length > 0) parts.push(issues > 0 ? `${issues} of ${checks.length} model checks raised an issue` : `the ${checks.length} model checks raised no issue`);
  if (parts.length === 0) {
    return run.status === 'complete' ? 'No robustness test applied to this model.' : 'No robustness figure could be measured before the run stopped.';
  }
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
