/**
 * Error analysis of scored rows: per source and label, the false-positive rate (benign rows) or
 * recall (attacks), and over the rows it got wrong, how many a rule or the model flagged alone,
 * and which rules and model features occur most often. Plain data in and out (used by
 * scripts/detect/loso-errors.ts on leave-one-source-out predictions).
 */
import { quantile } from '../../stats/index.js';

/** One scored row and what drove its score. */
export interface ScoredRowRecord {
  readonly id: string;
  readonly source: string;
  readonly label: 'injection' | 'benign';
  readonly length: number;
  readonly score: number;
  readonly threshold: number;
  readonly flagged: boolean;
  /** Matched rules, highest score first. */
  readonly rules: readonly { readonly id: string; readonly score: number }[];
  /** The model's calibrated probability and its top features. */
  readonly model: { readonly score: number; readonly topFeatures: readonly { readonly feature: string; readonly weight: number }[] };
}

/** The errors of one source × label. */
export interface SourceErrors {
  readonly source: string;
  readonly label: 'injection' | 'benign';
  readonly rows: number;
  /** False positives (benign) or missed attacks (injection). */
  readonly errors: number;
  /** FPR for benign rows, recall for attacks. */
  readonly rate: number;
  /** Benign rows flagged by a rule's score alone / by the model's alone (both may count a row). */
  readonly byRule: number;
  readonly byModel: number;
  /** Over the wrong rows: [rule id, rows] and [feature, rows], most frequent first. */
  readonly topRules: readonly (readonly [string, number])[];
  readonly topFeatures: readonly (readonly [string, number])[];
  /** Median length of the wrong rows and of all the rows (characters). */
  readonly errorLengthMedian: number | null;
  readonly lengthMedian: number;
}

function median(values: readonly number[]): number | null {
  return values.length === 0 ? null : quantile(values, 0.5);
}

/** How many of `lists` hold each value (once per list), most first; ties by value. */
function rowCounts(lists: readonly (readonly string[])[], n: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, n);
}

/** Errors per source × label, sources in name order, benign before injection. */
export function summariseErrors(records: readonly ScoredRowRecord[], top = 20): SourceErrors[] {
  const out: SourceErrors[] = [];
  const sources = [...new Set(records.map((r) => r.source))].sort();
  for (const source of sources) {
    for (const label of ['benign', 'injection'] as const) {
      const of = records.filter((r) => r.source === source && r.label === label);
      if (of.length === 0) continue;
      const wrong = of.filter((r) => (label === 'benign' ? r.flagged : !r.flagged));
      out.push({
        source,
        label,
        rows: of.length,
        errors: wrong.length,
        rate: label === 'benign' ? wrong.length / of.length : (of.length - wrong.length) / of.length,
        byRule: label === 'benign' ? wrong.filter((r) => (r.rules[0]?.score ?? 0) >= r.threshold).length : 0,
        byModel: label === 'benign' ? wrong.filter((r) => r.model.score >= r.threshold).length : 0,
        topRules: rowCounts(
          wrong.map((r) => r.rules.map((m) => m.id)),
          top,
        ),
        topFeatures: rowCounts(
          wrong.map((r) => r.model.topFeatures.map((f) => f.feature)),
          top,
        ),
        errorLengthMedian: median(wrong.map((r) => r.length)),
        lengthMedian: median(of.map((r) => r.length))!,
      });
    }
  }
  return out;
}

/** The summary as text, one block per source × label. */
export function formatErrorSummary(summary: readonly SourceErrors[]): string {
  const list = (pairs: readonly (readonly [string, number])[]): string => pairs.map(([k, c]) => `${JSON.stringify(k)} ${c}`).join(', ');
  const lines: string[] = [];
  for (const s of summary) {
    const benign = s.label === 'benign';
    lines.push(`${s.source} ${s.label} ${s.rows} rows: ${benign ? 'FPR' : 'recall'} ${s.rate.toFixed(3)} (${s.errors} ${benign ? 'false positives' : 'missed'})`);
    if (s.errors === 0) continue;
    if (benign) lines.push(`  flagged by a rule alone: ${s.byRule}; by the model alone: ${s.byModel}`);
    if (s.topRules.length > 0) lines.push(`  rules: ${list(s.topRules)}`);
    lines.push(`  features: ${list(s.topFeatures)}`);
    lines.push(`  length median ${s.errorLengthMedian} (all rows: ${s.lengthMedian})`);
  }
  return `${lines.join('\n')}\n`;
}
