/** Reading a cell as a declared type: what counts as an integer, a number, a boolean, a date. */
import type { Cell } from '../../../ml/index.js';

const integerText = /^[+-]?\d+$/;
const numberText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const booleanText = new Set(['true', 'false', '0', '1', 'yes', 'no', 't', 'f', 'y', 'n']);
const dateText = /^(\d{4})-(\d{2})-(\d{2})$/;
const datetimeText = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** The number a cell holds, or NaN when it is not a plain decimal number. */
export function cellNumber(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && numberText.test(cell)) return Number(cell);
  return Number.NaN;
}

function validDate(y: string, m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day <= days;
}

/** Whether a non-null cell is a value of the declared column type. */
export const typeTests: Record<'integer' | 'number' | 'string' | 'boolean' | 'date' | 'datetime', (cell: Cell) => boolean> = {
  integer: (cell) => (typeof cell === 'number' ? Number.isInteger(cell) : typeof cell === 'string' && integerText.test(cell)),
  number: (cell) => (typeof cell === 'number' ? Number.isFinite(cell) : typeof cell === 'string' && numberText.test(cell)),
  string: () => true,
  boolean: (cell) => typeof cell === 'boolean' || (typeof cell === 'number' ? cell === 0 || cell === 1 : typeof cell === 'string' && booleanText.has(cell.toLowerCase())),
  date: (cell) => {
    const m = typeof cell === 'string' ? dateText.exec(cell) : null;
    return m !== null && validDate(m[1]!, m[2]!, m[3]!);
  },
  datetime: (cell) => {
    const m = typeof cell === 'string' ? datetimeText.exec(cell) : null;
    return m !== null && validDate(m[1]!, m[2]!, m[3]!) && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 61;
  },
};
