import path from 'node:path';
import { openStore, type Store } from '../store/index.js';

/** Where the SQLite store of a system lives by default: `.aisec/aisec.db` in its folder. */
export function defaultSqlitePath(systemDir: string): string {
  return path.join(systemDir, '.aisec', 'aisec.db');
}

/** Open the store for a system: `AISEC_DATABASE_URL` (or `url`) when set, else its SQLite file. */
export function openSystemStore(systemDir: string, options: { url?: string | undefined; sqlitePath?: string | undefined } = {}): Promise<Store> {
  const url = options.url ?? process.env.AISEC_DATABASE_URL;
  return openStore({ ...(url ? { url } : {}), sqlitePath: options.sqlitePath ?? defaultSqlitePath(systemDir) });
}
