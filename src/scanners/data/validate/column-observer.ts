/**
 * One column's checks as a single function of a cell: a cell that surely passes every check
 * with a pass condition skips them all and goes only to the checks that must see every cell
 * (unique, class-balance, regex); any other cell goes to every check.
 */
import type { Cell } from '../../../ml/index.js';
import type { ColumnCheck } from './compile.js';
import { surePass } from './pass-condition.js';

/** Feeds one cell of a row to a column's checks. */
export type ObserveCell = (cell: Cell, row: number, line: number) => void;

/** The checks of one column fed together. */
export function columnObserver(checks: readonly ColumnCheck[]): ObserveCell {
  const all = [...checks];
  const always = all.filter((c) => c.passes === null);
  const sure = surePass(all.flatMap((c) => (c.passes === null ? [] : [c.passes])));
  const everyCheck: ObserveCell = (cell, row, line) => {
    for (let i = 0; i < all.length; i++) all[i]!.observe(cell, row, line);
  };
  if (always.length === 0) {
    return (cell, row, line) => {
      if (!sure(cell)) everyCheck(cell, row, line);
    };
  }
  if (always.length === 1) {
    const only = always[0]!;
    return (cell, row, line) => {
      if (sure(cell)) only.observe(cell, row, line);
      else everyCheck(cell, row, line);
    };
  }
  return (cell, row, line) => {
    if (!sure(cell)) everyCheck(cell, row, line);
    else for (let i = 0; i < always.length; i++) always[i]!.observe(cell, row, line);
  };
}
