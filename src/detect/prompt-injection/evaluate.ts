/**
 * Evaluation of a prompt-injection detector (or any scorer) on labelled rows: precision,
 * recall, F1, false-positive rate, balanced accuracy, ROC AUC and recall at 1 % FPR, overall
 * and per slice (category family, language, source, hard negatives, clean rows, without the
 * rows that are attacks only given a system prompt). Plain data in and out.
 */
import { rocCurve, tprAtFpr } from '../../stats/index.js';
import { categoryFamily, type LabelledRow } from './labelled-rows.js';

/** A verdict on one row. */
export interface Prediction {
  /** Higher means more likely an injection. */
  readonly score: number;
  readonly injection: boolean;
}

/** Binary classification figures; a rate with no rows to measure it on is null. */
export interface BinaryMetrics {
  readonly rows: number;
  readonly positives: number;
  readonly negatives: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly fpr: number | null;
  /** Mean of recall and benign accuracy (PINT's balanced score). */
  readonly balancedAccuracy: number | null;
  /** Area under the ROC curve of the scores (null without both labels). */
  readonly rocAuc: number | null;
  /** Recall at the best threshold with FPR ≤ 1 %, from the scores (null without both labels). */
  readonly recallAtFpr1: number | null;
}

/** Figures of a whole evaluation. */
export interface EvaluationReport {
  readonly overall: BinaryMetrics;
  /** Without `quality = context_dependent` rows (attacks only relative to a system prompt). */
  readonly withoutContextDependent: BinaryMetrics;
  /** Only `quality = clean` rows. */
  readonly cleanOnly: BinaryMetrics;
  /** Benign rows whose category starts with `hard_negative`. */
  readonly hardNegatives: BinaryMetrics;
  /** Benign rows whose language is neither `en` nor `und`. */
  readonly nonEnglishBenign: BinaryMetrics;
  /** `en` against every other known language (`und` apart). */
  readonly languageGroups: Readonly<Record<'en' | 'nonEnglish' | 'und', BinaryMetrics>>;
  readonly byFamily: Readonly<Record<string, BinaryMetrics>>;
  readonly byLanguage: Readonly<Record<string, BinaryMetrics>>;
  readonly bySource: Readonly<Record<string, BinaryMetrics>>;
  /** Each benign category with its false-positive rate (the hard-negative subtypes, documents, …). */
  readonly byBenignCategory: Readonly<Record<string, BinaryMetrics>>;
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

/** Figures of `predictions` against the labels of `rows` (same order). */
export function binaryMetrics(rows: readonly Pick<LabelledRow, 'label'>[], predictions: readonly Prediction[]): BinaryMetrics {
  if (rows.length !== predictions.length) throw new RangeError(`${rows.length} rows but ${predictions.length} predictions`);
  let tp = 0;
  let fp = 0;
  const pos: number[] = [];
  const neg: number[] = [];
  rows.forEach((r, i) => {
    const p = predictions[i]!;
    if (r.label === 'injection') {
      pos.push(p.score);
      if (p.injection) tp++;
    } else {
      neg.push(p.score);
      if (p.injection) fp++;
    }
  });
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, pos.length);
  const fpr = ratio(fp, neg.length);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : tp === 0 && pos.length > 0 ? 0 : null;
  const curve = pos.length > 0 && neg.length > 0 && [...pos, ...neg].every(Number.isFinite) ? rocCurve(pos, neg) : undefined;
  return {
    rows: rows.length,
    positives: pos.length,
    negatives: neg.length,
    truePositives: tp,
    falsePositives: fp,
    precision,
    recall,
    f1,
    fpr,
    balancedAccuracy: recall !== null && fpr !== null ? (recall + 1 - fpr) / 2 : null,
    rocAuc: curve === undefined ? null : curve.auc,
    recallAtFpr1: curve === undefined ? null : tprAtFpr(curve, 0.01),
  };
}

function slice(rows: readonly LabelledRow[], predictions: readonly Prediction[], keep: (r: LabelledRow) => boolean): BinaryMetrics {
  const r: LabelledRow[] = [];
  const p: Prediction[] = [];
  rows.forEach((row, i) => {
    if (keep(row)) {
      r.push(row);
      p.push(predictions[i]!);
    }
  });
  return binaryMetrics(r, p);
}

function groupBy(rows: readonly LabelledRow[], predictions: readonly Prediction[], key: (r: LabelledRow) => string | undefined): Record<string, BinaryMetrics> {
  const keys = [...new Set(rows.map(key).filter((k): k is string => k !== undefined))].sort();
  return Object.fromEntries(keys.map((k) => [k, slice(rows, predictions, (r) => key(r) === k)]));
}

/** The language group of a tag. */
function languageGroup(lang: string): 'en' | 'nonEnglish' | 'und' {
  return lang === 'en' ? 'en' : lang === 'und' ? 'und' : 'nonEnglish';
}

/** The full report of `predictions` for `rows` (same order). */
export function evaluatePredictions(rows: readonly LabelledRow[], predictions: readonly Prediction[]): EvaluationReport {
  if (rows.length !== predictions.length) throw new RangeError(`${rows.length} rows but ${predictions.length} predictions`);
  return {
    overall: binaryMetrics(rows, predictions),
    withoutContextDependent: slice(rows, predictions, (r) => r.quality !== 'context_dependent'),
    cleanOnly: slice(rows, predictions, (r) => r.quality === 'clean'),
    hardNegatives: slice(rows, predictions, (r) => r.label === 'benign' && r.category.startsWith('hard_negative')),
    nonEnglishBenign: slice(rows, predictions, (r) => r.label === 'benign' && languageGroup(r.lang) === 'nonEnglish'),
    languageGroups: {
      en: slice(rows, predictions, (r) => languageGroup(r.lang) === 'en'),
      nonEnglish: slice(rows, predictions, (r) => languageGroup(r.lang) === 'nonEnglish'),
      und: slice(rows, predictions, (r) => languageGroup(r.lang) === 'und'),
    },
    byFamily: groupBy(rows, predictions, (r) => categoryFamily(r.category)),
    byLanguage: groupBy(rows, predictions, (r) => r.lang),
    bySource: groupBy(rows, predictions, (r) => r.source),
    byBenignCategory: groupBy(rows, predictions, (r) => (r.label === 'benign' ? r.category : undefined)),
  };
}

/**
 * Something that scores a text: a detector (its verdict is used), or a plain function giving a
 * score (flagged at `threshold`) or a verdict.
 */
export type TextScorer = ((text: string) => number | Prediction) | { score(text: string): Prediction };

/** Score every row with `scorer` and report. A number score is flagged when ≥ `threshold` (default 0.5). */
export function evaluateDetector(
  scorer: TextScorer,
  rows: readonly LabelledRow[],
  options: { readonly threshold?: number } = {},
): { readonly report: EvaluationReport; readonly predictions: Prediction[] } {
  const threshold = options.threshold ?? 0.5;
  const predictions = rows.map((r): Prediction => {
    const out = typeof scorer === 'function' ? scorer(r.text) : scorer.score(r.text);
    if (typeof out === 'number') return { score: out, injection: out >= threshold };
    return { score: out.score, injection: out.injection };
  });
  return { report: evaluatePredictions(rows, predictions), predictions };
}
