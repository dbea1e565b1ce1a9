import type BetterSqlite3 from 'better-sqlite3';
import type { SqlDriver, SqlExecutor, SqlValue } from '../sql/driver.js';
import { SerialQueue } from './serial-queue.js';
import { mapSqliteError } from './sqlite-errors.js';

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** Prepared statements kept per connection; the store uses a fixed, small set of SQL texts. */
const maxCachedStatements = 200;

/**
 * The {@link SqlDriver} over one better-sqlite3 connection. Every use goes through a
 * {@link SerialQueue} so an async transaction owns the connection until it ends.
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  readonly #db: Database;
  readonly #queue = new SerialQueue();
  readonly #statements = new Map<string, Statement>();
  readonly #direct: SqlExecutor;

  constructor(db: Database, file: string) {
    this.#db = db;
    this.location = file;
    this.#direct = {
      all: async <T>(sql: string, params: readonly SqlValue[] = []) => this.#guard(() => this.#all<T>(sql, params)),
      run: async (sql: string, params: readonly SqlValue[] = []) => this.#guard(() => this.#run(sql, params)),
      exec: async (script: string) => this.#guard(() => void this.#db.exec(script)),
    };
  }

  all<T = Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.#queue.run(() => this.#direct.all<T>(sql, params));
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.#queue.run(() => this.#direct.run(sql, params));
  }

  exec(script: string): Promise<void> {
    return this.#queue.run(() => this.#direct.exec(script));
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#queue.run(async () => {
      this.#guard(() => this.#db.exec('BEGIN IMMEDIATE'));
      try {
        const result = await fn(this.#direct);
        this.#guard(() => this.#db.exec('COMMIT'));
        return result;
      } catch (error) {
        // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL); a failing
        // ROLLBACK must not hide the error that caused it.
        try {
          if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        } catch {
          // The connection is unusable either way; the original error says why.
        }
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.#queue.run(() => {
      if (this.#db.open) this.#db.close();
    });
  }

  #guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw mapSqliteError(error, this.location);
    }
  }

  #prepare(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      if (this.#statements.size >= maxCachedStatements) this.#statements.clear();
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #all<T>(sql: string, params: readonly SqlValue[]): T[] {
    const statement = this.#prepare(sql);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  }

  #run(sql: string, params: readonly SqlValue[]): number {
    return this.#prepare(sql).run(...params).changes;
  }
}
