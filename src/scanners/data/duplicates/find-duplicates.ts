/**
 * Exact and near duplicates in one table, and duplicates whose labels disagree.
 *
 * Exact duplicates share every feature cell after normalisation (trimmed, case- and
 * Unicode-folded text; canonical numbers). Near duplicates agree on every categorical cell
 * and are either within a small radius in standardised numeric space or, for rows with free
 * text, have highly similar text. Groups are the connected components of these relations.
 */
import type { Table } from '../../../ml/index.js';
import { cellText, foldText, profileColumns, rankSuspects, requireColumns, type ColumnProfile, type Suspect } from '../_table/index.js';
import { searchNearPairs } from './near-search.js';
import { duplicateDefaults, type DuplicateOptions } from './options.js';
import { buildRowSpace } from './row-space.js';
import { UnionFind } from './union-find.js';

/** A set of rows that duplicate each other. */
export interface DuplicateGroup {
  /** `exact` when every row is identical after normalisation, else `near`. */
  readonly kind: 'exact' | 'near';
  /** Data rows (0-based), ascending. */
  readonly rows: readonly number[];
  /** Lowest similarity of the pairs that joined the group (1 for exact groups). */
  readonly similarity: number;
  /** Distinct labels in the group (folded), when a label column is given. */
  readonly labels?: readonly string[];
  readonly conflictingLabels: boolean;
}

/** A column the comparison left out, and why. */
export interface IgnoredColumn {
  readonly name: string;
  readonly reason: 'label' | 'ignored' | 'identifier' | 'empty';
}

/** What {@link findDuplicates} found. */
export interface DuplicateReport {
  readonly rows: number;
  readonly columns: { readonly compared: readonly string[]; readonly ignored: readonly IgnoredColumn[] };
  /** Largest groups first. */
  readonly groups: readonly DuplicateGroup[];
  readonly exactGroups: number;
  readonly nearGroups: number;
  readonly conflictingGroups: number;
  /** Rows that repeat an earlier row of their group (every group row but its first). */
  readonly duplicateRows: number;
  /** Every row that belongs to a group, ascending. */
  readonly flaggedRows: readonly number[];
  readonly near: { readonly medianNearestDistance?: number; readonly radius?: number; readonly textSimilarity: number; readonly comparisons: number };
  /** Rows ranked for review: conflicting labels first, then exact, then near duplicates. */
  readonly suspects: readonly Suspect[];
  /** Set when the search stopped early; the groups found are still correct. */
  readonly incomplete?: string;
}

/** Split the table's columns into compared ones and ignored ones. */
export function comparedColumns(table: Table, options: DuplicateOptions): { compared: ColumnProfile[]; ignored: IgnoredColumn[] } {
  requireColumns(table, [options.labelColumn, ...(options.ignoreColumns ?? []), ...(options.textColumns ?? [])], 'column');
  const ignore = new Set(options.ignoreColumns ?? []);
  const ignored: IgnoredColumn[] = [];
  if (options.labelColumn !== undefined) ignored.push({ name: options.labelColumn, reason: 'label' });
  for (const name of ignore) if (name !== options.labelColumn) ignored.push({ name, reason: 'ignored' });
  const profiles = profileColumns(table, { exclude: ignored.map((c) => c.name), text: options.textColumns });
  const compared: ColumnProfile[] = [];
  for (const p of profiles) {
    if (p.kind === 'identifier' || p.kind === 'empty') ignored.push({ name: p.name, reason: p.kind });
    else compared.push(p);
  }
  return { compared, ignored };
}

function labelsOf(table: Table, labelColumn: string | undefined): (string | null)[] | undefined {
  if (labelColumn === undefined) return undefined;
  const at = table.columns.indexOf(labelColumn);
  return table.rows.map((row) => {
    const t = cellText(row[at]);
    return t === null ? null : foldText(t);
  });
}

function suspectsOf(groups: readonly DuplicateGroup[], exactKeys: readonly string[], labels: (string | null)[] | undefined): Suspect[] {
  const out: Suspect[] = [];
  for (const g of groups) {
    const [first, ...rest] = g.rows;
    for (const r of rest) out.push({ row: r, score: exactKeys[r] === exactKeys[first!] ? 0.7 : 0.6, signals: [exactKeys[r] === exactKeys[first!] ? 'exact-duplicate' : 'near-duplicate'] });
    if (!g.conflictingLabels || !labels) continue;
    // The minority label in a group is the likelier mistake (or flip).
    const counts = new Map<string | null, number>();
    for (const r of g.rows) counts.set(labels[r]!, (counts.get(labels[r]!) ?? 0) + 1);
    const top = Math.max(...counts.values());
    for (const r of g.rows) out.push({ row: r, score: counts.get(labels[r]!)! < top ? 1 : 0.8, signals: ['conflicting-labels'] });
  }
  return rankSuspects(out);
}

/**
 * Find exact and near duplicates in a table, and duplicates with conflicting labels.
 *
 * @example
 * const report = findDuplicates(table, { labelColumn: 'label' });
 * report.conflictingGroups; // groups of identical rows labelled differently
 */
export function findDuplicates(table: Table, options: DuplicateOptions = {}): DuplicateReport {
  const settings = { ...duplicateDefaults, ...options };
  const { compared, ignored } = comparedColumns(table, options);
  const space = buildRowSpace(table, compared);
  // Rows with nothing to compare are not duplicates of each other.
  const n = compared.length > 0 ? table.rows.length : 0;
  const sets = new UnionFind(n);
  const firstOfKey = new Map<string, number>();
  const representatives: number[] = [];
  for (let r = 0; r < n; r++) {
    const first = firstOfKey.get(space.exactKeys[r]!);
    if (first === undefined) {
      firstOfKey.set(space.exactKeys[r]!, r);
      representatives.push(r);
    } else sets.union(first, r);
  }
  const search = settings.near && compared.length > 0 ? searchNearPairs(space, representatives, settings) : { pairs: [], comparisons: 0 };
  for (const p of search.pairs) sets.union(p.a, p.b);
  const lowestSimilarity = new Map<number, number>();
  for (const p of search.pairs) {
    const root = sets.find(p.a);
    lowestSimilarity.set(root, Math.min(lowestSimilarity.get(root) ?? 1, p.similarity));
  }
  const members = new Map<number, number[]>();
  for (let r = 0; r < n; r++) {
    const root = sets.find(r);
    const list = members.get(root);
    if (list) list.push(r);
    else members.set(root, [r]);
  }
  const labels = labelsOf(table, options.labelColumn);
  const groups: DuplicateGroup[] = [];
  for (const [root, rows] of members) {
    if (rows.length < 2) continue;
    const exact = rows.every((r) => space.exactKeys[r] === space.exactKeys[rows[0]!]);
    const similarity = exact ? 1 : (lowestSimilarity.get(root) ?? 1);
    const distinct = labels ? [...new Set(rows.map((r) => labels[r]).filter((l): l is string => l !== null))].sort() : undefined;
    groups.push({ kind: exact ? 'exact' : 'near', rows, similarity, ...(distinct ? { labels: distinct } : {}), conflictingLabels: (distinct?.length ?? 0) > 1 });
  }
  groups.sort((a, b) => b.rows.length - a.rows.length || a.rows[0]! - b.rows[0]!);
  return {
    rows: table.rows.length,
    columns: { compared: compared.map((c) => c.name), ignored },
    groups,
    exactGroups: groups.filter((g) => g.kind === 'exact').length,
    nearGroups: groups.filter((g) => g.kind === 'near').length,
    conflictingGroups: groups.filter((g) => g.conflictingLabels).length,
    duplicateRows: groups.reduce((s, g) => s + g.rows.length - 1, 0),
    flaggedRows: groups.flatMap((g) => g.rows).sort((a, b) => a - b),
    near: { medianNearestDistance: 'medianNearestDistance' in search ? search.medianNearestDistance : undefined, radius: 'radius' in search ? search.radius : undefined, textSimilarity: settings.textSimilarity, comparisons: search.comparisons },
    suspects: suspectsOf(groups, space.exactKeys, labels),
    ...('incomplete' in search && search.incomplete ? { incomplete: search.incomplete } : {}),
  };
}
