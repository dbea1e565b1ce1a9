import type { Cell } from '../table.js';

/** How the feature encoder treats a column, decided from its values. */
export type ColumnTreatment =
  | { readonly kind: 'numeric' }
  | { readonly kind: 'categorical' }
  | { readonly kind: 'skipped'; readonly reason: 'empty' | 'constant' | 'identifier' | 'free text' };

/** Share of non-empty cells that must read as numbers for a column to be numeric. */
const NUMERIC_SHARE = 0.95;

/** A cell as a finite number, or NaN (text is trimmed; booleans are 0/1). */
export function cellNumber(cell: Cell | undefined): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text === '') return NaN;
    const n = Number(text);
    return Number.isFinite(n) ? n : NaN;
  }
  return NaN;
}

/** A cell as a category value (trimmed text), or null when empty. */
export function cellCategory(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/**
 * Decide how to encode one column from its cells: numeric when nearly every value is a number;
 * skipped when it is empty, constant, a row identifier (distinct consecutive integers, or
 * distinct text) or free text (more distinct values than half the rows); else categorical.
 * Identifiers are skipped because their distance between rows means nothing and would drown
 * the real features in a nearest-neighbour search.
 */
export function profileColumn(cells: readonly (Cell | undefined)[], maxCategories: number): ColumnTreatment {
  let present = 0;
  let numeric = 0;
  const distinct = new Set<string>();
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (const cell of cells) {
    const category = cellCategory(cell);
    if (category === null) continue;
    present++;
    distinct.add(category);
    const n = cellNumber(cell);
    if (Number.isNaN(n)) continue;
    numeric++;
    if (n < min) min = n;
    if (n > max) max = n;
    if (!Number.isInteger(n)) integers = false;
  }
  if (present === 0) return { kind: 'skipped', reason: 'empty' };
  if (distinct.size === 1) return { kind: 'skipped', reason: 'constant' };
  if (numeric >= NUMERIC_SHARE * present) {
    const allDistinct = distinct.size === present && present > 2;
    if (allDistinct && integers && max - min === present - 1) return { kind: 'skipped', reason: 'identifier' };
    return { kind: 'numeric' };
  }
  // Short values, all different (keys, hashes, e-mail addresses used as ids): an identifier.
  if (distinct.size === present && present > 20) return { kind: 'skipped', reason: 'identifier' };
  if (distinct.size > maxCategories && distinct.size > 0.5 * present) {
    return { kind: 'skipped', reason: distinct.size === present ? 'identifier' : 'free text' };
  }
  return { kind: 'categorical' };
}
