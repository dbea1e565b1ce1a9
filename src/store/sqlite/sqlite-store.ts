import { type Migration, runMigrations } from '../migrations.js';
import type { StoreHooks } from '../sql/assessment-writer.js';
import { SqlStore } from '../sql/sql-store.js';
import type { Store } from '../store.js';
import { openSqliteDriver } from './sqlite-open.js';

/** Options of {@link createSqliteStore}; tests use them, callers need none. */
export interface SqliteStoreOptions {
  readonly hooks?: StoreHooks;
  readonly migrations?: readonly Migration[];
}

/**
 * Open (or create) the SQLite store file at `sqlitePath` and bring its schema up to date.
 * Fails with `ERR_STORE_CORRUPT` (file left untouched), `ERR_STORE_VERSION`,
 * `ERR_STORE_MIGRATION` or `ERR_STORE_UNAVAILABLE`.
 */
export async function createSqliteStore(sqlitePath: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const driver = await openSqliteDriver(sqlitePath);
  try {
    await runMigrations(driver, options.migrations);
    return new SqlStore(driver, options.hooks);
  } catch (error) {
    await driver.close();
    throw error;
  }
}
