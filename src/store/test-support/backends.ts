import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Migration } from '../migrations.js';
import { createPostgresStore } from '../postgres/postgres-store.js';
import { redactPostgresUrl } from '../postgres/postgres-url.js';
import type { StoreHooks } from '../sql/assessment-writer.js';
import { createSqliteStore } from '../sqlite/sqlite-store.js';
import type { Store } from '../store.js';

/** What a test may pass when opening a store location. */
export interface TestOpenOptions {
  readonly hooks?: StoreHooks;
  readonly migrations?: readonly Migration[];
}

/** One empty store location; open it as often as needed (to test concurrent stores). */
export interface TestLocation {
  /** The SQLite file or the PostgreSQL URL (with `?schema=`). */
  readonly where: string;
  open(options?: TestOpenOptions): Promise<Store>;
  /** Run raw SQL (`?` placeholders) beside the store, to look at rows the API does not show. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A backend of the store test matrix. */
export interface TestBackend {
  readonly name: 'sqlite' | 'postgres';
  location(): Promise<TestLocation>;
  dispose(): Promise<void>;
}

function sqliteBackend(): TestBackend {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisec-store-'));
  let n = 0;
  return {
    name: 'sqlite',
    async location() {
      const file = path.join(dir, `store-${++n}`, 'aisec.db');
      return {
        where: file,
        open: (options = {}) => createSqliteStore(file, options),
        async query<T>(sql: string, params: unknown[] = []) {
          const db = new Database(file);
          try {
            const statement = db.prepare(sql);
            return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
          } finally {
            db.close();
          }
        },
      };
    },
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The PostgreSQL server the tests use: `AISEC_TEST_PG_URL`, else the local default. */
export const testPostgresUrl = process.env.AISEC_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message || String((error as { code?: string }).code);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function postgresBackend(): Promise<TestBackend> {
  const database = `aisec_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const dbUrl = withDatabase(testPostgresUrl, database);
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  // `dispose` drops the database WITH (FORCE), which terminates any connection still open to it
  // (one the pool is still closing, say); the pool reports that as an error, expected then.
  pool.on('error', () => undefined);
  let n = 0;
  return {
    name: 'postgres',
    async location() {
      const schema = `s${++n}`;
      const where = `${dbUrl}${dbUrl.includes('?') ? '&' : '?'}schema=${schema}`;
      return {
        where,
        open: (options = {}) => createPostgresStore(where, options),
        async query<T>(sql: string, params: unknown[] = []) {
          const client = await pool.connect();
          try {
            await client.query(`SET search_path TO ${schema}`);
            let i = 0;
            return (await client.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows as T[];
          } finally {
            client.release();
          }
        },
      };
    },
    async dispose() {
      await pool.end();
      const admin2 = new pg.Client({ connectionString: testPostgresUrl });
      await admin2.connect();
      await admin2.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin2.end();
    },
  };
}

/**
 * The backends to run the store suite on: SQLite always; PostgreSQL when reachable, in a
 * database of its own that `dispose` drops. With `CI` set, an unreachable PostgreSQL is an
 * error, not a skip: CI must test both backends.
 */
export async function testBackends(): Promise<TestBackend[]> {
  const backends = [sqliteBackend()];
  const problem = await reachable(testPostgresUrl);
  const shown = redactPostgresUrl(testPostgresUrl);
  if (problem === null) backends.push(await postgresBackend());
  else if (process.env.CI) throw new Error(`PostgreSQL is required in CI but ${shown} is not reachable (${problem}); set AISEC_TEST_PG_URL.`);
  else process.stderr.write(`store tests: PostgreSQL not reachable at ${shown} (${problem}); running SQLite only.\n`);
  return backends;
}
