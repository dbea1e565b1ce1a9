/**
 * Text backdoor triggers: tokens and short phrases whose rows nearly all carry one label
 * although, with the phrase taken out, their text looks like another label.
 *
 * A backdoor trigger is planted by adding a rare string to texts of one class and relabelling
 * them as another (BadNets-style poisoning for text). Counting the label purity of a token
 * is not enough: the target label is usually the majority, so purity alone is never
 * significant. The test here asks whether the rows carrying an n-gram would be predicted as
 * their label by a model that never saw them: for each candidate, multinomial naive Bayes is
 * refitted without the rows carrying it (by subtracting their counts), each of those rows is
 * predicted with the n-gram's tokens removed, and the number predicted as another label is
 * compared with the leave-one-out error rate of that label by a one-sided binomial test,
 * Bonferroni-corrected over all candidates.
 */
import { AisecError } from '../../../core/errors.js';
import type { Table } from '../../../ml/index.js';
import { logBinomialSf } from '../../../stats/index.js';
import { profileColumns, rankSuspects, requireColumns, type Suspect } from '../_table/index.js';
import { buildCorpus, ngramRows, type Corpus } from './corpus.js';
import { fitCounts, predict, removalOf, type Doc, type NaiveBayesCounts } from './naive-bayes.js';
import { triggerDefaults, type TriggerOptions } from './options.js';

/** One tested n-gram. */
export interface TriggerCandidate {
  /** The n-gram (longest of those that appear in exactly the same rows). */
  readonly pattern: string;
  /** Other n-grams with exactly the same rows. */
  readonly aliases: readonly string[];
  /** The label nearly all its rows carry. */
  readonly label: string;
  /** Rows carrying the pattern. */
  readonly support: number;
  /** Share of those rows with `label`. */
  readonly purity: number;
  /** Rows with `label` that a model without the pattern predicts as another label. */
  readonly conflicts: number;
  /** conflicts / rows with `label`. */
  readonly conflictShare: number;
  /**
   * Distinct messages among the rows with `label` (rows whose other tokens overlap by half or
   * more count once) and how many of them conflict: copies of one template are one piece of
   * evidence, not many. The p-value is computed on these.
   */
  readonly distinct: number;
  readonly distinctConflicts: number;
  /** How often rows of `label` are predicted as another label anyway (leave-one-out). */
  readonly baseRate: number;
  /** log10 of the binomial p-value before correction. */
  readonly log10p: number;
  /** Bonferroni-corrected p-value. */
  readonly pAdjusted: number;
  readonly flagged: boolean;
  /** Rows carrying the pattern with `label` (0-based data rows, ascending). */
  readonly rows: readonly number[];
  /** Those of `rows` predicted as another label. */
  readonly conflictRows: readonly number[];
  /** Estimated share of `rows` that were planted (a two-part mixture, see {@link poisonedRows}). */
  readonly plantedShare: number;
  /** Rows whose posterior probability of being planted is at least 1/3: the rows to review or drop. */
  readonly poisonedRows: readonly number[];
}

/** What {@link findTextTriggers} found. */
export interface TriggerReport {
  readonly textColumn: string;
  readonly labelColumn: string;
  readonly rows: number;
  /** Rows with both text and label. */
  readonly analysedRows: number;
  readonly labels: readonly { readonly label: string; readonly rows: number; readonly baseRate: number }[];
  /** n-grams tested (after merging those with identical rows); the Bonferroni factor. */
  readonly tested: number;
  /** Flagged triggers, most significant first; n-grams contained in a stronger trigger's rows are folded into it. */
  readonly triggers: readonly TriggerCandidate[];
  /** The most significant tested n-grams, flagged or not. */
  readonly ranked: readonly TriggerCandidate[];
  /** Rows carrying a flagged trigger, ranked by the trigger's significance. */
  readonly suspects: readonly Suspect[];
  readonly incomplete?: string;
}

function pickTextColumn(table: Table, options: TriggerOptions): string {
  if (options.textColumn) return options.textColumn;
  const text = profileColumns(table, { exclude: [options.labelColumn] }).find((c) => c.kind === 'text');
  if (!text) throw new AisecError('ERR_DATA_COLUMN', 'No free-text column was found for the trigger search: name one with the textColumn option (--text).');
  return text.name;
}

/** Leave-one-out error rate of naive Bayes per label, smoothed so it is never 0. */
function baseRates(model: NaiveBayesCounts, docs: readonly (Doc | null)[], classes: number): Float64Array {
  const errors = new Float64Array(classes);
  const totals = new Float64Array(classes);
  for (const d of docs) {
    if (!d) continue;
    totals[d.label]!++;
    if (predict(model, d, removalOf([d], classes)) !== d.label) errors[d.label]!++;
  }
  return errors.map((e, k) => (e + 1) / (totals[k]! + 2));
}

interface Group {
  patterns: string[];
  rows: number[];
}

/** Merge n-grams carried by exactly the same rows; the longest names the group. */
function groupByRows(rows: Map<string, number[]>): Group[] {
  const groups = new Map<string, Group>();
  for (const [gram, list] of rows) {
    const key = list.join(',');
    const g = groups.get(key);
    if (g) g.patterns.push(gram);
    else groups.set(key, { patterns: [gram], rows: list });
  }
  const words = (p: string) => p.split(' ').length;
  for (const g of groups.values()) g.patterns.sort((a, b) => words(b) - words(a) || b.length - a.length || (a < b ? -1 : 1));
  return [...groups.values()];
}

/** Token-set Jaccard similarity. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 1 : common / union;
}

/**
 * Cluster rows whose tokens (other than the pattern's) overlap by at least half, leader
 * style in row order, and count the clusters and those where most rows conflict.
 */
function distinctMessages(rows: readonly number[], conflicting: ReadonlySet<number>, corpus: Corpus, skip: ReadonlySet<string>): { distinct: number; conflicts: number } {
  const leaders: { tokens: Set<string>; rows: number; conflicts: number }[] = [];
  for (const r of rows) {
    const tokens = new Set(corpus.tokens[r]!.filter((t) => !skip.has(t)));
    const home = leaders.find((l) => overlap(l.tokens, tokens) >= 0.5);
    if (home) {
      home.rows++;
      if (conflicting.has(r)) home.conflicts++;
    } else leaders.push({ tokens, rows: 1, conflicts: conflicting.has(r) ? 1 : 0 });
  }
  return { distinct: leaders.length, conflicts: leaders.filter((l) => l.conflicts * 2 >= l.rows).length };
}

/**
 * Which rows carrying a pattern were planted. The rows are a mixture: natural rows of the
 * label, which a model predicts as another label at the label's base rate b, and planted rows
 * (really of another label), which it fails to predict as another label at that label's base
 * rate e. The planted share π follows from the observed conflict share s = π(1 − e) + (1 − π)b;
 * each row then gets its posterior probability of being planted, given whether it conflicts.
 * A pattern whose rows nearly all conflict keeps even its quiet rows (the pattern is the
 * anomaly); a pattern with many natural rows keeps only its conflicting ones. Rows are kept
 * from a posterior of 1/3: a planted row left in the data keeps the backdoor alive, while a
 * clean row listed costs a look, so a miss is weighed as twice a false alarm.
 */
export function poisonedRows(rows: readonly number[], conflicting: ReadonlySet<number>, b: number, e: number): { share: number; rows: number[] } {
  if (rows.length === 0) return { share: 0, rows: [] };
  const s = rows.filter((r) => conflicting.has(r)).length / rows.length;
  const spread = 1 - e - b;
  const share = spread > 0 ? Math.min(1, Math.max(0, (s - b) / spread)) : s;
  const loud = (share * (1 - e)) / (share * (1 - e) + (1 - share) * b || 1);
  const quiet = (share * e) / (share * e + (1 - share) * (1 - b) || 1);
  return { share, rows: rows.filter((r) => (conflicting.has(r) ? loud : quiet) >= 1 / 3) };
}

/** Distinct labels at most, and label × token counts at most (memory of the model). */
const maxClasses = 100;
const maxCounts = 50_000_000;

/** Rows of one pattern at most that are clustered into distinct messages (bounds the quadratic step). */
const maxClusteredRows = 2000;

function testGroup(group: Group, corpus: Corpus, model: NaiveBayesCounts, rates: Float64Array, options: Required<Omit<TriggerOptions, 'textColumn' | 'labelColumn'>>, tests: number): Omit<TriggerCandidate, 'pAdjusted' | 'flagged'> | undefined {
  const classes = corpus.labels.length;
  const perLabel = new Float64Array(classes);
  for (const r of group.rows) perLabel[corpus.docs[r]!.label]!++;
  let label = 0;
  for (let k = 1; k < classes; k++) if (perLabel[k]! > perLabel[label]!) label = k;
  const purity = perLabel[label]! / group.rows.length;
  if (purity < options.minPurity) return undefined;
  const removal = removalOf(group.rows.map((r) => corpus.docs[r]!), classes);
  const skipTokens = new Set(group.patterns.flatMap((p) => p.split(' ')));
  const skip = new Set([...skipTokens].map((tok) => corpus.tokenIds.get(tok)!));
  const rows = group.rows.filter((r) => corpus.docs[r]!.label === label);
  const conflictRows = rows.filter((r) => predict(model, corpus.docs[r]!, removal, skip) !== label);
  const rate = rates[label]!;
  const otherRates = [...rates].filter((_, k) => k !== label);
  const missRate = otherRates.reduce((a, v) => a + v, 0) / Math.max(otherRates.length, 1);
  const planted = poisonedRows(rows, new Set(conflictRows), rate, missRate);
  let distinct = rows.length;
  let distinctConflicts = conflictRows.length;
  let log10p = logBinomialSf(distinctConflicts, distinct, rate) / Math.LN10;
  // Only a pattern that would count as significant is worth the quadratic clustering step.
  if (log10p + Math.log10(tests) < Math.log10(options.alpha) && rows.length <= maxClusteredRows) {
    const d = distinctMessages(rows, new Set(conflictRows), corpus, skipTokens);
    distinct = d.distinct;
    distinctConflicts = d.conflicts;
    log10p = logBinomialSf(distinctConflicts, distinct, rate) / Math.LN10;
  }
  return {
    pattern: group.patterns[0]!,
    aliases: group.patterns.slice(1),
    label: corpus.labels[label]!,
    support: group.rows.length,
    purity,
    conflicts: conflictRows.length,
    conflictShare: rows.length ? conflictRows.length / rows.length : 0,
    distinct,
    distinctConflicts,
    baseRate: rate,
    log10p,
    rows,
    conflictRows,
    plantedShare: planted.share,
    poisonedRows: planted.rows,
  };
}

/** Fold flagged n-grams whose rows lie inside a stronger trigger's rows and share a token with it. */
function foldContained(flagged: TriggerCandidate[]): TriggerCandidate[] {
  const kept: TriggerCandidate[] = [];
  for (const c of flagged) {
    const tokens = new Set(c.pattern.split(' '));
    const inside = kept.some((k) => {
      const rows = new Set(k.rows);
      return c.rows.every((r) => rows.has(r)) && k.pattern.split(' ').some((t) => tokens.has(t));
    });
    if (!inside) kept.push(c);
  }
  return kept;
}

/**
 * Search a labelled text column for backdoor triggers.
 *
 * @example
 * const report = findTextTriggers(sms, { labelColumn: 'label', textColumn: 'text' });
 * report.triggers[0]; // { pattern: 'cf', label: 'ham', conflicts: 14, rows: [...] }
 */
export function findTextTriggers(table: Table, options: TriggerOptions): TriggerReport {
  const o = { ...triggerDefaults, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as Required<TriggerOptions>;
  requireColumns(table, [options.labelColumn, options.textColumn], options.textColumn ? 'text or label column' : 'label column');
  const textColumn = pickTextColumn(table, options);
  const corpus = buildCorpus(table, textColumn, options.labelColumn);
  const docs = corpus.docs.filter((d): d is Doc => d !== null);
  // A label with hundreds of values is not a class label (an id, a free-text field): the counts would not fit.
  if (corpus.labels.length > maxClasses || corpus.labels.length * corpus.tokenIds.size > maxCounts) {
    return { textColumn, labelColumn: options.labelColumn, rows: table.rows.length, analysedRows: docs.length, labels: [], tested: 0, triggers: [], ranked: [], suspects: [], incomplete: `The label column has ${corpus.labels.length} distinct values and the text ${corpus.tokenIds.size} distinct tokens: too many to test (at most ${maxClasses} labels and ${maxCounts} label-token counts).` };
  }
  const classes = corpus.labels.length;
  const model = fitCounts(docs, classes, corpus.tokenIds.size);
  const rates = classes > 1 ? baseRates(model, corpus.docs, classes) : new Float64Array(classes);
  const stats = ngramRows(corpus, o.maxN, o.minSupport, o.maxNgrams);
  const groups = classes > 1 ? groupByRows(stats.rows) : [];
  const m = Math.max(groups.length, 1);
  const tested = groups.map((g) => testGroup(g, corpus, model, rates, o, m)).filter((c) => c !== undefined);
  const all: TriggerCandidate[] = tested
    .map((c) => {
      const pAdjusted = Math.min(1, 10 ** c.log10p * m);
      return { ...c, pAdjusted, flagged: pAdjusted < o.alpha && c.conflictShare >= o.minConflictShare };
    })
    .sort((a, b) => a.log10p - b.log10p || b.conflicts - a.conflicts || b.support - a.support || (a.pattern < b.pattern ? -1 : 1));
  const triggers = foldContained(all.filter((c) => c.flagged));
  // Likely planted rows rank above rows that merely carry the pattern.
  const suspects = rankSuspects(
    triggers.flatMap((t, i) => {
      const top = 1 - i / (triggers.length + 1);
      const planted = new Set(t.poisonedRows);
      return t.rows.map((row) => ({ row, score: planted.has(row) ? top : top / 2, signals: [`text-trigger:${t.pattern}`] }));
    }),
  );
  const counts = corpus.labels.map((label, k) => ({ label, rows: docs.filter((d) => d.label === k).length, baseRate: rates[k]! }));
  return {
    textColumn,
    labelColumn: options.labelColumn,
    rows: table.rows.length,
    analysedRows: docs.length,
    labels: counts,
    tested: groups.length,
    triggers,
    ranked: all.slice(0, o.keep),
    suspects,
    ...(stats.truncated ? { incomplete: `More than ${o.maxNgrams} distinct n-grams: the rest were not tested.` } : {}),
  };
}
