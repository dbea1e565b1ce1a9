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

/** Every condition of a column's checks at once. */
export interface SurePass {
  /** False when no cell surely passes (no conditions, or conditions no value meets). */
  readonly any: boolean;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly values: ReadonlySet<number> | undefined;
  readonly text: boolean;
}

/** The conjunction of conditions; nothing surely passes when there are none (every check must then see every cell). */
export function surePass(conditions: readonly PassCondition[]): SurePass {
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
  const any = conditions.length > 0 && min <= max && values?.size !== 0;
  return { any, min, max, integer, values, text };
}

/** Whether a cell meets every condition: it then passes every check that has one, unchanged. */
export function surelyPasses(pass: SurePass, cell: Cell): boolean {
  let n: number;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string' && pass.text) n = plainDecimal(cell, pass.integer);
  else return false;
  return pass.any && n >= pass.min && n <= pass.max && (!pass.integer || Number.isInteger(n)) && (pass.values === undefined || pass.values.has(n));
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
