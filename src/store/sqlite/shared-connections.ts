import { AisecError } from '../../core/errors.js';
import type { SqlDriver, SqlExecutor, SqlValue } from '../sql/driver.js';
import type { SqliteDriver } from './sqlite-driver.js';

/**
 * One SQLite connection per file per process, shared by every store opened on it.
 *
 * Two connections of one process must not both write: while one holds the write lock across an
 * `await`, the other's busy handler waits synchronously, blocking the very event loop the first
 * needs to finish, until the busy timeout fails it. Sharing the connection (and its queue)
 * turns that into plain queueing. Other processes are still kept apart by SQLite's own locks.
 */
const connections = new Map<string, { ready: Promise<SqliteDriver>; users: number }>();

class SharedHandle implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  #closed = false;

  constructor(
    readonly driver: SqliteDriver,
    readonly release: () => Promise<void>,
  ) {
    this.location = driver.location;
  }

  #open(): SqliteDriver {
    if (this.#closed) throw new AisecError('ERR_INTERNAL', `The store ${this.location} was used after close().`);
    return this.driver;
  }

  async all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.#open().all<T>(sql, params);
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.#open().run(sql, params);
  }

  async exec(script: string): Promise<void> {
    return this.#open().exec(script);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#open().transaction(fn);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.release();
  }
}

/**
 * A handle on the connection to `file`, opened with `open` when this process has none yet.
 * The connection closes when the last handle does.
 */
export async function acquireSqliteDriver(file: string, open: () => Promise<SqliteDriver>): Promise<SqlDriver> {
  let entry = connections.get(file);
  if (entry === undefined) {
    const created = { ready: open(), users: 0 };
    entry = created;
    connections.set(file, created);
    // A file that failed to open must be tried afresh next time.
    created.ready.catch(() => {
      if (connections.get(file) === created) connections.delete(file);
    });
  }
  const current = entry;
  current.users++;
  let driver: SqliteDriver;
  try {
    driver = await current.ready;
  } catch (error) {
    current.users--;
    throw error;
  }
  return new SharedHandle(driver, async () => {
    current.users--;
    if (current.users === 0) {
      if (connections.get(file) === current) connections.delete(file);
      await driver.close();
    }
  });
}
