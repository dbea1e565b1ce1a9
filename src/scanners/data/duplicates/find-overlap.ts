/**
 * Overlap between a training and an evaluation table (leakage): evaluation rows that repeat a
 * training row exactly or nearly, compared on the columns the two tables share.
 */
import type { Cell, Table } from '../../../ml/index.js';
import { rankSuspects, type Suspect } from '../_table/index.js';
import { comparedColumns, type IgnoredColumn } from './find-duplicates.js';
import { searchNearPairs } from './near-search.js';
import { duplicateDefaults, type DuplicateOptions } from './options.js';
import { buildRowSpace } from './row-space.js';

/** One evaluation row that also appears in the training data. */
export interface OverlapMatch {
  /** Row of the evaluation table (0-based). */
  readonly evalRow: number;
  /** Matching rows of the training table, ascending (at most 20 listed). */
  readonly trainRows: readonly number[];
  readonly kind: 'exact' | 'near';
  readonly similarity: number;
}

/** What {@link findOverlap} found. */
export interface OverlapReport {
  readonly trainRows: number;
  readonly evalRows: number;
  /** Columns compared (shared by both tables, minus label, ignored and identifier columns). */
  readonly columns: { readonly compared: readonly string[]; readonly ignored: readonly IgnoredColumn[]; readonly onlyInTrain: readonly string[]; readonly onlyInEval: readonly string[] };
  /** One entry per overlapping evaluation row, ascending by row. */
  readonly matches: readonly OverlapMatch[];
  readonly exactRows: number;
  readonly nearRows: number;
  /** Share of evaluation rows that overlap the training data. */
  readonly share: number;
  /** Evaluation rows ranked: exact repeats above near ones. */
  readonly suspects: readonly Suspect[];
  readonly incomplete?: string;
}

const listedMatches = 20;

/**
 * Find evaluation rows that repeat training rows (exactly or nearly): the evaluation then
 * measures memory instead of generalisation, and a poisoned training row can be tested on
 * itself.
 *
 * @example
 * const overlap = findOverlap(train, test, { labelColumn: 'income' });
 * overlap.share; // 0.013: 1.3% of the test rows are in the training data
 */
export function findOverlap(train: Table, evaluation: Table, options: DuplicateOptions = {}): OverlapReport {
  const settings = { ...duplicateDefaults, ...options };
  const shared = train.columns.filter((c) => evaluation.columns.includes(c));
  const trainIndex = shared.map((c) => train.columns.indexOf(c));
  const evalIndex = shared.map((c) => evaluation.columns.indexOf(c));
  // One table of both, so that both sides are normalised and scaled the same way.
  const rows: Cell[][] = [...train.rows.map((r) => trainIndex.map((i) => r[i] ?? null)), ...evaluation.rows.map((r) => evalIndex.map((i) => r[i] ?? null))];
  const both: Table = { columns: shared, rows, truncatedRows: 0 };
  const known = (c: string | undefined) => c !== undefined && shared.includes(c);
  const { compared, ignored } = comparedColumns(both, {
    ...options,
    labelColumn: known(options.labelColumn) ? options.labelColumn : undefined,
    ignoreColumns: (options.ignoreColumns ?? []).filter(known),
    textColumns: (options.textColumns ?? []).filter(known),
  });
  const nTrain = train.rows.length;
  const space = buildRowSpace(both, compared);
  const byKey = new Map<string, number[]>();
  // Without a compared column there is nothing two rows could share.
  for (let r = 0; compared.length > 0 && r < nTrain; r++) {
    const list = byKey.get(space.exactKeys[r]!);
    if (list) list.push(r);
    else byKey.set(space.exactKeys[r]!, [r]);
  }
  const matches = new Map<number, { train: Set<number>; kind: 'exact' | 'near'; similarity: number }>();
  for (let r = nTrain; r < rows.length; r++) {
    const hits = byKey.get(space.exactKeys[r]!);
    if (hits) matches.set(r - nTrain, { train: new Set(hits.slice(0, listedMatches)), kind: 'exact', similarity: 1 });
  }
  let incomplete: string | undefined;
  if (settings.near && compared.length > 0) {
    // Representatives: one training row per exact key, and every evaluation row not matched exactly.
    const reps = [...[...byKey.values()].map((l) => l[0]!), ...Array.from({ length: evaluation.rows.length }, (_, i) => i).filter((i) => !matches.has(i)).map((i) => i + nTrain)];
    const search = searchNearPairs(space, reps, { ...settings, accept: (a, b) => a < nTrain !== b < nTrain });
    incomplete = search.incomplete;
    for (const p of search.pairs) {
      const e = Math.max(p.a, p.b) - nTrain;
      const t = Math.min(p.a, p.b);
      const m = matches.get(e) ?? { train: new Set<number>(), kind: 'near' as const, similarity: 1 };
      if (m.train.size < listedMatches) for (const tr of byKey.get(space.exactKeys[t]!) ?? [t]) if (m.train.size < listedMatches) m.train.add(tr);
      m.similarity = Math.min(m.similarity, p.similarity);
      matches.set(e, m);
    }
  }
  const list: OverlapMatch[] = [...matches]
    .map(([evalRow, m]) => ({ evalRow, trainRows: [...m.train].sort((a, b) => a - b), kind: m.kind, similarity: m.similarity }))
    .sort((a, b) => a.evalRow - b.evalRow);
  const exactRows = list.filter((m) => m.kind === 'exact').length;
  return {
    trainRows: nTrain,
    evalRows: evaluation.rows.length,
    columns: { compared: compared.map((c) => c.name), ignored, onlyInTrain: train.columns.filter((c) => !shared.includes(c)), onlyInEval: evaluation.columns.filter((c) => !shared.includes(c)) },
    matches: list,
    exactRows,
    nearRows: list.length - exactRows,
    share: evaluation.rows.length ? list.length / evaluation.rows.length : 0,
    suspects: rankSuspects(list.map((m) => ({ row: m.evalRow, score: m.kind === 'exact' ? 0.9 : 0.6 + 0.3 * m.similarity, signals: [m.kind === 'exact' ? 'train-overlap-exact' : 'train-overlap-near'] }))),
    ...(incomplete ? { incomplete } : {}),
  };
}
