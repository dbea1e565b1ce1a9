/**
 * Label flips (protocol B1 of the adversarial-ML notes): flip a share of the labels, each to
 * another class at random (seeded), then rank the rows with the baseline (kNN disagreement,
 * k = 10) and with aisec's combined method, and score both rankings against the flips.
 */
import type { Cell, Table } from '../src/ml/index.js';
import { findLabelIssues, readLabels, type LabelNoiseMethod } from '../src/scanners/index.js';
import { createRng, sample } from '../src/stats/index.js';
import { auroc, precisionAtK } from './data-metrics.js';
import type { LabelledTable } from './data-sets.js';

/** Scores of one method on one flipped table. */
export interface FlipScore {
  readonly precisionAtK: number;
  readonly auroc: number;
  readonly seconds: number;
  /** Rows confident learning flagged, and how many of them were flipped. */
  readonly flagged: number;
  readonly flaggedFlips: number;
  /** Labels flipped. */
  readonly flips: number;
}

/** Flip `rate` of the labels of a table to another class, seeded; returns the table and the flipped rows. */
export function flipLabels(data: LabelledTable, rate: number, seed: number): { table: Table; flipped: Set<number> } {
  const { labels, classes } = readLabels(data.table, data.labelColumn);
  const rng = createRng(seed);
  const labelled = labels.flatMap((l, row) => (l === null ? [] : [row]));
  const flipped = new Set(sample(labelled, Math.round(rate * labelled.length), rng));
  const at = data.table.columns.indexOf(data.labelColumn);
  const rows = data.table.rows.map((row, i) => {
    if (!flipped.has(i)) return row;
    const others = classes.filter((c) => c !== labels[i]);
    const copy: Cell[] = [...row];
    copy[at] = others[Math.floor(rng() * others.length)]!;
    return copy;
  });
  return { table: { columns: data.table.columns, rows, truncatedRows: 0 }, flipped };
}

/** Rank a flipped table with one method and score the ranking. */
export async function scoreMethod(table: Table, labelColumn: string, flipped: ReadonlySet<number>, method: LabelNoiseMethod, seed: number): Promise<FlipScore> {
  const started = performance.now();
  const report = await findLabelIssues(table, { labelColumn, method, seed });
  const seconds = (performance.now() - started) / 1000;
  return {
    precisionAtK: precisionAtK(report.scores, flipped, flipped.size),
    auroc: auroc(report.scores, flipped),
    seconds,
    flagged: report.flagged,
    flaggedFlips: report.suspects.filter((s) => flipped.has(s.row)).length,
    flips: flipped.size,
  };
}
