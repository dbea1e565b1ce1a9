import path from 'node:path';
import { AisecError } from '../core/errors.js';
import { createPostgresStore } from './postgres/postgres-store.js';
import { isPostgresUrl } from './postgres/postgres-url.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** Where the store is: the caller passes `AISEC_DATABASE_URL` as `url` and the default file. */
export interface OpenStoreOptions {
  /** A `postgres://` or `postgresql://` URL (from `AISEC_DATABASE_URL`); empty or absent means SQLite. */
  readonly url?: string | undefined;
  /** The SQLite file, by convention `.aisec/aisec.db` beside the descriptor. */
  readonly sqlitePath: string;
}

/**
 * Open the store: PostgreSQL when `url` is a PostgreSQL URL, else the SQLite file at
 * `sqlitePath`. The schema is migrated on open. Any other URL scheme is `ERR_CONFIG_INVALID`.
 *
 * @example
 * const store = await openStore({ url: process.env.AISEC_DATABASE_URL, sqlitePath: '.aisec/aisec.db' });
 * try { await store.listSystems(); } finally { await store.close(); }
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const url = typeof options.url === 'string' ? options.url.trim() : '';
  if (url === '') return createSqliteStore(options.sqlitePath);
  if (isPostgresUrl(url)) return createPostgresStore(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new AisecError(
    'ERR_CONFIG_INVALID',
    `AISEC_DATABASE_URL must start with postgres:// or postgresql://${scheme ? ` (it starts with ${scheme}:)` : ''}. ` +
      `Write it as postgres://USER@HOST:5432/DATABASE, or unset it to use the SQLite file ${path.resolve(String(options.sqlitePath))}.`,
  );
}
