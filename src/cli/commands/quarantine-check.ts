import { existsSync } from 'node:fs';
import path from 'node:path';
import { quarantineOf, type DatasetQuarantine } from '../../incidents/index.js';
import { openStore } from '../../store/index.js';

/**
 * The store that may hold a quarantine of `target`: `AISEC_DATABASE_URL` when set, else the
 * nearest `.aisec/aisec.db` in the target's folder or a folder above it (the system's store).
 * Never creates a store.
 */
function storeLocation(target: string): { url?: string; sqlitePath: string } | null {
  const url = process.env.AISEC_DATABASE_URL?.trim();
  if (url) return { url, sqlitePath: '' };
  let dir = path.resolve(target);
  for (;;) {
    const candidate = path.join(dir, '.aisec', 'aisec.db');
    if (existsSync(candidate)) return { sqlitePath: candidate };
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The quarantine in force for a dataset version (by its content digest), or `null`. */
export async function quarantineFor(target: string, digest: string): Promise<DatasetQuarantine | null> {
  const where = storeLocation(target);
  if (where === null) return null;
  const store = await openStore(where);
  try {
    return await quarantineOf(store, digest);
  } finally {
    await store.close();
  }
}
