import { type Migration, runMigrations } from '../migrations.js';
import type { StoreHooks } from '../sql/assessment-writer.js';
import { SqlStore } from '../sql/sql-store.js';
import type { Store } from '../store.js';
import { PostgresDriver, type PostgresDriverOptions } from './postgres-driver.js';
import { parsePostgresUrl } from './postgres-url.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions extends PostgresDriverOptions {
  /** Schema to create and use (same as the URL parameter `?schema=NAME`). */
  readonly schema?: string;
  readonly hooks?: StoreHooks;
  readonly migrations?: readonly Migration[];
}

/**
 * Connect to PostgreSQL at `url`, create the schema when one is named, and bring the store
 * schema up to date. Fails with `ERR_STORE_UNAVAILABLE` (message names the URL without
 * password), `ERR_STORE_VERSION` or `ERR_STORE_MIGRATION`.
 */
export async function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const target = parsePostgresUrl(url, options.schema === undefined ? {} : { schema: options.schema });
  const driver = new PostgresDriver(target, options);
  try {
    // Connect once up front so an unreachable server fails here, with its own message.
    await driver.all('SELECT 1 AS ok');
    if (target.schema !== null) {
      const schema = target.schema;
      await driver.transaction(async (tx) => {
        // CREATE SCHEMA IF NOT EXISTS can still collide when two processes run it at once.
        await tx.all('SELECT pg_advisory_xact_lock(hashtext(?))', [`aisec.schema.${schema}`]);
        await tx.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      });
    }
    await runMigrations(driver, options.migrations);
    return new SqlStore(driver, options.hooks);
  } catch (error) {
    await driver.close();
    throw error;
  }
}
