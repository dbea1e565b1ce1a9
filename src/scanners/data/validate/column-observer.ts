/**
 * One column's checks fed together: a cell that surely passes every check with a pass
 * condition skips them all and goes only to the checks that must see every cell (unique,
 * class-balance, regex); any other cell goes to every check.
 */
import type { Cell, RowRecord } from '../../../ml/index.js';
import type { ColumnCheck } from './compile.js';
import { surePass, surelyPasses, type SurePass } from './pass-condition.js';

/** The checks of one column fed together (one class for every column, so feeding stays monomorphic). */
export class ColumnObserver {
  private readonly all: readonly ColumnCheck[];
  private readonly always: readonly ColumnCheck[];
  private readonly pass: SurePass;

  constructor(checks: readonly ColumnCheck[]) {
    this.all = [...checks];
    this.always = checks.filter((c) => c.passes === null);
    this.pass = surePass(checks.flatMap((c) => (c.passes === null ? [] : [c.passes])));
  }

  /** Feed one cell of data row `row` (on 1-based `line`, 0 when unknown). */
  observe(cell: Cell, row: number, line: number): void {
    const checks = surelyPasses(this.pass, cell) ? this.always : this.all;
    for (let i = 0; i < checks.length; i++) checks[i]!.observe(cell, row, line);
  }

  /** Feed the cells in column `index` of the first `count` records, data rows `firstRow` on. */
  observeRecords(records: readonly RowRecord[], count: number, index: number, firstRow: number): void {
    for (let r = 0; r < count; r++) {
      const { row, line } = records[r]!;
      const cell = row[index] ?? null;
      const checks = surelyPasses(this.pass, cell) ? this.always : this.all;
      for (let i = 0; i < checks.length; i++) checks[i]!.observe(cell, firstRow + r, line);
    }
  }
}
