/**
 * Which stores `aisec serve` reads, and where tokens are looked up.
 *
 * With a database URL there is one PostgreSQL store: it holds every system and every token,
 * and every token is global (it may open any system). Without one, each DIR has its own SQLite
 * store (`DIR/.aisec/aisec.db`, opened as every command opens it) and a token is found in the
 * store of a system (it opens that system only) or in the `--keys DIR` store (it opens every
 * system, the gateway controls and the key list). docs/dashboard.md explains the choice.
 */
import { openSystemStore, resolveSystem } from '../assess/index.js';
import type { SystemDescriptor } from '../config/index.js';
import { AisecError } from '../core/errors.js';
import type { Store, StoredSystem } from '../store/index.js';

/** A system the server shows. */
export interface ServedSystem {
  readonly name: string;
  /** Its folder, when it was named on the command line. */
  readonly dir: string | null;
  readonly descriptor: SystemDescriptor | null;
  readonly store: Store;
  /** Whether the store holds other systems too (PostgreSQL): then records are filtered by system. */
  readonly shared: boolean;
}

/** A store tokens are looked up in. */
export interface KeySource {
  /** `global`, or the name of the system whose store it is. */
  readonly label: string;
  readonly store: Store;
  /** A token found here may open every system and the server-wide routes. */
  readonly global: boolean;
}

/** The stores of one server. */
export interface ServedStores {
  readonly backend: 'sqlite' | 'postgres';
  /** Every system, by name (for PostgreSQL, read from the store on each call). */
  systems(): Promise<ServedSystem[]>;
  /** One system; ERR_ASSET_NOT_FOUND names the served ones when it is not served. */
  system(name: string): Promise<ServedSystem>;
  /** Where tokens are looked up, global stores first. */
  readonly keySources: readonly KeySource[];
  close(): Promise<void>;
}

/** What {@link openServedStores} needs. */
export interface ServedStoresOptions {
  /** System folders (default: the current folder when no database URL is given). */
  readonly dirs: readonly string[];
  /** A postgres:// URL (from `--database-url` or `AISEC_DATABASE_URL`). */
  readonly databaseUrl?: string | undefined;
  /** A folder whose `.aisec/aisec.db` holds global tokens (SQLite only). */
  readonly keysDir?: string | undefined;
}

interface DirSystem {
  readonly name: string;
  readonly dir: string;
  readonly descriptor: SystemDescriptor | null;
}

async function resolveDirs(dirs: readonly string[]): Promise<DirSystem[]> {
  const out: DirSystem[] = [];
  for (const dir of dirs) {
    const resolved = await resolveSystem(dir);
    const clash = out.find((s) => s.name === resolved.name);
    if (clash) throw new AisecError('ERR_USAGE', `${dir} and ${clash.dir} are both the system "${resolved.name}"; serve each system once (rename one in its aisec.yaml).`);
    out.push({ name: resolved.name, dir: resolved.dir, descriptor: resolved.loaded?.descriptor ?? null });
  }
  return out;
}

function notServed(name: string, served: readonly string[]): AisecError {
  return new AisecError('ERR_ASSET_NOT_FOUND', `No served system is named "${name.slice(0, 100)}"; this server serves ${served.length === 0 ? 'no system yet' : served.map((n) => `"${n}"`).join(', ')}.`);
}

/** Open the stores of the server. */
export async function openServedStores(options: ServedStoresOptions): Promise<ServedStores> {
  const url = options.databaseUrl?.trim() || undefined;
  if (url !== undefined) {
    if (options.keysDir !== undefined) throw new AisecError('ERR_USAGE', '--keys is for SQLite stores; with a database URL the tokens are in that database.');
    const dirSystems = await resolveDirs(options.dirs);
    const store = await openSystemStore(dirSystems[0]?.dir ?? '.', { url });
    const byName = new Map(dirSystems.map((s) => [s.name, s]));
    const servedOf = (row: StoredSystem | { name: string }): ServedSystem => {
      const d = byName.get(row.name);
      return { name: row.name, dir: d?.dir ?? null, descriptor: d?.descriptor ?? null, store, shared: true };
    };
    const systems = async (): Promise<ServedSystem[]> => {
      const stored = await store.listSystems();
      const names = new Set([...dirSystems.map((s) => s.name), ...stored.map((s) => s.name)]);
      return [...names].sort().map((name) => servedOf({ name }));
    };
    return {
      backend: 'postgres',
      systems,
      async system(name) {
        if (byName.has(name) || (await store.getSystem(name)) !== null) return servedOf({ name });
        throw notServed(name, (await systems()).map((s) => s.name));
      },
      keySources: [{ label: 'global', store, global: true }],
      close: () => store.close(),
    };
  }
  const dirSystems = await resolveDirs(options.dirs.length === 0 ? ['.'] : options.dirs);
  const opened: ServedSystem[] = [];
  const sources: KeySource[] = [];
  try {
    if (options.keysDir !== undefined) sources.push({ label: 'global', store: await openSystemStore((await resolveSystem(options.keysDir)).dir, { url: '' }), global: true });
    for (const s of dirSystems) {
      const store = await openSystemStore(s.dir, { url: '' });
      opened.push({ ...s, store, shared: false });
      sources.push({ label: s.name, store, global: false });
    }
  } catch (error) {
    for (const source of sources) await source.store.close().catch(() => undefined);
    throw error;
  }
  const byName = new Map(opened.map((s) => [s.name, s]));
  return {
    backend: 'sqlite',
    systems: () => Promise.resolve([...opened].sort((a, b) => a.name.localeCompare(b.name))),
    system(name) {
      const found = byName.get(name);
      return found ? Promise.resolve(found) : Promise.reject(notServed(name, [...byName.keys()]));
    },
    keySources: sources,
    async close() {
      for (const source of sources) await source.store.close().catch(() => undefined);
    },
  };
}
