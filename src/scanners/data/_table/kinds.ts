/**
 * What each column of a table holds, decided from its values: numbers, categories, free
 * text, row identifiers, or nothing. The data checks treat each kind differently.
 */
import { AisecError } from '../../../core/errors.js';
import { didYouMean } from '../../../core/suggest.js';
import type { Table } from '../../../ml/index.js';
import { cellNumber, cellText } from './cells.js';

/** The kind of values a column holds. */
export type ColumnKind = 'numeric' | 'categorical' | 'text' | 'identifier' | 'empty';

/** One column's profile. */
export interface ColumnProfile {
  readonly name: string;
  /** Position in `table.columns`. */
  readonly index: number;
  readonly kind: ColumnKind;
  /** Non-empty cells. */
  readonly present: number;
  /** Distinct non-empty values (as trimmed text). */
  readonly distinct: number;
}

/** Options of {@link profileColumns}. */
export interface ProfileOptions {
  /** Columns left out entirely (e.g. the label). */
  readonly exclude?: readonly string[];
  /** Columns to treat as free text whatever their values. */
  readonly text?: readonly string[];
  /** Columns to treat as categories whatever their values. */
  readonly categorical?: readonly string[];
}

/** Share of non-empty cells that must be numbers for a numeric column. */
const numericShare = 0.95;

/** A number, including NaN and ±Infinity (as numbers or as text): they belong to numeric columns. */
function numberLike(cell: Parameters<typeof cellNumber>[0]): boolean {
  if (typeof cell === 'number' || typeof cell === 'boolean') return true;
  if (typeof cell !== 'string') return false;
  const t = cell.trim();
  return t !== '' && (!Number.isNaN(cellNumber(t)) || /^[+-]?(nan|inf|infinity)$/i.test(t));
}

function kindOf(values: readonly (string | null)[], numbers: number, present: number, distinct: Set<string>): ColumnKind {
  if (present === 0) return 'empty';
  if (numbers >= numericShare * present) {
    // Distinct consecutive whole numbers, one per row: a row counter, not a measurement.
    if (distinct.size === present && present > 2) {
      let min = Infinity;
      let max = -Infinity;
      let whole = true;
      for (const v of values) {
        if (v === null) continue;
        const n = Number(v);
        if (!Number.isFinite(n)) whole = false;
        if (!Number.isInteger(n)) whole = false;
        if (n < min) min = n;
        if (n > max) max = n;
      }
      if (whole && max - min === present - 1) return 'identifier';
    }
    return 'numeric';
  }
  let words = 0;
  for (const v of values) if (v !== null) words += v.split(/\s+/u).length;
  const manyValues = distinct.size > 50 || distinct.size > 0.2 * present;
  if (words / present >= 3 && manyValues) return 'text';
  // Short values, all different: keys, hashes, e-mail addresses used as ids.
  if (distinct.size === present && present > 20) return 'identifier';
  return 'categorical';
}

/** Check that every named column exists; the message names the closest column. */
export function requireColumns(table: Table, names: readonly (string | undefined)[], what: string): void {
  for (const name of names) {
    if (name === undefined || table.columns.includes(name)) continue;
    const hint = didYouMean(name, table.columns);
    throw new AisecError('ERR_DATA_COLUMN', `The ${what} "${name}" is not a column of the data.${hint ? ` Did you mean "${hint}"?` : ''} Columns: ${table.columns.slice(0, 20).join(', ')}${table.columns.length > 20 ? ', …' : ''}.`);
  }
}

/**
 * Profile every column (except `exclude`): numeric when at least 95% of its values are
 * numbers; an identifier when its values are all distinct consecutive integers or all distinct
 * short strings; free text when values average three or more words and vary a lot;
 * categorical otherwise; empty when it has no values.
 */
export function profileColumns(table: Table, options: ProfileOptions = {}): ColumnProfile[] {
  requireColumns(table, [...(options.exclude ?? []), ...(options.text ?? []), ...(options.categorical ?? [])], 'column');
  const exclude = new Set(options.exclude ?? []);
  const text = new Set(options.text ?? []);
  const categorical = new Set(options.categorical ?? []);
  const out: ColumnProfile[] = [];
  table.columns.forEach((name, index) => {
    if (exclude.has(name)) return;
    const values: (string | null)[] = [];
    const distinct = new Set<string>();
    let numbers = 0;
    for (const row of table.rows) {
      const cell = row[index];
      const t = cellText(cell);
      values.push(t);
      if (t === null) continue;
      distinct.add(t);
      if (numberLike(cell)) numbers++;
    }
    const present = values.length - values.filter((v) => v === null).length;
    let kind = kindOf(values, numbers, present, distinct);
    if (present > 0 && text.has(name)) kind = 'text';
    if (present > 0 && categorical.has(name)) kind = 'categorical';
    out.push({ name, index, kind, present, distinct: distinct.size });
  });
  return out;
}
