import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit-chain.js';
import { migrations, type Migration } from './migrations.js';
import type { SaveStep } from './sql/assessment-writer.js';
import { testBackends, type TestLocation } from './test-support/backends.js';
import { makeFinding, makeRecord, minute } from './test-support/records.js';

// Guarantees rather than features: atomic runs, crash safety, migrations, the audit chain under
// concurrency, hostile input. Same matrix as store.contract.test.ts.
const backends = await testBackends();
afterAll(async () => {
  for (const backend of backends) await backend.dispose();
});

const runTables = ['assessments', 'assets', 'findings', 'diagnostics', 'risks'];

async function rowCounts(location: TestLocation): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of runTables) {
    const rows = await location.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

const crashScript = fileURLToPath(new URL('./test-support/crash-mid-save.ts', import.meta.url));
const appendScript = fileURLToPath(new URL('./test-support/append-audit.ts', import.meta.url));

/** Run a test-support script in a child Node process (with tsx); resolves to its exit code and stderr. */
function runChild(script: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], { cwd: process.cwd() }).then(
    (done) => ({ code: 0, stderr: done.stderr }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
}

for (const backend of backends) {
  describe(`store guarantees (${backend.name})`, () => {
    describe('one run, one transaction', () => {
      it.each<SaveStep>(['assessment', 'assets', 'findings', 'diagnostics', 'risks'])('a failure after writing %s leaves no part of the run and keeps earlier runs', async (failAt) => {
        const location = await backend.location();
        const store = await location.open({
          hooks: {
            afterSaveStep: (step) => {
              if (step === failAt && failing) throw new Error(`injected failure after ${step}`);
            },
          },
        });
        let failing = false;
        try {
          const system = await store.upsertSystem('credit', null);
          const earlier = makeRecord(system.id, minute(1), { findings: [makeFinding('a', 'm.pkl'), makeFinding('b', 'm.pkl')] });
          const earlierId = await store.saveAssessment(earlier);
          const before = await rowCounts(location);
          failing = true;
          const big = makeRecord(system.id, minute(2), { findings: Array.from({ length: 700 }, (_, i) => makeFinding(`r${i}`, 'm.pkl')) });
          const error = await store.saveAssessment(big).catch((e: unknown) => e);
          expect(error).toMatchObject({ code: 'ERR_STORE_WRITE' });
          expect((error as Error).message).toMatch(/Nothing of this run was saved/);
          expect(await rowCounts(location)).toEqual(before);
          expect((await store.listAssessments(system.id)).map((r) => r.id)).toEqual([earlierId]);
          expect((await store.listFindings(system.id)).map((f) => f.finding)).toEqual(earlier.findings);
          // The store still works after the rolled-back save.
          failing = false;
          await store.saveAssessment(big);
          expect(await store.listFindings(system.id)).toHaveLength(700);
        } finally {
          await store.close();
        }
      });

      it('a process that dies in the middle of a save leaves no partial run', async () => {
        const location = await backend.location();
        const store = await location.open();
        const system = await store.upsertSystem('credit', null);
        const earlierId = await store.saveAssessment(makeRecord(system.id, minute(1)));
        await store.close();
        const before = await rowCounts(location);

        const outcome = await runChild(crashScript, [backend.name, location.where, system.id, minute(2)]);
        expect(outcome).toEqual({ code: 7, stderr: '' });

        const reopened = await location.open();
        try {
          expect(await rowCounts(location)).toEqual(before);
          expect((await reopened.listAssessments(system.id)).map((r) => r.id)).toEqual([earlierId]);
          expect(await reopened.latestAssetHashes(system.id)).not.toHaveProperty('models/crash.pkl');
          expect([...(await reopened.latestAssetHashes(system.id)).keys()]).toEqual(['models/model.pkl']);
        } finally {
          await reopened.close();
        }
      });
    });

    describe('migrations', () => {
      it('concurrent opens of a new store apply each migration once', async () => {
        const location = await backend.location();
        const stores = await Promise.all([location.open(), location.open(), location.open(), location.open()]);
        await Promise.all(stores.map((s) => s.close()));
        const rows = await location.query<{ id: number | string }>('SELECT id FROM aisec_migrations ORDER BY id');
        expect(rows.map((r) => Number(r.id))).toEqual(migrations.map((m) => m.id));
      });

      it('a failing migration is rolled back whole and raises ERR_STORE_MIGRATION', async () => {
        const location = await backend.location();
        const broken: Migration = {
          id: migrations.length + 1,
          name: 'broken',
          description: 'Creates a table, then fails.',
          up: {
            sqlite: 'CREATE TABLE half_done (id INTEGER); INSERT INTO systems (id) VALUES (NULL);',
            postgres: 'CREATE TABLE half_done (id INTEGER); INSERT INTO systems (id) VALUES (NULL);',
          },
        };
        await expect(location.open({ migrations: [...migrations, broken] })).rejects.toMatchObject({ code: 'ERR_STORE_MIGRATION' });
        expect((await location.query<{ id: number }>('SELECT id FROM aisec_migrations ORDER BY id')).map((r) => Number(r.id))).toEqual(migrations.map((m) => m.id));
        const halfDone = backend.name === 'sqlite'
          ? await location.query("SELECT name FROM sqlite_master WHERE name = 'half_done'")
          : await location.query("SELECT table_name FROM information_schema.tables WHERE table_name = 'half_done' AND table_schema = current_schema()");
        expect(halfDone).toEqual([]);
        // The store as it was still opens with the real list.
        const store = await location.open();
        await store.upsertSystem('credit', null);
        await store.close();
      });

      it('a store written by a newer aisec raises ERR_STORE_VERSION and is not changed', async () => {
        const location = await backend.location();
        await (await location.open()).close();
        await location.query("INSERT INTO aisec_migrations (id, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00.000Z')");
        const error = await location.open().catch((e: unknown) => e);
        expect(error).toMatchObject({ code: 'ERR_STORE_VERSION' });
        expect((error as Error).message).toMatch(/newer aisec.*99.*Upgrade aisec/s);
        expect((await location.query<{ id: number }>('SELECT id FROM aisec_migrations ORDER BY id')).map((r) => Number(r.id))).toEqual([...migrations.map((m) => m.id), 99]);
      });
    });

    describe('audit log', () => {
      it('chains events from the genesis hash', async () => {
        const location = await backend.location();
        const store = await location.open();
        try {
          const first = await store.appendAudit({ actor: 'ana', action: 'approve', subject: 'm.pkl', detail: { sha256: 'x' }, at: minute(1) });
          const second = await store.appendAudit({ actor: 'bo', action: 'suppress', subject: 'f-1', detail: {} });
          expect(first).toMatchObject({ seq: 1, at: minute(1), prevHash: '0'.repeat(64) });
          expect(second.seq).toBe(2);
          expect(second.prevHash).toBe(first.hash);
          const events = await store.listAudit();
          expect(events).toEqual([first, second]);
          expect(verifyAuditChain(events)).toBeNull();
          expect(await store.listAudit({ afterSeq: 1 })).toEqual([second]);
          expect(await store.listAudit({ limit: 1 })).toEqual([first]);
        } finally {
          await store.close();
        }
      });

      it('keeps the chain intact under concurrent appends from several stores', async () => {
        const location = await backend.location();
        const stores = await Promise.all([location.open(), location.open(), location.open()]);
        try {
          await Promise.all(
            stores.flatMap((store, s) => Array.from({ length: 15 }, (_, i) => store.appendAudit({ actor: `store-${s}`, action: 'write', subject: `${i}`, detail: { i, s } }))),
          );
          const events = await stores[0]!.listAudit();
          expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
          expect(new Set(events.map((e) => e.prevHash)).size).toBe(45);
          expect(verifyAuditChain(events)).toBeNull();
        } finally {
          await Promise.all(stores.map((s) => s.close()));
        }
      });

      it('keeps the chain intact when several processes open a new store and append at once', async () => {
        const location = await backend.location();
        const outcomes = await Promise.all(['p1', 'p2', 'p3'].map((actor) => runChild(appendScript, [backend.name, location.where, actor, '10'])));
        expect(outcomes).toEqual(Array.from({ length: 3 }, () => ({ code: 0, stderr: '' })));
        const store = await location.open();
        try {
          const events = await store.listAudit();
          expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
          expect(new Set(events.map((e) => e.actor))).toEqual(new Set(['p1', 'p2', 'p3']));
          expect(verifyAuditChain(events)).toBeNull();
        } finally {
          await store.close();
        }
      });

      it('refuses updates and deletes of stored events', async () => {
        const location = await backend.location();
        const store = await location.open();
        await store.appendAudit({ actor: 'ana', action: 'a', subject: 's', detail: {} });
        await store.close();
        await expect(location.query("UPDATE audit_events SET actor = 'mallory'")).rejects.toThrow(/append-only/);
        await expect(location.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      });

      it('stores any JSON detail exactly and hashes what it stores (property)', async () => {
        const location = await backend.location();
        const store = await location.open();
        try {
          const detail = fc.dictionary(fc.string({ unit: 'binary', maxLength: 12 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 });
          await fc.assert(
            fc.asyncProperty(detail, fc.string({ unit: 'binary', maxLength: 30 }), async (value, subject) => {
              const appended = await store.appendAudit({ actor: 'prop', action: 'test', subject: subject.replaceAll('\u0000', ''), detail: value });
              const [stored] = await store.listAudit({ afterSeq: appended.seq - 1, limit: 1 });
              expect(stored).toEqual(appended);
              expect(stored!.detail).toEqual(JSON.parse(JSON.stringify(value)));
            }),
            { numRuns: 40 },
          );
          expect(verifyAuditChain(await store.listAudit())).toBeNull();
        } finally {
          await store.close();
        }
      });
    });
  });
}
