/**
 * Which cells a check surely lets through, so that a column's checks can skip the common
 * case together: a number within bounds passes a range, a type and a not-null check alike.
 * A condition is sufficient, never necessary: a cell that misses it is handed to every check,
 * which decides as it always does.
 */
import type { Cell } from '../../../ml/index.js';

/** Cells that surely pass one check and change nothing in it (no count, no memory). */
export interface PassCondition {
  /** Lowest and highest value that surely pass (NaN never does). */
  readonly min: number;
  readonly max: number;
  /** Only integers surely pass. */
  readonly integer: boolean;
  /** Only these values surely pass (absent: any value within the bounds). */
  readonly values?: ReadonlySet<number>;
  /**
   * Whether a plain decimal text (an integer text when `integer`) whose value meets the
   * conditions also surely passes. False when the check looks at the text itself.
   */
  readonly text: boolean;
}

/** Every number and decimal text passes (not-null, null-rate, a string column's type). */
export const anyNumber: PassCondition = { min: -Infinity, max: Infinity, integer: false, text: true };

/** Numbers within [min, max] pass, and so do decimal texts of such values. */
export function within(min: number, max: number): PassCondition {
  return { min, max, integer: false, text: true };
}

/**
 * The numbers whose text is one of `texts`: a number cell `n` with `String(n)` in a set of
 * texts is exactly a number in this set.
 */
export function numbersNamedIn(texts: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  for (const text of texts) {
    const n = Number(text);
    if (text !== '' && String(n) === text) out.add(n);
  }
  return out;
}

/** The test of a column: whether a cell surely passes every check that has a condition. */
export type SurePass = (cell: Cell) => boolean;

/** A test that no cell meets. */
const never: SurePass = () => false;

/**
 * The test for cells meeting every condition at once, or a test that nothing meets when
 * there are no conditions (then every check must see every cell anyway).
 */
export function surePass(conditions: readonly PassCondition[]): SurePass {
  if (conditions.length === 0) return never;
  let min = -Infinity;
  let max = Infinity;
  let integer = false;
  let text = true;
  let values: Set<number> | undefined;
  for (const c of conditions) {
    min = Math.max(min, c.min);
    max = Math.min(max, c.max);
    integer ||= c.integer;
    text &&= c.text;
    if (c.values) values = values ? new Set([...values].filter((v) => c.values!.has(v))) : new Set(c.values);
  }
  if (!(min <= max) || values?.size === 0) return never;
  const inRange = (n: number): boolean => n >= min && n <= max;
  const numberOk: (n: number) => boolean =
    values !== undefined ? (integer ? (n) => values.has(n) && inRange(n) && Number.isInteger(n) : (n) => values.has(n) && inRange(n)) : integer ? (n) => inRange(n) && Number.isInteger(n) : inRange;
  if (!text) return (cell) => typeof cell === 'number' && numberOk(cell);
  return (cell) => {
    if (typeof cell === 'number') return numberOk(cell);
    if (typeof cell !== 'string') return false;
    const n = plainDecimal(cell, integer);
    return n === n && numberOk(n);
  };
}

/**
 * The value of a decimal text (`-12`, `+3.5`, `.5`, `7.`, `5.00E+05`; with `integerOnly`,
 * digits and a sign only), or NaN for anything else. Exactly the texts the type checks read
 * as numbers (as integers when `integerOnly`), scanned without a regular expression.
 */
export function plainDecimal(text: string, integerOnly: boolean): number {
  const n = text.length;
  let i = 0;
  let c = n > 0 ? text.charCodeAt(0) : 0;
  if (c === 0x2b || c === 0x2d) c = ++i < n ? text.charCodeAt(i) : 0;
  let digits = 0;
  while (c >= 0x30 && c <= 0x39) {
    digits++;
    c = ++i < n ? text.charCodeAt(i) : 0;
  }
  if (integerOnly) return i === n && digits > 0 ? Number(text) : Number.NaN;
  if (c === 0x2e) {
    c = ++i < n ? text.charCodeAt(i) : 0;
    while (c >= 0x30 && c <= 0x39) {
      digits++;
      c = ++i < n ? text.charCodeAt(i) : 0;
    }
  }
  if (digits > 0 && (c === 0x65 || c === 0x45)) {
    c = ++i < n ? text.charCodeAt(i) : 0;
    if (c === 0x2b || c === 0x2d) c = ++i < n ? text.charCodeAt(i) : 0;
    let exponent = 0;
    while (c >= 0x30 && c <= 0x39) {
      exponent++;
      c = ++i < n ? text.charCodeAt(i) : 0;
    }
    if (exponent === 0) return Number.NaN;
  }
  return i === n && digits > 0 ? Number(text) : Number.NaN;
}
