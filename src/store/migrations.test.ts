import { describe, expect, it } from 'vitest';
import { migrations, runMigrations, type Migration } from './migrations.js';
import type { SqlDriver } from './sql/driver.js';

describe('migrations', () => {
  it('are numbered 1, 2, 3, … with a script or function for both dialects', () => {
    expect(migrations.map((m) => m.id)).toEqual(migrations.map((_, i) => i + 1));
    for (const migration of migrations) {
      expect(migration.name).toMatch(/^[a-z0-9-]+$/);
      expect(migration.description.length).toBeGreaterThan(10);
      for (const step of [migration.up.sqlite, migration.up.postgres]) expect(['string', 'function']).toContain(typeof step);
    }
  });

  it('refuses a list out of order before touching the database', async () => {
    const untouchable = new Proxy({} as SqlDriver, {
      get: () => {
        throw new Error('the database was touched');
      },
    });
    const list: Migration[] = [{ ...migrations[0]!, id: 2 }];
    await expect(runMigrations(untouchable, list)).rejects.toMatchObject({ code: 'ERR_INTERNAL' });
  });
});
