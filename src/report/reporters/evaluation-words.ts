/**
 * Plain words for the adversarial test results (`report.evaluations`), shared by the
 * terminal and HTML reports: what each kind of test asks, what its status means, and the
 * named figures (`square.linf.0.1.successRate`) as a reader would say them. Every string
 * here is plain text; the caller escapes it for its medium.
 */
import type { Evaluation, EvaluationKind } from '../../core/evaluation.js';
import { formatMilliseconds, formatNumber, formatPercent, formatQueries } from './number-format.js';

/** The name of each kind of test, as a heading. */
export const kindNames: Record<EvaluationKind, string> = { robustness: 'Robustness', privacy: 'Privacy', extraction: 'Model extraction', 'red-team': 'LLM red team' };

/** The question each kind of test answers, for a reader who does not know the terms. */
export const kindQuestions: Record<EvaluationKind, string> = {
  robustness: 'Can small, deliberate changes to an input change the model\u2019s decision?',
  privacy: 'Can an attacker tell whose records the model was trained on?',
  extraction: 'Can an attacker copy the model by querying it?',
  'red-team': 'Can an attacker make the LLM application ignore its instructions, leak its secrets or misuse its tools?',
};

/** A status as one word. */
export const statusNames: Record<Evaluation['status'], string> = { complete: 'Complete', incomplete: 'Incomplete', error: 'Failed' };

/** What a status other than `complete` means for the figures, in one sentence. */
export const statusMeanings: Record<Exclude<Evaluation['status'], 'complete'>, string> = {
  incomplete: 'The test stopped before the end (interrupted or out of budget), so its figures cover only the part that ran.',
  error: 'The test failed, so its figures, if any, are not a result and must not be relied on.',
};

const tokens: Record<string, string> = {
  linf: 'L\u221e', l2: 'L2', l1: 'L1', l0: 'L0',
  pgd: 'PGD', fgsm: 'FGSM', cw: 'C&W', hsj: 'HopSkipJump', hopskipjump: 'HopSkipJump', square: 'Square',
  auc: 'AUC', tpr: 'TPR', fpr: 'FPR', roc: 'ROC', mia: 'MIA', lira: 'LiRA',
};
const norms = new Set(['linf', 'l2', 'l1', 'l0']);

/** `successRate` → `success rate`; `tprAt1pctFpr` → `TPR at 1pct FPR`. */
function words(segment: string): string {
  return segment
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .replace(/[_-]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => (Object.hasOwn(tokens, w.toLowerCase()) ? tokens[w.toLowerCase()]! : w.toLowerCase().replace(/([a-z])(\d)/gu, '$1 $2')))
    .join(' ');
}

/** Split a dotted name, putting decimals back together: `a.0.1.b` → `a`, `0.1`, `b`. */
function segmentsOf(name: string): string[] {
  const out: string[] = [];
  let joined = false;
  for (const part of name.split('.')) {
    const last = out[out.length - 1];
    if (!joined && last !== undefined && /^\d+$/u.test(last) && /^\d+$/u.test(part)) {
      out[out.length - 1] = `${last}.${part}`;
      joined = true;
    } else {
      out.push(part);
      joined = false;
    }
  }
  return out.filter((s) => s !== '');
}

/**
 * A metric name as a label: the last segment is the measure, the others qualify it, and a
 * number after a norm is its ε. `square.linf.0.1.successRate` → `Success rate (Square, L∞ ε=0.1)`.
 * Names that do not follow the dotted convention come out as words.
 */
export function metricLabel(name: string): string {
  const segments = segmentsOf(name);
  const measure = words(segments.pop() ?? '');
  if (measure === '') return name;
  const qualifiers: string[] = [];
  segments.forEach((segment, i) => {
    const previous = i > 0 ? segments[i - 1]! : '';
    if (/^\d+(\.\d+)?$/u.test(segment) && norms.has(previous.toLowerCase())) qualifiers[qualifiers.length - 1] += ` \u03b5=${segment}`;
    else qualifiers.push(words(segment));
  });
  const head = measure[0]!.toUpperCase() + measure.slice(1);
  return qualifiers.length === 0 ? head : `${head} (${qualifiers.join(', ')})`;
}

const shareMeasure = /(rate|share|fraction|accuracy|agreement|fidelity|precision|recall|tpr|fpr|probability)$/iu;

/**
 * A metric value as a reader wants it: shares (`…Rate`, `…Agreement`, … between 0 and 1) as
 * percentages, query counts with their unit, durations (`…Ms`) in time units, anything else
 * as a plain number.
 */
export function metricValue(name: string, value: number): string {
  const measure = segmentsOf(name).pop() ?? name;
  if (shareMeasure.test(measure) && value >= 0 && value <= 1) return formatPercent(value);
  if (/queries$/iu.test(measure)) return formatQueries(value);
  if (/(?:[a-z0-9]Ms|^ms|[Mm]illis(?:econds)?)$/u.test(measure)) return formatMilliseconds(value);
  return formatNumber(value);
}

/** One named figure, ready to show. */
export interface Figure {
  readonly label: string;
  readonly value: string;
}

/** The run's effort: queries sent and time taken. */
export function effortOf(evaluation: Evaluation): string {
  return `${formatQueries(evaluation.queries)} in ${formatMilliseconds(evaluation.durationMs)}`;
}

/** The evaluation's own figures, in the order the test reported them, at most `max`. */
export function metricFigures(evaluation: Evaluation, max = Number.POSITIVE_INFINITY): Figure[] {
  return Object.entries(evaluation.metrics)
    .slice(0, max)
    .map(([name, value]) => ({ label: metricLabel(name), value: metricValue(name, value) }));
}
