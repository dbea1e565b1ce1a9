/**
 * Planting known duplicates in a table and scoring a detector on them: the tests use it on
 * generated data, the benchmark (`npm run bench -- data`) on the shared datasets.
 */
import type { Cell, Table } from '../../../ml/index.js';
import { createRng, normal, sample, type Rng } from '../../../stats/index.js';
import { cellNumber } from '../_table/index.js';
import { comparedColumns, findDuplicates, type DuplicateReport } from './find-duplicates.js';
import type { DuplicateOptions } from './options.js';

/** One planted copy: `row` repeats `source` exactly or nearly. */
export interface InjectedDuplicate {
  readonly row: number;
  readonly source: number;
  readonly kind: 'exact' | 'near';
}

/** Options of {@link injectDuplicates}. */
export interface InjectOptions extends DuplicateOptions {
  /** Share of rows copied exactly (default 0.01). */
  readonly exactRate?: number;
  /** Share of rows copied with jitter (default 0.01). */
  readonly nearRate?: number;
  /** Numeric jitter as a share of each column's standard deviation (default 0.01). */
  readonly jitter?: number;
}

function numericStd(table: Table, index: number): number {
  const xs = table.rows.map((r) => cellNumber(r[index])).filter((v) => !Number.isNaN(v));
  const m = xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(xs.length, 1));
}

/** A typo: one letter of the text replaced by another, the smallest edit a copy can carry. */
function editText(text: string, rng: Rng): string {
  const letters = [...text].map((ch, i) => (/\p{L}/u.test(ch) ? i : -1)).filter((i) => i >= 0);
  if (letters.length === 0) return `${text}x`;
  const chars = [...text];
  const at = letters[Math.floor(rng() * letters.length)]!;
  chars[at] = chars[at] === 'x' ? 'q' : 'x';
  return chars.join('');
}

/**
 * Append exact and jittered copies of randomly chosen rows. Near copies move every numeric
 * feature by N(0, jitter × std) and put a typo (one letter changed) in each text cell; categorical cells and
 * the label are kept. Seeded.
 */
export function injectDuplicates(table: Table, options: InjectOptions & { seed: number }): { table: Table; injected: InjectedDuplicate[] } {
  const rng = createRng(options.seed);
  const n = table.rows.length;
  const exactCount = Math.round((options.exactRate ?? 0.01) * n);
  const nearCount = Math.round((options.nearRate ?? 0.01) * n);
  const sources = sample(Array.from({ length: n }, (_, i) => i), exactCount + nearCount, rng);
  const { compared } = comparedColumns(table, options);
  const stds = new Map(compared.filter((c) => c.kind === 'numeric').map((c) => [c.index, numericStd(table, c.index)]));
  const texts = new Set(compared.filter((c) => c.kind === 'text').map((c) => c.index));
  const rows: Cell[][] = table.rows.map((r) => [...r]);
  const injected: InjectedDuplicate[] = [];
  sources.forEach((source, k) => {
    const kind = k < exactCount ? 'exact' : 'near';
    const copy = [...table.rows[source]!];
    if (kind === 'near') {
      for (const [index, sd] of stds) {
        const v = cellNumber(copy[index]);
        if (!Number.isNaN(v) && sd > 0) copy[index] = v + normal(rng, 0, (options.jitter ?? 0.01) * sd);
      }
      for (const index of texts) if (typeof copy[index] === 'string') copy[index] = editText(copy[index] as string, rng);
    }
    injected.push({ row: rows.length, source, kind });
    rows.push(copy);
  });
  return { table: { columns: table.columns, rows, truncatedRows: 0 }, injected };
}

/** How well a duplicate report recovers planted copies. */
export interface DuplicateScore {
  readonly exactRecall: number;
  readonly nearRecall: number;
  readonly recall: number;
  /** Flagged rows that are neither planted copies, their sources, nor duplicates already in the original table. */
  readonly falseFlags: number;
  /** falseFlags / rows of the original table. */
  readonly falseFlagRate: number;
  /** Rows already flagged in the original table (natural duplicates). */
  readonly naturalFlags: number;
}

/** Score a report on a table with planted copies against the report on the original table. */
export function scoreDuplicates(report: DuplicateReport, injected: readonly InjectedDuplicate[], baseline: DuplicateReport): DuplicateScore {
  const groupOf = new Map<number, number>();
  report.groups.forEach((g, i) => g.rows.forEach((r) => groupOf.set(r, i)));
  const found = (d: InjectedDuplicate) => groupOf.has(d.row) && groupOf.get(d.row) === groupOf.get(d.source);
  const recallOf = (kind: 'exact' | 'near') => {
    const of = injected.filter((d) => d.kind === kind);
    return of.length ? of.filter(found).length / of.length : 1;
  };
  const expected = new Set([...injected.map((d) => d.row), ...injected.map((d) => d.source), ...baseline.flaggedRows]);
  const falseFlags = report.flaggedRows.filter((r) => !expected.has(r)).length;
  return {
    exactRecall: recallOf('exact'),
    nearRecall: recallOf('near'),
    recall: injected.length ? injected.filter(found).length / injected.length : 1,
    falseFlags,
    falseFlagRate: baseline.rows ? falseFlags / baseline.rows : 0,
    naturalFlags: baseline.flaggedRows.length,
  };
}

/**
 * The duplicate benchmark in one call: detect on the original table, plant copies, detect
 * again and score (issue target: recall ≥ 0.95 at a false-flag rate ≤ 0.01).
 *
 * @example
 * benchDuplicates(adultTable, { seed: 1, labelColumn: 'income' }).recall;
 */
export function benchDuplicates(table: Table, options: InjectOptions & { seed: number }): DuplicateScore & { readonly injected: number } {
  const baseline = findDuplicates(table, options);
  const planted = injectDuplicates(table, options);
  const report = findDuplicates(planted.table, options);
  return { ...scoreDuplicates(report, planted.injected, baseline), injected: planted.injected.length };
}
