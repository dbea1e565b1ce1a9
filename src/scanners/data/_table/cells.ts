/**
 * Reading cells the same way in every data check of this folder: numbers from text,
 * trimmed text, and the normalised form used to compare rows.
 */
import type { Cell } from '../../../ml/index.js';

/** A cell as a finite number, or NaN (text is trimmed; booleans are 0 and 1). */
export function cellNumber(cell: Cell | undefined): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text === '') return Number.NaN;
    const n = Number(text);
    return Number.isFinite(n) ? n : Number.NaN;
  }
  return Number.NaN;
}

/** A cell as trimmed text, or null when it is empty or missing. */
export function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/**
 * Text folded for comparison: Unicode NFKC (so full-width and composed forms match), lower
 * case, runs of white space as one space, trimmed.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Marker of an empty cell inside a row key (cannot occur in folded text). */
export const MISSING = '\u0000';

/**
 * The normalised form of a cell for row comparison: numbers in canonical form (so `1`,
 * `1.0` and `01` match), other values folded, empty cells as {@link MISSING}.
 */
export function normalisedCell(cell: Cell | undefined, numeric: boolean): string {
  const text = cellText(cell);
  if (text === null) return MISSING;
  if (numeric) {
    const n = cellNumber(cell);
    if (!Number.isNaN(n)) return String(n === 0 ? 0 : n);
  }
  // NaN and Infinity compare as text, the same whether they came as numbers or as text.
  return foldText(text);
}
