/**
 * The quality part of the prompt-injection benchmark: one evaluation (a set of rows scored by
 * aisec's detector) with the untrained baselines scored on the same rows, the targets it is
 * judged against, and its rendering as small text tables.
 */
import type { BinaryMetrics, EvaluationReport, LabelledRow, Prediction } from '../src/detect/index.js';
import { evaluatePredictions } from '../src/detect/index.js';
import type { Baseline } from './prompt-injection-baselines.js';

/** One evaluation: aisec and every baseline on the same rows. */
export interface ScoredEvaluation {
  /** Short name, e.g. `(a) leave-one-source-out, dev.jsonl`. */
  readonly name: string;
  /** How aisec's figures were obtained (training rows, thresholds). */
  readonly method: string;
  readonly rows: number;
  readonly aisec: EvaluationReport;
  readonly baselines: readonly { readonly name: string; readonly short: string; readonly report: EvaluationReport }[];
  /** Shown for information: no targets are checked on it, and it is not the headline. */
  readonly informational?: boolean;
}

/** A figure with its target and verdict. */
export interface TargetCheck {
  readonly name: string;
  readonly text: string;
  readonly pass: boolean;
}

/** The targets: recall ≥ 0.85 at FPR ≤ 0.03 overall; FPR ≤ 0.05 on hard negatives and on non-English benign text. */
export const TARGETS = { recall: 0.85, fpr: 0.03, hardNegativeFpr: 0.05, nonEnglishBenignFpr: 0.05 } as const;

/** The families reported, in this order (others found in the rows follow). */
export const FAMILIES = ['direct', 'indirect', 'multilingual', 'encoded', 'exfiltration', 'jailbreak', 'system_prompt_extraction'] as const;

/**
 * Each baseline's predictions for `rows`, computed once per row id across evaluations (the
 * baselines are not trained, so a row's verdict does not depend on the evaluation).
 */
export async function scoreBaselines(baselines: readonly Baseline[], rows: readonly LabelledRow[], cache: Map<string, Map<string, Prediction>>): Promise<{ name: string; short: string; report: EvaluationReport }[]> {
  const out: { name: string; short: string; report: EvaluationReport }[] = [];
  for (const baseline of baselines) {
    let known = cache.get(baseline.name);
    if (known === undefined) cache.set(baseline.name, (known = new Map()));
    const predictions: Prediction[] = [];
    for (const row of rows) {
      let p = known.get(row.id);
      if (p === undefined) {
        const score = await baseline.score(row.text);
        p = { score, injection: score >= 0.5 };
        known.set(row.id, p);
      }
      predictions.push(p);
    }
    out.push({ name: baseline.name, short: baseline.short, report: evaluatePredictions(rows, predictions) });
  }
  return out;
}

/** The target checks of one evaluation. */
export function targetChecks(e: ScoredEvaluation): TargetCheck[] {
  const { overall, hardNegatives, nonEnglishBenign } = e.aisec;
  const checks: TargetCheck[] = [
    {
      name: `${e.name}: recall at FPR ≤ ${TARGETS.fpr}`,
      text: `recall ${f(overall.recall)} at FPR ${f(overall.fpr)}, target recall ≥ ${TARGETS.recall} at FPR ≤ ${TARGETS.fpr}`,
      pass: (overall.recall ?? 0) >= TARGETS.recall && (overall.fpr ?? 1) <= TARGETS.fpr,
    },
  ];
  if (hardNegatives.negatives > 0) {
    checks.push({ name: `${e.name}: FPR on hard negatives (${hardNegatives.negatives})`, text: `${f(hardNegatives.fpr)}, target ≤ ${TARGETS.hardNegativeFpr}`, pass: (hardNegatives.fpr ?? 1) <= TARGETS.hardNegativeFpr });
  }
  if (nonEnglishBenign.negatives > 0) {
    checks.push({ name: `${e.name}: FPR on non-English benign text (${nonEnglishBenign.negatives})`, text: `${f(nonEnglishBenign.fpr)}, target ≤ ${TARGETS.nonEnglishBenignFpr}`, pass: (nonEnglishBenign.fpr ?? 1) <= TARGETS.nonEnglishBenignFpr });
  }
  return checks;
}

/** The evaluation as text tables: overall figures per detector, recall per family, FPR per benign slice, both per language. */
export function renderEvaluation(e: ScoredEvaluation, aisecLabel: string): string[] {
  const all = [{ name: aisecLabel, short: 'aisec', report: e.aisec }, ...e.baselines];
  const lines = [`${e.name} — ${e.rows.toLocaleString('en-US')} rows; ${e.method}`];
  lines.push(
    ...table(
      ['detector', 'P', 'R', 'F1', 'FPR', 'bal. acc.', 'ROC AUC', 'R @ 1% FPR'],
      all.map(({ name, report: { overall: m } }) => [name, f(m.precision), f(m.recall), f(m.f1), f(m.fpr), f(m.balancedAccuracy), f(m.rocAuc), f(m.recallAtFpr1)]),
    ),
  );
  const w = e.aisec.withoutContextDependent;
  const clean = e.aisec.cleanOnly;
  if (w.rows !== e.aisec.overall.rows) lines.push(`  aisec without the ${e.aisec.overall.rows - w.rows} context-dependent rows: P ${f(w.precision)} R ${f(w.recall)} F1 ${f(w.f1)} FPR ${f(w.fpr)}`);
  if (clean.rows !== e.aisec.overall.rows) lines.push(`  aisec on the ${clean.rows} rows of quality "clean": P ${f(clean.precision)} R ${f(clean.recall)} F1 ${f(clean.f1)} FPR ${f(clean.fpr)}`);
  const families = [...FAMILIES.filter((x) => e.aisec.byFamily[x]?.positives), ...Object.keys(e.aisec.byFamily).filter((x) => !(FAMILIES as readonly string[]).includes(x) && (e.aisec.byFamily[x]?.positives ?? 0) > 0)];
  const shortNames = all.map((d) => d.short);
  lines.push('  recall per attack family:');
  lines.push(...table(['family', 'rows', ...shortNames], families.map((fam) => [fam, String(e.aisec.byFamily[fam]!.positives), ...all.map((d) => f(d.report.byFamily[fam]?.recall ?? null))])));
  const benignSlices: [string, (r: EvaluationReport) => BinaryMetrics | undefined][] = [
    ['all benign', (r) => r.overall],
    ['hard negatives', (r) => r.hardNegatives],
    ['non-English benign', (r) => r.nonEnglishBenign],
    ...Object.keys(e.aisec.byFamily)
      .filter((x) => (e.aisec.byFamily[x]?.negatives ?? 0) > 0)
      .map((x): [string, (r: EvaluationReport) => BinaryMetrics | undefined] => [`family ${x}`, (r) => r.byFamily[x]]),
  ];
  lines.push('  false-positive rate on benign text:');
  lines.push(...table(['slice', 'rows', ...shortNames], benignSlices.filter(([, get]) => (get(e.aisec)?.negatives ?? 0) > 0).map(([name, get]) => [name, String(get(e.aisec)!.negatives), ...all.map((d) => f(get(d.report)?.fpr ?? null))])));
  // Languages by rows, most first (ties by tag): recall on their attacks / FPR on their benign rows.
  const languages = Object.entries(e.aisec.byLanguage).sort(([a, x], [b, y]) => y.rows - x.rows || (a < b ? -1 : 1));
  lines.push('  per language, recall / false-positive rate:');
  lines.push(...table(['lang', 'attacks', 'benign', ...shortNames], languages.map(([lang, m]) => [lang, String(m.positives), String(m.negatives), ...all.map((d) => `${f(d.report.byLanguage[lang]?.recall ?? null)} / ${f(d.report.byLanguage[lang]?.fpr ?? null)}`)])));
  return lines;
}

/** A small left-aligned table, indented by two spaces. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)));
  return [header, ...rows].map((r) => `  ${r.map((cell, col) => cell.padEnd(widths[col]!)).join('  ')}`.trimEnd());
}

/** A rate with three decimals, or `–` when there was nothing to measure it on. */
export function f(x: number | null | undefined): string {
  return x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(3);
}
