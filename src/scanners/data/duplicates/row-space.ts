/**
 * Rows as comparable objects: an exact key per row (every feature cell normalised), a key of
 * the categorical cells (near duplicates must agree on these), a standardised numeric vector,
 * and the character shingles of the free-text cells.
 */
import { createHash } from 'node:crypto';
import type { Table } from '../../../ml/index.js';
import { cellNumber, cellText, foldText, MISSING, normalisedCell, type ColumnProfile } from '../_table/index.js';
import { hashString } from './hashing.js';

/** The comparable form of every row of a table. */
export interface RowSpace {
  readonly size: number;
  /** Equal keys ⇔ equal rows after normalisation. */
  readonly exactKeys: readonly string[];
  /** Categorical cells and which numeric cells are empty. */
  readonly groupKeys: readonly string[];
  /** Numeric dimensions (standardised numeric columns that vary). */
  readonly dims: number;
  /** Row-major size × dims; empty cells read as the column mean (0). */
  readonly vectors: Float64Array;
  /** Sorted distinct shingle hashes of the text cells per row; null when a row has no text. */
  readonly shingles: readonly (Uint32Array | null)[] | null;
  /** The folded text of rows whose text is short (at most {@link shortTextLength} characters). */
  readonly shortTexts: readonly (string | null)[] | null;
}

/** Length of the character shingles of text cells. */
export const shingleLength = 4;
/**
 * Texts up to this length are also compared by edit distance: one typo changes a large share
 * of a short text's shingles, so shingles alone would miss near copies of short messages.
 */
export const shortTextLength = 40;
const fieldSeparator = '\u001f';

function compactKey(key: string): string {
  // Long keys are hashed to keep memory bounded; SHA-256 collisions are not a practical concern.
  return key.length <= 64 ? key : `#${createHash('sha256').update(key).digest('base64')}`;
}

/** Character shingles of a text as sorted distinct 32-bit hashes (null for empty text). */
export function shinglesOf(text: string | null): Uint32Array | null {
  if (text === null) return null;
  const folded = foldText(text);
  if (folded === '') return null;
  const set = new Set<number>();
  if (folded.length <= shingleLength) set.add(hashString(folded));
  else for (let i = 0; i + shingleLength <= folded.length; i++) set.add(hashString(folded.slice(i, i + shingleLength)));
  return Uint32Array.from(set).sort();
}

/** Jaccard similarity of two sorted distinct hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 1 : common / union;
}

/** Mean and standard deviation (ddof 0) of a numeric column's values, skipping empty cells. */
function columnScale(table: Table, index: number): { mean: number; std: number } {
  let sum = 0;
  let n = 0;
  for (const row of table.rows) {
    const v = cellNumber(row[index]);
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  }
  const mean = n ? sum / n : 0;
  let ss = 0;
  for (const row of table.rows) {
    const v = cellNumber(row[index]);
    if (!Number.isNaN(v)) ss += (v - mean) ** 2;
  }
  return { mean, std: n ? Math.sqrt(ss / n) : 0 };
}

/**
 * Build the row space of a table over the given feature columns (identifiers and empty columns
 * should already be left out). Constant numeric columns add nothing to distances and are
 * dropped from the vectors (they still count in the exact key).
 */
export function buildRowSpace(table: Table, columns: readonly ColumnProfile[]): RowSpace {
  const numeric = columns.filter((c) => c.kind === 'numeric');
  const categorical = columns.filter((c) => c.kind === 'categorical');
  const text = columns.filter((c) => c.kind === 'text');
  const scales = numeric.map((c) => ({ column: c, ...columnScale(table, c.index) })).filter((s) => s.std > 0);
  const dims = scales.length;
  const n = table.rows.length;
  const vectors = new Float64Array(n * dims);
  const exactKeys: string[] = [];
  const groupKeys: string[] = [];
  const shingles: (Uint32Array | null)[] | null = text.length ? [] : null;
  const shortTexts: (string | null)[] | null = text.length ? [] : null;
  for (let r = 0; r < n; r++) {
    const row = table.rows[r]!;
    exactKeys.push(compactKey(columns.map((c) => normalisedCell(row[c.index], c.kind === 'numeric')).join(fieldSeparator)));
    const group = categorical.map((c) => normalisedCell(row[c.index], false));
    for (let d = 0; d < dims; d++) {
      const s = scales[d]!;
      const v = cellNumber(row[s.column.index]);
      // What stands in a numeric cell without a finite value (empty, NaN, Infinity, text) is part of the group key.
      if (Number.isNaN(v)) group.push(`${d}${MISSING}${normalisedCell(row[s.column.index], true)}`);
      vectors[r * dims + d] = Number.isNaN(v) ? 0 : (v - s.mean) / s.std;
    }
    groupKeys.push(compactKey(group.join(fieldSeparator)));
    if (shingles && shortTexts) {
      const joined = text.map((c) => cellText(row[c.index]) ?? '').join(' \n ');
      shingles.push(shinglesOf(joined.trim() === '' ? null : joined));
      const folded = foldText(joined);
      shortTexts.push(folded !== '' && folded.length <= shortTextLength ? folded : null);
    }
  }
  return { size: n, exactKeys, groupKeys, dims, vectors, shingles, shortTexts };
}

/** Squared Euclidean distance between two rows of a row space. */
export function squaredDistance(space: RowSpace, i: number, j: number): number {
  let sum = 0;
  const { dims, vectors } = space;
  for (let d = 0; d < dims; d++) {
    const diff = vectors[i * dims + d]! - vectors[j * dims + d]!;
    sum += diff * diff;
  }
  return sum;
}
