import { AisecError } from '../core/errors.js';
import { initialPostgres, initialSqlite } from './migrations/0001-initial.js';
import { apiKeysPostgres, apiKeysSqlite } from './migrations/0002-api-keys.js';
import { gatewayControlsPostgres, gatewayControlsSqlite } from './migrations/0003-gateway-controls.js';
import { riskRegisterPostgres, riskRegisterSqlite } from './migrations/0004-risk-register.js';
import { monitorPostgres, monitorSqlite } from './migrations/0005-monitor.js';
import type { SqlDriver, SqlExecutor } from './sql/driver.js';

/** One step of a migration: a SQL script, or a function for changes a script cannot express. */
export type MigrationStep = string | ((tx: SqlExecutor) => Promise<void>);

/** A versioned change of the store schema, written once per dialect. */
export interface Migration {
  /** Position in the list: 1, 2, 3, … Never reuse or reorder. */
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly up: { readonly sqlite: MigrationStep; readonly postgres: MigrationStep };
}

/** Every migration of the store, in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'initial',
    description: 'Systems, assessments with their assets, findings, diagnostics and risks; suppressions, approvals, controls, incidents, and the hash-chained audit log.',
    up: { sqlite: initialSqlite, postgres: initialPostgres },
  },
  {
    id: 2,
    name: 'api-keys',
    description: 'API keys of the inference gateway: key id, SHA-256 digest of the secret, owner, scopes, expiry, revocation and last use.',
    up: { sqlite: apiKeysSqlite, postgres: apiKeysPostgres },
  },
  {
    id: 3,
    name: 'gateway-controls',
    description: 'Model controls of the inference gateway (enabled, disabled, restricted, review) with a change sequence, and the review queue of held answers.',
    up: { sqlite: gatewayControlsSqlite, postgres: gatewayControlsPostgres },
  },
  {
    id: 4,
    name: 'risk-register',
    description: 'The risk register across assessments: the current entry of each risk (by id, unique by threat fingerprint) and the append-only history of its changes.',
    up: { sqlite: riskRegisterSqlite, postgres: riskRegisterPostgres },
  },
  {
    id: 5,
    name: 'monitor',
    description: 'The monitor: reference profiles per system and model, summaries of closed windows, and alerts with their status (open, acknowledged, closed).',
    up: { sqlite: monitorSqlite, postgres: monitorPostgres },
  },
];

const createTrackingTable = `CREATE TABLE IF NOT EXISTS aisec_migrations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * Serialise migrations between processes. SQLite transactions already hold the write lock
 * (BEGIN IMMEDIATE); PostgreSQL takes an advisory lock held until the transaction ends, keyed
 * by schema so stores in different schemas do not wait for each other.
 */
async function lock(driver: SqlDriver, tx: SqlExecutor): Promise<void> {
  if (driver.dialect === 'postgres') {
    await tx.all("SELECT pg_advisory_xact_lock(hashtext(coalesce(current_schema(), '') || '.aisec_migrations'))");
  }
}

async function appliedIds(tx: SqlExecutor): Promise<Set<number>> {
  const rows = await tx.all<{ id: number | string }>('SELECT id FROM aisec_migrations');
  return new Set(rows.map((row) => Number(row.id)));
}

function checkList(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.id !== index + 1) throw new AisecError('ERR_INTERNAL', `Store migration "${migration.name}" has id ${migration.id}; expected ${index + 1}.`);
  });
}

/**
 * Bring the store up to the last migration of `list`. Each pending migration runs in its own
 * transaction under a lock and is recorded in `aisec_migrations`, so concurrent opens apply it
 * once. A store that has migrations this aisec does not know raises `ERR_STORE_VERSION`; a
 * failing migration is rolled back and raises `ERR_STORE_MIGRATION`.
 *
 * @returns the ids applied by this call.
 */
export async function runMigrations(driver: SqlDriver, list: readonly Migration[] = migrations): Promise<number[]> {
  checkList(list);
  const applied = await driver.transaction(async (tx) => {
    await lock(driver, tx);
    await tx.exec(createTrackingTable);
    return appliedIds(tx);
  });
  const unknown = [...applied].filter((id) => id > list.length || id < 1).sort((a, b) => a - b);
  if (unknown.length > 0) {
    throw new AisecError(
      'ERR_STORE_VERSION',
      `The store at ${driver.location} was written by a newer aisec (it has schema migration ${unknown.at(-1)}; this aisec knows up to ${list.length}). ` +
        'Upgrade aisec, or use another store (another file, or another AISEC_DATABASE_URL).',
      { details: { location: driver.location, storeVersion: unknown.at(-1), knownVersion: list.length } },
    );
  }
  const done: number[] = [];
  for (const migration of list) {
    if (applied.has(migration.id)) continue;
    try {
      const ran = await driver.transaction(async (tx) => {
        await lock(driver, tx);
        // Another process may have applied it while we waited for the lock.
        if ((await appliedIds(tx)).has(migration.id)) return false;
        const step = migration.up[driver.dialect];
        if (typeof step === 'string') await tx.exec(step);
        else await step(tx);
        await tx.run('INSERT INTO aisec_migrations (id, name, applied_at) VALUES (?, ?, ?)', [migration.id, migration.name, new Date().toISOString()]);
        return true;
      });
      if (ran) done.push(migration.id);
    } catch (error) {
      if (error instanceof AisecError && error.code !== 'ERR_INTERNAL') throw error;
      throw new AisecError(
        'ERR_STORE_MIGRATION',
        `Schema migration ${migration.id} (${migration.name}) of the store at ${driver.location} failed and was rolled back; the store is as it was. ` +
          `Cause: ${(error as Error).message}. Report this with the output of --debug.`,
        { cause: error, details: { location: driver.location, migration: migration.id } },
      );
    }
  }
  return done;
}
