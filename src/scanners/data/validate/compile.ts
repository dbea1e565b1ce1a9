/**
 * Turning a dataset's declared columns and rules into checks bound to the columns of a file:
 * per-cell tests (type, null, range, set, pattern) and whole-column checks (unique,
 * null-rate, class-balance, row-count) that decide at the end.
 */
import type { DatasetColumn, DatasetRule, DatasetShape } from '../../../config/index.js';
import type { Cell } from '../../../ml/index.js';
import { cellNumber, typeTests } from './cell-tests.js';
import { anyNumber, numbersNamedIn, within, type PassCondition } from './pass-condition.js';
import { SeenValues } from './seen-values.js';
import { Tally, keptRows, type Violation } from './tally.js';

/** The parts of a `datasets[]` entry that validation reads. */
export interface DatasetRulesSpec {
  readonly schema?: DatasetShape | undefined;
  readonly rules?: readonly DatasetRule[] | undefined;
  readonly labelColumn?: string | undefined;
}

/** What a check is, for its report. */
interface CheckMeta {
  readonly rule: string;
  readonly source: 'rules' | 'schema';
  readonly index: number;
  readonly column: string | null;
  readonly message: string;
  readonly description?: string | undefined;
}

/** A check that looks at cells of one column and reports at the end. */
export interface ColumnCheck {
  readonly meta: CheckMeta;
  readonly column: string | null;
  observe(cell: Cell, row: number, line: number): void;
  /** Cells that surely pass this check and change nothing in it; null when it must see every cell. */
  readonly passes: PassCondition | null;
  /** The violation, if any, once `rows` data rows were seen; `incomplete` when a limit stopped the check. */
  finish(rows: number): { violation?: Violation; incomplete?: string };
}

/** Options of {@link compileChecks}. */
export interface CompileOptions {
  /** Distinct values a `unique` rule remembers (default 5 million); past it the rule is reported incomplete. */
  readonly maxUniqueValues?: number;
}

const maxRegexInput = 10_000;
const maxClasses = 10_000;

function violation(meta: CheckMeta, tally: Tally, message = meta.message): Violation {
  return {
    rule: meta.rule,
    source: meta.source,
    index: meta.index,
    column: meta.column,
    count: tally.count,
    rows: tally.rows,
    lines: tally.lines,
    samples: tally.samples,
    message,
    ...(meta.description ? { description: meta.description } : {}),
  };
}

/**
 * A check that flags each cell for which `bad` is true; `bad` is false for every cell meeting
 * `passes`. (The checks fed on every row are classes: their methods are the same functions
 * from one file to the next, so the code calling them stays optimised.)
 */
class CellCheck implements ColumnCheck {
  readonly column: string | null;
  private readonly tally = new Tally();

  constructor(
    readonly meta: CheckMeta,
    private readonly bad: (cell: Cell) => boolean,
    readonly passes: PassCondition | null,
  ) {
    this.column = meta.column;
  }

  observe(cell: Cell, row: number, line: number): void {
    if (this.bad(cell)) this.tally.add(row, line, cell);
  }

  finish(): { violation?: Violation } {
    const { tally, meta } = this;
    return tally.count > 0 ? { violation: violation(meta, tally, `${tally.count} value${tally.count === 1 ? '' : 's'}: ${meta.message}`) } : {};
  }
}

function cellCheck(meta: CheckMeta, bad: (cell: Cell) => boolean, passes: PassCondition | null): ColumnCheck {
  return new CellCheck(meta, bad, passes);
}

/** Whether a non-null cell is outside a closed set, and the cells surely inside it. */
function setTest(values: readonly (string | number)[], numeric: boolean): { outside: (cell: Cell) => boolean; inside: PassCondition } {
  if (numeric) {
    const set = new Set(values.map(Number));
    return { outside: (cell) => cell !== null && !set.has(cellNumber(cell)), inside: { ...anyNumber, values: set } };
  }
  const set = new Set(values.map(String));
  // A text is compared as it is written, so only number cells (whose text is String(n)) are surely inside.
  return { outside: (cell) => cell !== null && !set.has(String(cell)), inside: { ...anyNumber, values: numbersNamedIn(set), text: false } };
}

/** Cells that surely are of a declared type; null for dates, which no number is. */
const typePasses: Record<DatasetColumn['type'], PassCondition | null> = {
  integer: { ...anyNumber, integer: true },
  number: within(-Number.MAX_VALUE, Number.MAX_VALUE),
  string: anyNumber,
  boolean: { ...anyNumber, values: new Set([0, 1]), text: false },
  date: null,
  datetime: null,
};

function bounds(min: number | undefined, max: number | undefined): string {
  return min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
}

function columnChecks(column: DatasetColumn, index: number): ColumnCheck[] {
  const meta = (rule: string, message: string): CheckMeta => ({ rule, source: 'schema', index, column: column.name, message, description: column.description });
  const out: ColumnCheck[] = [];
  if (!column.nullable) out.push(cellCheck(meta('not-null', 'empty, but the column is declared not nullable'), (c) => c === null, anyNumber));
  const isType = typeTests[column.type];
  out.push(cellCheck(meta('type', `not of the declared type ${column.type}`), (c) => c !== null && !isType(c), typePasses[column.type]));
  if (column.min !== undefined || column.max !== undefined) {
    const { min = -Infinity, max = Infinity } = column;
    out.push(cellCheck(meta('range', `outside the declared range (${bounds(column.min, column.max)})`), (c) => c !== null && isType(c) && !(cellNumber(c) >= min && cellNumber(c) <= max), within(min, max)));
  }
  if (column.values) {
    const numeric = column.type === 'integer' || column.type === 'number';
    const { outside, inside } = setTest(column.values, numeric);
    out.push(cellCheck(meta('in-set', `not one of the declared values ${JSON.stringify(column.values.slice(0, 10))}${column.values.length > 10 ? '…' : ''}`), (c) => c !== null && isType(c) && outside(c), inside));
  }
  return out;
}

/** A check that flags values seen before, remembering at most `maxValues` distinct ones. */
class UniqueCheck implements ColumnCheck {
  readonly column: string | null;
  readonly passes = null;
  private readonly seen = new SeenValues();
  private readonly tally = new Tally();
  private full = false;

  constructor(
    readonly meta: CheckMeta,
    private readonly maxValues: number,
  ) {
    this.column = meta.column;
  }

  observe(cell: Cell, row: number, line: number): void {
    if (cell === null) return;
    if (this.seen.size < this.maxValues) {
      if (!this.seen.add(cell)) this.tally.add(row, line, cell);
    } else if (this.seen.has(cell)) this.tally.add(row, line, cell);
    else this.full = true;
  }

  finish(): { violation?: Violation; incomplete?: string } {
    const { tally, meta, maxValues } = this;
    return {
      ...(tally.count > 0 ? { violation: violation(meta, tally, `${tally.count} repeated value${tally.count === 1 ? '' : 's'}: ${meta.message}`) } : {}),
      ...(this.full ? { incomplete: `rule ${meta.index} (unique on ${meta.column}): more than ${maxValues} distinct values; later values were not checked for repeats` } : {}),
    };
  }
}

function uniqueCheck(meta: CheckMeta, maxValues: number): ColumnCheck {
  return new UniqueCheck(meta, maxValues);
}

function nullRateCheck(meta: CheckMeta, max: number): ColumnCheck {
  const tally = new Tally();
  return {
    meta,
    column: meta.column,
    passes: anyNumber,
    observe(cell, row, line) {
      if (cell === null) tally.add(row, line, undefined);
    },
    finish(rows) {
      const rate = rows === 0 ? 0 : tally.count / rows;
      if (rate <= max) return {};
      return { violation: violation(meta, tally, `${(rate * 100).toFixed(2)}% of values are empty (${tally.count} of ${rows}); at most ${(max * 100).toFixed(2)}% are allowed`) };
    },
  };
}

function classBalanceCheck(meta: CheckMeta, rule: Extract<DatasetRule, { check: 'class-balance' }>): ColumnCheck {
  const counts = new Map<string, { n: number; rows: number[]; lines: number[] }>();
  let labelled = 0;
  return {
    meta,
    column: meta.column,
    passes: null,
    observe(cell, row, line) {
      if (cell === null) return;
      const key = String(cell);
      let entry = counts.get(key);
      if (!entry) {
        if (counts.size >= maxClasses) return;
        entry = { n: 0, rows: [], lines: [] };
        counts.set(key, entry);
      }
      labelled++;
      entry.n++;
      if (entry.rows.length < keptRows) {
        entry.rows.push(row);
        if (line > 0) entry.lines.push(line);
      }
    },
    finish() {
      const named = Object.keys(rule.classes ?? {});
      const problems: string[] = [];
      const tally = new Tally();
      for (const name of new Set([...counts.keys(), ...named])) {
        const { min, max } = rule.classes?.[name] ?? { min: rule.min, max: rule.max };
        const entry = counts.get(name);
        const share = labelled === 0 ? 0 : (entry?.n ?? 0) / labelled;
        if ((min !== undefined && share < min) || (max !== undefined && share > max)) {
          problems.push(`class ${JSON.stringify(name)} has ${(share * 100).toFixed(2)}% of rows (${bounds(min === undefined ? undefined : min * 100, max === undefined ? undefined : max * 100)}% allowed)`);
          tally.count += entry?.n ?? 0;
          if (tally.samples.length < 5) tally.samples.push(name);
          for (let i = 0; i < (entry?.rows.length ?? 0) && tally.rows.length < keptRows; i++) {
            tally.rows.push(entry!.rows[i]!);
            if (entry!.lines[i] !== undefined) tally.lines.push(entry!.lines[i]!);
          }
        }
      }
      return problems.length > 0 ? { violation: violation(meta, tally, problems.join('; ')) } : {};
    },
  };
}

function ruleCheck(rule: DatasetRule, index: number, spec: DatasetRulesSpec, options: CompileOptions): ColumnCheck | undefined {
  const column = rule.check === 'row-count' ? null : rule.check === 'class-balance' ? (rule.column ?? spec.labelColumn ?? null) : rule.column;
  const meta = (message: string): CheckMeta => ({ rule: rule.check, source: 'rules', index, column, message, description: rule.description });
  switch (rule.check) {
    case 'not-null':
      return cellCheck(meta('the column must not be empty'), (c) => c === null, anyNumber);
    case 'range': {
      const { min = -Infinity, max = Infinity } = rule;
      return cellCheck(meta(`values must be numbers ${bounds(rule.min, rule.max)}`), (c) => c !== null && !(cellNumber(c) >= min && cellNumber(c) <= max), within(min, max));
    }
    case 'in-set': {
      const { outside, inside } = setTest(rule.values, rule.values.every((v) => typeof v === 'number'));
      return cellCheck(meta(`values must be one of ${JSON.stringify(rule.values.slice(0, 10))}${rule.values.length > 10 ? '…' : ''}`), outside, inside);
    }
    case 'regex': {
      const pattern = new RegExp(`^(?:${rule.pattern})$`, 'u');
      return cellCheck(meta(`values must match /${rule.pattern}/`), (c) => c !== null && (String(c).length > maxRegexInput || !pattern.test(String(c))), null);
    }
    case 'unique':
      return uniqueCheck(meta('values must be unique'), options.maxUniqueValues ?? 5_000_000);
    case 'null-rate':
      return nullRateCheck(meta(`at most ${rule.max * 100}% of values may be empty`), rule.max);
    case 'class-balance':
      return column === null ? undefined : classBalanceCheck(meta('class shares must lie within bounds'), rule);
    case 'row-count':
      return undefined;
  }
}

/** Every check of a dataset spec: schema columns first, then rules (row-count is decided by the caller). */
export function compileChecks(spec: DatasetRulesSpec, options: CompileOptions = {}): ColumnCheck[] {
  const out: ColumnCheck[] = [];
  spec.schema?.columns.forEach((column, i) => out.push(...columnChecks(column, i)));
  spec.rules?.forEach((rule, i) => {
    const check = ruleCheck(rule, i, spec, options);
    if (check) out.push(check);
  });
  return out;
}

/** Violations of the row-count rules for a number of data rows. */
export function rowCountViolations(spec: DatasetRulesSpec, rows: number): Violation[] {
  const out: Violation[] = [];
  spec.rules?.forEach((rule, index) => {
    if (rule.check !== 'row-count') return;
    if ((rule.min !== undefined && rows < rule.min) || (rule.max !== undefined && rows > rule.max)) {
      out.push({ rule: 'row-count', source: 'rules', index, column: null, count: rows, rows: [], lines: [], samples: [], message: `the dataset has ${rows} rows; ${bounds(rule.min, rule.max)} are required`, ...(rule.description ? { description: rule.description } : {}) });
    }
  });
  return out;
}
