import type { SqlExecutor, SqlValue } from './driver.js';

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const maxParams = 30_000;
const maxRows = 500;

/**
 * Insert `rows` into `table` with multi-row `VALUES` statements, a few hundred rows each, so
 * a run with thousands of findings takes few round trips. Table and column names are ours,
 * never input.
 */
export async function insertMany(tx: SqlExecutor, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(maxParams / columns.length)));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`;
    await tx.run(sql, chunk.flat());
  }
}
