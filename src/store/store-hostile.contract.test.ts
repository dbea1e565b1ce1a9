import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { testBackends } from './test-support/backends.js';
import { makeFinding, makeRecord, makeTarget, minute } from './test-support/records.js';

// Hostile input on every backend: values are bound as parameters, checked before any SQL runs,
// and whatever is accepted comes back exactly.
const backends = await testBackends();
afterAll(async () => {
  for (const backend of backends) await backend.dispose();
});

const sqlLooking = ["x'); DROP TABLE systems; --", "' OR '1'='1", '"; DELETE FROM findings; --', '$1 ? ?? :name @p'];
const strangeText = ['Zürich 🚀 ﷽', 'right\u202Eto\u202Cleft', 'e\u0301 zero\u200Bwidth', '\uFEFFbom', 'tab\tnew\nline'];

for (const backend of backends) {
  describe(`store hostile input (${backend.name})`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await (await backend.location()).open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores SQL-looking and unusual text exactly, as data', async () => {
      for (const text of [...sqlLooking, ...strangeText]) {
        const system = await store.upsertSystem(text, text);
        expect(await store.getSystem(text)).toEqual(system);
        expect(system.descriptorPath).toBe(text);
        const event = await store.appendAudit({ actor: text, action: text, subject: text, detail: { [text]: text } });
        expect((await store.listAudit({ afterSeq: event.seq - 1 }))[0]).toEqual(event);
      }
      expect((await store.listSystems()).map((s) => s.name).sort()).toEqual([...sqlLooking, ...strangeText].sort());
    });

    it('keeps NUL and lone surrogates inside finding and report JSON exactly', async () => {
      const system = await store.upsertSystem('credit', null);
      const finding = makeFinding('odd', 'm.pkl', { message: 'nul\u0000 lone\uD800 pair😀', evidence: { 'k\u0000': '\uDC00', sql: sqlLooking[0] } });
      const record = makeRecord(system.id, minute(1), { findings: [finding] });
      const id = await store.saveAssessment(record);
      expect((await store.listFindings(system.id))[0]!.finding).toEqual(finding);
      expect(await store.getAssessmentReport(id)).toEqual(JSON.parse(JSON.stringify(record.report)));
    });

    it('saves a run whose target path holds NUL, with U+FFFD in the asset key only', async () => {
      const system = await store.upsertSystem('credit', null);
      const target = makeTarget('odd\u0000name.pkl', 'v1');
      const id = await store.saveAssessment(makeRecord(system.id, minute(1), { targets: [target] }));
      expect([...(await store.assetBaselines(system.id)).keys()]).toEqual(['odd\uFFFDname.pkl']);
      expect((await store.getAssessmentReport(id)) as { targets: unknown[] }).toMatchObject({ targets: [target] });
    });

    it('refuses NUL, lone surrogates and over-long text where text is kept exactly', async () => {
      for (const name of ['nul\u0000', 'lone\uD800', '', 'x'.repeat(501)]) {
        await expect(store.upsertSystem(name, null), JSON.stringify(name)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      }
      await expect(store.appendAudit({ actor: 'a\u0000', action: 'x', subject: '', detail: {} })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      expect(await store.listSystems()).toEqual([]);
      expect(await store.listAudit()).toEqual([]);
    });

    it('refuses detail that is huge, cyclic, too deep or not an object, and writes nothing', async () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      let deep: Record<string, unknown> = {};
      for (let i = 0; i < 100; i++) deep = { deep };
      const bad: unknown[] = [{ blob: 'x'.repeat(2 * 1024 * 1024) }, cyclic, deep, { n: 10n }, [1, 2], null, 'text'];
      for (const detail of bad) {
        await expect(store.appendAudit({ actor: 'a', action: 'b', subject: 'c', detail: detail as Record<string, unknown> })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      }
      const system = await store.upsertSystem('credit', null);
      await expect(store.upsertControl({ id: 'C', systemId: system.id, title: 't', status: 'planned', evidence: cyclic })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      await expect(store.saveAssessment({ ...makeRecord(system.id, minute(1)), report: cyclic })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      expect(await store.listAudit()).toEqual([]);
      expect(await store.listControls(system.id)).toEqual([]);
      expect(await store.listAssessments(system.id)).toEqual([]);
    });

    it('refuses arguments of the wrong type with ERR_STORE_INPUT', async () => {
      const system = await store.upsertSystem('credit', null);
      const s = store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const calls: [string, unknown[]][] = [
        ['upsertSystem', [42, null]],
        ['upsertSystem', ['ok', 42]],
        ['getSystem', [null]],
        ['listAssessments', [system.id, -1]],
        ['listAssessments', [system.id, 1.5]],
        ['listFindings', [system.id, { assessmentId: 7 }]],
        ['activeSuppressions', [system.id, new Date(Number.NaN)]],
        ['activeSuppressions', [system.id, 'now']],
        ['appendAudit', [{ actor: 5, action: 'x', subject: 'y', detail: {} }]],
        ['listAudit', [{ limit: 'all' }]],
        ['listAudit', [{ afterSeq: -1 }]],
        ['createIncident', [{ id: 'I', systemId: null, title: 't', severity: 'extreme', status: 'open', openedAt: minute(1), detail: {} }]],
        ['updateIncident', ['I', { status: 'gone' }]],
        ['recordApproval', [{ systemId: system.id, path: 'm', sha256: 'A'.repeat(64), by: 'x', reason: 'y', at: minute(1) }]],
      ];
      for (const [method, args] of calls) {
        await expect(s[method]!.apply(store, args), `${method}(${JSON.stringify(args)})`).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      }
    });
  });
}
