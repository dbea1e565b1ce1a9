import pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlValue } from '../sql/driver.js';
import { mapPostgresError } from './postgres-errors.js';
import type { PostgresTarget } from './postgres-url.js';

/**
 * Rewrite `?` placeholders as `$1, $2, …`. The store's SQL is ours and fixed; quoted literals
 * are skipped anyway so a `?` inside one is never taken for a placeholder.
 */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  let quoted = false;
  let out = '';
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === '?' && !quoted ? `$${++n}` : ch;
  }
  return out;
}

const defaultTypes = pg.types;
/**
 * Values come back as the SQLite backend gives them, so the store above needs one code path:
 * bigint as number (seq numbers and sizes stay far below 2^53), timestamps as ISO strings,
 * JSON as its text.
 */
const parsers: Record<number, (value: string) => unknown> = {
  20: (value) => Number(value),
  1184: (value) => (defaultTypes.getTypeParser(1184, 'text')(value) as Date).toISOString(),
  114: (value) => value,
  3802: (value) => value,
};
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    parsers[oid] ?? defaultTypes.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** Options of {@link PostgresDriver}. */
export interface PostgresDriverOptions {
  /** How long to wait for a connection before `ERR_STORE_UNAVAILABLE`. */
  readonly connectTimeoutMs?: number;
  /** Most connections the pool opens. */
  readonly maxConnections?: number;
}

/** The {@link SqlDriver} over a `pg` pool. A transaction holds one client until it ends. */
export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  readonly location: string;
  readonly #pool: pg.Pool;
  readonly #password: string | null;
  #closed = false;

  constructor(target: PostgresTarget, options: PostgresDriverOptions = {}) {
    this.location = target.location;
    this.#password = target.password;
    this.#pool = new pg.Pool({
      connectionString: target.connectionString,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      max: options.maxConnections ?? 10,
      application_name: 'aisec',
      allowExitOnIdle: true,
      types,
    });
    // An idle client that loses its server emits here; without a listener Node would exit.
    // The next query reports the problem properly.
    this.#pool.on('error', () => undefined);
  }

  all<T = Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.#query<T>(this.#pool, sql, params).then((result) => result.rows);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.#query(this.#pool, sql, params).then((result) => result.rowCount ?? 0);
  }

  async exec(script: string): Promise<void> {
    await this.#pool.query(script).catch((error: unknown) => {
      throw this.#map(error);
    });
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect().catch((error: unknown) => {
      throw this.#map(error);
    });
    const tx: SqlExecutor = {
      all: async <R>(sql: string, params: readonly SqlValue[] = []) => (await this.#query<R>(client, sql, params)).rows,
      run: async (sql: string, params: readonly SqlValue[] = []) => (await this.#query(client, sql, params)).rowCount ?? 0,
      exec: async (script: string) => {
        await client.query(script).catch((error: unknown) => {
          throw this.#map(error);
        });
      },
    };
    let broken: unknown;
    try {
      await tx.exec('BEGIN');
      const result = await fn(tx);
      await tx.exec('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // A client that cannot roll back is not given back to the pool.
        broken = rollbackError;
      }
      throw error;
    } finally {
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  async close(): Promise<void> {
    // pg refuses a second end(); closing twice is harmless for callers.
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }

  async #query<T>(runner: pg.Pool | pg.PoolClient, sql: string, params: readonly SqlValue[]): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
    try {
      return await runner.query<T & pg.QueryResultRow>(toPostgresPlaceholders(sql), params as unknown[]);
    } catch (error) {
      throw this.#map(error);
    }
  }

  #map(error: unknown): unknown {
    return mapPostgresError(error, this.location, this.#password);
  }
}
