/** How the class balance of the label column changed between two versions. */
import type { Table } from '../../../ml/index.js';
import { chiSquareHomogeneity } from '../../../stats/index.js';
import { cellText } from '../_table/index.js';

/** One class in both versions. */
export interface ClassShare {
  readonly label: string;
  readonly old: number;
  readonly new: number;
  readonly oldShare: number;
  readonly newShare: number;
  /** newShare − oldShare. */
  readonly change: number;
}

/** The label balance of two versions and a test of whether it changed. */
export interface LabelBalance {
  readonly column: string;
  /** Largest change first. */
  readonly classes: readonly ClassShare[];
  /** Classes only in the new version, and only in the old one. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Pearson's chi-square test of homogeneity of the 2 × k table of class counts. */
  readonly test: { readonly statistic: number; readonly dof: number; readonly pValue: number };
  readonly alpha: number;
  /** p < alpha, or a class appeared or disappeared. */
  readonly changed: boolean;
}

function counts(table: Table, column: string): Map<string, number> {
  const at = table.columns.indexOf(column);
  const out = new Map<string, number>();
  for (const row of table.rows) {
    const v = cellText(row[at]);
    if (v !== null) out.set(v, (out.get(v) ?? 0) + 1);
  }
  return out;
}

/** Compare the class counts of a label column in two versions. */
export function labelBalance(before: Table, after: Table, column: string, alpha = 0.05): LabelBalance {
  const a = counts(before, column);
  const b = counts(after, column);
  const labels = [...new Set([...a.keys(), ...b.keys()])];
  const totalA = [...a.values()].reduce((s, v) => s + v, 0);
  const totalB = [...b.values()].reduce((s, v) => s + v, 0);
  const classes = labels
    .map((label) => {
      const o = a.get(label) ?? 0;
      const n = b.get(label) ?? 0;
      const oldShare = totalA ? o / totalA : 0;
      const newShare = totalB ? n / totalB : 0;
      return { label, old: o, new: n, oldShare, newShare, change: newShare - oldShare };
    })
    .sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || (x.label < y.label ? -1 : 1));
  const test = chiSquareHomogeneity([classes.map((c) => c.old), classes.map((c) => c.new)]);
  const added = classes.filter((c) => c.old === 0).map((c) => c.label);
  const removed = classes.filter((c) => c.new === 0).map((c) => c.label);
  return { column, classes, added, removed, test: { statistic: test.statistic, dof: test.dof, pValue: test.pValue }, alpha, changed: test.pValue < alpha || ((added.length > 0 || removed.length > 0) && totalA > 0 && totalB > 0) };
}
