/**
 * The small seam between the SQL store and a database backend (kysely's dialect idea, cut down
 * to what the store needs). Statements use `?` placeholders; each driver adapts them.
 */

/** A value a statement may bind. Booleans and objects are turned into these by the store. */
export type SqlValue = string | number | bigint | null;

/** Runs statements: either the driver itself or the handle of an open transaction. */
export interface SqlExecutor {
  /** Rows of a query (empty for statements that return none). */
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Run a statement; returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Run a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** A backend connection: statements, transactions, and its dialect. */
export interface SqlDriver extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where it is, for messages: a file path, or the URL without password. */
  readonly location: string;
  /**
   * Run `fn` in one transaction: commit when it resolves, roll back when it throws. On SQLite
   * the transaction takes the write lock at once (BEGIN IMMEDIATE), so a read-then-write inside
   * it (the audit chain, migrations) cannot race another process.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
