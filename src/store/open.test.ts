import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open.js';
import { testPostgresUrl } from './test-support/backends.js';

const dir = mkdtempSync(path.join(tmpdir(), 'aisec-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sqlitePath = path.join(dir, '.aisec', 'aisec.db');

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const withPostgres = await postgresReachable();

describe('openStore', () => {
  it('opens SQLite at sqlitePath when there is no URL, or an empty one', async () => {
    for (const url of [undefined, '', '   ']) {
      const store = await openStore({ url, sqlitePath });
      expect(store.backend).toBe('sqlite');
      expect(store.location).toBe(sqlitePath);
      await store.close();
    }
  });

  it('refuses other URL schemes with the fix, without echoing the URL', async () => {
    for (const url of ['mysql://ana:s3cret@h/db', 'sqlite:///tmp/x.db', 'redis://127.0.0.1:6379', 'not a url']) {
      const error = await openStore({ url, sqlitePath }).catch((e: unknown) => e);
      expect(error, url).toMatchObject({ code: 'ERR_CONFIG_INVALID' });
      expect((error as Error).message).toMatch(/postgres:\/\/ or postgresql:\/\//);
      expect((error as Error).message).toContain(sqlitePath);
      expect((error as Error).message).not.toContain('s3cret');
    }
  });

  it('reports a PostgreSQL that is down as ERR_STORE_UNAVAILABLE, without the password', async () => {
    for (const url of ['postgres://ana:s3cret@127.0.0.1:1/aisec', 'postgresql://ana@127.0.0.1:1/aisec?password=s3cret']) {
      const error = await openStore({ url, sqlitePath }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
      const message = (error as Error).message;
      expect(message).toContain('ana@127.0.0.1:1/aisec');
      expect(message).not.toContain('s3cret');
      expect(message).toMatch(/Start PostgreSQL/);
      expect(message).toMatch(/AISEC_DATABASE_URL/);
    }
  });

  it.runIf(withPostgres)('reports an unknown PostgreSQL database as ERR_STORE_UNAVAILABLE', async () => {
    const url = new URL(testPostgresUrl);
    url.pathname = '/aisec_no_such_database_42';
    const error = await openStore({ url: url.toString(), sqlitePath }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
    expect((error as Error).message).toMatch(/no such database.*createdb/s);
  });
});
