/**
 * The extraction suite's figures: agreement of each stolen model at each budget under each
 * hardening setting (`none.copycat-labels.1000.agreement`, …), what each setting costs honest
 * callers, the agreement of a constant copy (`constantCopyAgreement`) and the best copy's
 * agreement beyond it, one chart for the thieves that learn from probabilities and one for those
 * that learn from labels (the constant copy drawn as a reference line), and the headline.
 */
import type { ExtractionResult, SweepResult, SweepSettingResult } from '../extraction/index.js';
import type { HardeningSetting } from '../../ml/output-hardening.js';
import { agreementBeyond, type ConstantCopy } from './extraction-baseline.js';
import type { ExtractionSettings } from './extraction-options.js';
import { count, metricNumber, perHundred } from './plain-numbers.js';
import type { ChartInput, SuiteRun } from './suite-run.js';

/** Everything the suite produced. */
export interface ExtractionOutcome {
  readonly settings: ExtractionSettings;
  /** Thief keys in sweep order (`copycat-probabilities`, `copycat-labels`, `jbda-labels`). */
  thieves?: readonly string[];
  sweep?: SweepResult;
  /** What a copy that always gives the model's most common answer agrees on (set with the sweep). */
  constantCopy?: ConstantCopy;
  /** The sweep's progress lines (what ran, when the sweep was cut short). */
  readonly lines: string[];
}

/** Thief names for people. */
export const thiefLabels: Readonly<Record<string, string>> = {
  'copycat-probabilities': 'copycat learning from probabilities',
  'copycat-labels': 'copycat learning from labels',
  'jbda-labels': 'Jacobian-based augmentation (labels)',
};

/** A setting's key in metric names: `none`, `round-2`, `top1`, `label-only`, `gaussian-noise-0.2`, `reverse-sigmoid-1-0.2`. */
export function settingKey(setting: HardeningSetting): string {
  switch (setting.kind) {
    case 'round':
      return `round-${setting.decimals}`;
    case 'gaussian-noise':
      return `gaussian-noise-${metricNumber(setting.scale)}`;
    case 'reverse-sigmoid':
      return `reverse-sigmoid-${metricNumber(setting.beta)}-${metricNumber(setting.gamma)}`;
    default:
      return setting.kind;
  }
}

/** The strongest thief against the unprotected model: its key, result and final agreement. */
export function strongestCopy(outcome: ExtractionOutcome): { thief: string; run: ExtractionResult } | undefined {
  const none = outcome.sweep?.settings.find((s) => s.setting.kind === 'none');
  if (!none || !outcome.thieves) return undefined;
  let best: { thief: string; run: ExtractionResult } | undefined;
  none.thieves.forEach((run, i) => {
    if (!best || run.final.agreement > best.run.final.agreement) best = { thief: outcome.thieves![i]!, run };
  });
  return best;
}

/** Metrics, charts and details. */
export function extractionReport(outcome: ExtractionOutcome, run: SuiteRun): void {
  const sweep = outcome.sweep;
  if (!sweep) {
    if (outcome.lines.length > 0) run.details.partial = outcome.lines;
    return;
  }
  const thieves = outcome.thieves ?? [];
  // The figures a summary shows first: the best copy, the constant copy it must beat, and how far it does.
  const best = strongestCopy(outcome);
  const constant = outcome.constantCopy;
  if (best) run.metric('bestAgreement', best.run.final.agreement);
  if (constant) {
    run.metric('constantCopyAgreement', constant.agreement);
    run.details.constantCopy = { ...constant, what: 'a copy that always gives the model\'s most common answer on the measuring rows, without any query' };
  }
  if (best && constant) run.metric('bestAgreementBeyondConstant', agreementBeyond(best.run.final.agreement, constant.agreement));
  if (best) run.metric('bestAgreement.queries', best.run.final.queries);
  run.metric('victim.accuracy', sweep.baseline.accuracy);
  for (const s of sweep.settings) {
    const key = settingKey(s.setting);
    run.metric(`${key}.accuracy`, s.utility.accuracy);
    run.metric(`${key}.accuracyChange`, s.utility.accuracyChange);
    run.metric(`${key}.topProbabilityChange`, s.utility.topProbabilityChange);
    run.metric(`${key}.protection`, s.protection);
    run.metric(`${key}.strongestAgreement`, s.strongestAgreement);
    s.thieves.forEach((t, i) => {
      const thief = thieves[i] ?? `thief-${i}`;
      run.metric(`${key}.${thief}.agreement`, t.final.agreement);
      for (const p of t.curve) run.metric(`${key}.${thief}.${p.queries}.agreement`, p.agreement);
    });
  }
  run.details.sweep = sweep;
  const probabilityThieves = thieves.flatMap((t, i) => (t === 'copycat-probabilities' ? [i] : []));
  const labelThieves = thieves.flatMap((t, i) => (t !== 'copycat-probabilities' ? [i] : []));
  const chart = { settings: sweep.settings, thieves, constant };
  if (probabilityThieves.length > 0) run.charts.push(agreementChart('agreement-vs-queries-probabilities', 'Thieves that learn from the probabilities', chart, probabilityThieves, false));
  if (labelThieves.length > 0) run.charts.push(agreementChart('agreement-vs-queries-labels', 'Thieves that learn from the labels only', chart, labelThieves, labelThieves.length > 1));
}

interface ChartData {
  readonly settings: readonly SweepSettingResult[];
  readonly thieves: readonly string[];
  readonly constant: ConstantCopy | undefined;
}

function agreementChart(id: string, who: string, { settings, thieves, constant }: ChartData, indices: readonly number[], nameThief: boolean): ChartInput {
  const series = settings.flatMap((s) =>
    indices.flatMap((i) => {
      const t = s.thieves[i];
      if (!t) return [];
      const name = nameThief ? `${s.name} · ${thiefLabels[thieves[i]!] ?? thieves[i]}` : s.name;
      return [{ name, points: t.curve.map((p): [number, number] => [p.queries, p.agreement]) }];
    }),
  );
  return {
    id,
    title: `${who}: agreement of the stolen model with the model, by hardening setting`,
    xLabel: 'queries sent by the thief',
    yLabel: 'agreement with the model',
    xScale: 'log',
    yScale: 'linear',
    yMin: 0,
    yMax: 1,
    series,
    references: constant ? [{ y: constant.agreement, label: 'a constant copy (always the model\'s most common answer)' }] : [],
    caption:
      'Each line is one output-hardening setting; the lower a line stays, the less a thief gets for its queries. Agreement is measured on held-out rows the thief never sent; a copy that always gives the model\'s most common answer reaches the reference line without any query, so only the height above it is stolen.',
  };
}

/** One or two plain sentences. */
export function extractionHeadline(outcome: ExtractionOutcome, run: SuiteRun): string {
  const best = strongestCopy(outcome);
  const sweep = outcome.sweep;
  if (!best || !sweep) return run.status === 'complete' ? 'No extraction test applied to this model.' : 'No extraction figure could be measured before the run stopped.';
  const data = best.thief === 'jbda-labels' ? 'synthetic queries built from a few real rows' : 'ordinary-looking queries';
  const constant = outcome.constantCopy;
  const against = constant ? `, where a copy that always gives the model's most common answer agrees on ${perHundred(constant.agreement)}` : '';
  const first = `With ${count(best.run.final.queries)} ${data}, a thief built a copy that agrees with the model on ${perHundred(best.run.final.agreement)} held-out inputs (${thiefLabels[best.thief] ?? best.thief})${against}`;
  const rec = sweep.recommendation.setting;
  const labelOnly = sweep.labelOnlyTheft.lowestAgreement;
  const second =
    rec === 'none'
      ? 'no output-hardening setting cuts this enough to be worth its cost, so only rate limits and extraction detection at the gateway bound it'
      : `hardening the outputs with ${rec} slows thieves that learn from scores${labelOnly !== null ? `, but thieves that use only the labels still reach ${perHundred(labelOnly)}` : ''}, so rate limits and extraction detection at the gateway are needed`;
  return `${first}; ${second}.`;
}
