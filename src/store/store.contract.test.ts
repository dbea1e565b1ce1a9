import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findingIdOf } from '../core/finding.js';
import type { Store } from './store.js';
import { testBackends, type TestLocation } from './test-support/backends.js';
import { hashOf, makeFinding, makeRecord, makeRisk, makeTarget, minute } from './test-support/records.js';

// One behavioural suite for every backend (SQLite always, PostgreSQL when reachable; required in CI).
const backends = await testBackends();
afterAll(async () => {
  for (const backend of backends) await backend.dispose();
});

for (const backend of backends) {
  describe(`store (${backend.name})`, () => {
    let location: TestLocation;
    let store: Store;
    beforeEach(async () => {
      location = await backend.location();
      store = await location.open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('systems', () => {
      it('creates a system once and updates its descriptor path', async () => {
        const first = await store.upsertSystem('credit', '/a/aisec.yaml');
        const again = await store.upsertSystem('credit', '/b/aisec.yaml');
        expect(again.id).toBe(first.id);
        expect(again.descriptorPath).toBe('/b/aisec.yaml');
        expect(await store.getSystem('credit')).toEqual(again);
        expect(await store.getSystem('missing')).toBeNull();
        await store.upsertSystem('alpha', null);
        expect((await store.listSystems()).map((s) => s.name)).toEqual(['alpha', 'credit']);
      });
    });

    describe('assessments', () => {
      it('lists runs newest first and returns each report exactly as saved', async () => {
        const system = await store.upsertSystem('credit', null);
        const older = makeRecord(system.id, minute(1));
        const newer = makeRecord(system.id, minute(2), { status: 'incomplete' });
        const olderId = await store.saveAssessment(older);
        const newerId = await store.saveAssessment(newer);
        const runs = await store.listAssessments(system.id);
        expect(runs.map((r) => r.id)).toEqual([newerId, olderId]);
        expect(runs[0]).toMatchObject({ systemId: system.id, startedAt: minute(2), status: 'incomplete', toolVersion: '0.1.0', findingCount: 1 });
        expect(await store.listAssessments(system.id, 1)).toHaveLength(1);
        // Key order too: a re-rendered report must look like the original.
        expect(JSON.stringify(await store.getAssessmentReport(olderId))).toBe(JSON.stringify(older.report));
        expect(await store.getAssessmentReport('no-such-run')).toBeNull();
      });

      it('refuses a run of an unknown system and stores nothing', async () => {
        await expect(store.saveAssessment(makeRecord('no-such-system', minute(1)))).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
        expect(await location.query('SELECT * FROM assessments')).toEqual([]);
      });

      it('refuses records of the wrong shape, naming the field', async () => {
        const system = await store.upsertSystem('credit', null);
        const bad = { ...makeRecord(system.id, minute(1)), findings: [{ fingerprint: 42 }] };
        await expect(store.saveAssessment(bad as never)).rejects.toThrow(/findings\.0/);
        await expect(store.saveAssessment({ ...makeRecord(system.id, minute(1)), startedAt: 'yesterday' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
        await expect(store.saveAssessment(null as never)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
        expect(await store.listAssessments(system.id)).toEqual([]);
      });

      it('keeps the risks of the latest run', async () => {
        const system = await store.upsertSystem('credit', null);
        const finding = makeFinding('a', 'm.pkl');
        await store.saveAssessment(makeRecord(system.id, minute(1), { findings: [finding], risks: [makeRisk('R-old', [finding])] }));
        await store.saveAssessment(makeRecord(system.id, minute(2), { findings: [finding], risks: [makeRisk('R-new', [finding]), makeRisk('R-2', [])] }));
        expect((await store.listRisks(system.id)).map((r) => r.id)).toEqual(['R-new', 'R-2']);
        expect((await store.listRisks(system.id))[0]).toEqual(makeRisk('R-new', [finding]));
        expect(await store.listRisks('other')).toEqual([]);
      });
    });

    describe('findings', () => {
      it('derives first and last seen from the runs that reported each fingerprint', async () => {
        const system = await store.upsertSystem('credit', null);
        const steady = makeFinding('steady', 'm.pkl');
        const comeback = makeFinding('comeback', 'm.pkl');
        const fresh = makeFinding('fresh', 'm.pkl');
        await store.saveAssessment(makeRecord(system.id, minute(1), { findings: [steady, comeback] }));
        await store.saveAssessment(makeRecord(system.id, minute(2), { findings: [steady] }));
        const latestId = await store.saveAssessment(makeRecord(system.id, minute(3), { findings: [steady, comeback, fresh] }));
        const listed = await store.listFindings(system.id);
        expect(listed.map((f) => [f.finding.ruleId, f.firstSeen, f.lastSeen])).toEqual([
          ['test-scanner/steady', minute(1), minute(3)],
          ['test-scanner/comeback', minute(1), minute(3)],
          ['test-scanner/fresh', minute(3), minute(3)],
        ]);
        expect(listed.every((f) => f.assessmentId === latestId && f.suppression === null)).toBe(true);
        expect(listed[0]!.finding).toEqual(steady);
      });

      it('lists the findings of a named run, and only of runs of that system', async () => {
        const system = await store.upsertSystem('credit', null);
        const other = await store.upsertSystem('other', null);
        const firstId = await store.saveAssessment(makeRecord(system.id, minute(1), { findings: [makeFinding('one', 'm.pkl')] }));
        await store.saveAssessment(makeRecord(system.id, minute(2), { findings: [] }));
        expect(await store.listFindings(system.id)).toEqual([]);
        expect((await store.listFindings(system.id, { assessmentId: firstId })).map((f) => f.finding.ruleId)).toEqual(['test-scanner/one']);
        await expect(store.listFindings(other.id, { assessmentId: firstId })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
        expect(await store.listFindings('no-such-system')).toEqual([]);
      });
    });

    describe('suppressions', () => {
      const suppression = { reason: 'accepted risk', owner: 'ana', expiresAt: null, createdAt: minute(0) };

      it('suppresses by short id or fingerprint, for this and later runs', async () => {
        const system = await store.upsertSystem('credit', null);
        const a = makeFinding('a', 'm.pkl');
        const b = makeFinding('b', 'm.pkl');
        await store.saveAssessment(makeRecord(system.id, minute(1), { findings: [a, b] }));
        expect(await store.suppressFinding(system.id, findingIdOf(a.fingerprint), suppression)).toBe(a.fingerprint);
        expect(await store.suppressFinding(system.id, b.fingerprint.toUpperCase(), { ...suppression, owner: 'bo' })).toBe(b.fingerprint);
        await store.saveAssessment(makeRecord(system.id, minute(2), { findings: [a, b] }));
        const listed = await store.listFindings(system.id);
        expect(listed.map((f) => f.suppression?.owner)).toEqual(['ana', 'bo']);
        expect(listed[0]!.suppression).toEqual({ reason: 'accepted risk', owner: 'ana', expiresAt: null, createdAt: minute(0) });
      });

      it('replaces an earlier suppression of the same finding', async () => {
        const system = await store.upsertSystem('credit', null);
        const a = makeFinding('a', 'm.pkl');
        await store.saveAssessment(makeRecord(system.id, minute(1), { findings: [a] }));
        await store.suppressFinding(system.id, a.fingerprint, suppression);
        await store.suppressFinding(system.id, a.fingerprint, { ...suppression, reason: 'fixed upstream' });
        const active = await store.activeSuppressions(system.id, new Date(minute(5)));
        expect([...active.values()].map((s) => s.reason)).toEqual(['fixed upstream']);
      });

      it('leaves out expired suppressions', async () => {
        const system = await store.upsertSystem('credit', null);
        const a = makeFinding('a', 'm.pkl');
        const b = makeFinding('b', 'm.pkl');
        await store.saveAssessment(makeRecord(system.id, minute(1), { findings: [a, b] }));
        await store.suppressFinding(system.id, a.fingerprint, { ...suppression, expiresAt: minute(10) });
        await store.suppressFinding(system.id, b.fingerprint, suppression);
        expect([...(await store.activeSuppressions(system.id, new Date(minute(9)))).keys()].sort()).toEqual([a.fingerprint, b.fingerprint].sort());
        expect([...(await store.activeSuppressions(system.id, new Date(minute(10)))).keys()]).toEqual([b.fingerprint]);
      });

      it('refuses unknown, malformed, ambiguous-looking or foreign ids with ERR_FINDING_NOT_FOUND', async () => {
        const system = await store.upsertSystem('credit', null);
        const other = await store.upsertSystem('other', null);
        const a = makeFinding('a', 'm.pkl');
        await store.saveAssessment(makeRecord(other.id, minute(1), { findings: [a] }));
        for (const id of [a.fingerprint, findingIdOf(a.fingerprint), 'f-000000000000', 'nonsense', "f-' OR 1=1 --", '', 'f-' + a.fingerprint.slice(0, 11)]) {
          await expect(store.suppressFinding(system.id, id, suppression), id).rejects.toMatchObject({ code: 'ERR_FINDING_NOT_FOUND' });
        }
        expect((await store.activeSuppressions(system.id, new Date(minute(1)))).size).toBe(0);
      });

      it('refuses a suppression of the wrong shape', async () => {
        const system = await store.upsertSystem('credit', null);
        const a = makeFinding('a', 'm.pkl');
        await store.saveAssessment(makeRecord(system.id, minute(1), { findings: [a] }));
        await expect(store.suppressFinding(system.id, a.fingerprint, { ...suppression, reason: '' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
        await expect(store.suppressFinding(system.id, a.fingerprint, { ...suppression, expiresAt: 'soon' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      });
    });

    describe('asset baselines', () => {
      it('trusts the first hash seen until someone approves another; the latest approval wins', async () => {
        const system = await store.upsertSystem('credit', null);
        await store.saveAssessment(makeRecord(system.id, minute(1), { targets: [makeTarget('m.pkl', 'v1'), makeTarget('broken.pkl', null)] }));
        const secondId = await store.saveAssessment(makeRecord(system.id, minute(2), { targets: [makeTarget('m.pkl', 'v2'), makeTarget('d.csv', 'd1')] }));
        let baselines = await store.assetBaselines(system.id);
        expect(baselines.get('m.pkl')).toEqual({ sha256: hashOf('v1'), source: 'first-seen', at: minute(1) });
        expect(baselines.get('d.csv')).toEqual({ sha256: hashOf('d1'), source: 'first-seen', at: minute(2) });
        expect(baselines.has('broken.pkl')).toBe(false);
        expect(await store.latestAssetHashes(system.id)).toEqual(
          new Map([
            ['m.pkl', { sha256: hashOf('v2'), assessmentId: secondId }],
            ['d.csv', { sha256: hashOf('d1'), assessmentId: secondId }],
          ]),
        );

        await store.recordApproval({ systemId: system.id, path: 'm.pkl', sha256: hashOf('v2'), by: 'ana', reason: 'retrained', at: minute(3) });
        await store.recordApproval({ systemId: system.id, path: 'm.pkl', sha256: hashOf('v3'), by: 'bo', reason: 'retrained again', at: minute(4) });
        baselines = await store.assetBaselines(system.id);
        expect(baselines.get('m.pkl')).toEqual({ sha256: hashOf('v3'), source: 'approval', at: minute(4), by: 'bo' });
        expect((await store.listApprovals(system.id, 'm.pkl')).map((a) => a.by)).toEqual(['ana', 'bo']);
        expect(await store.listApprovals(system.id, 'd.csv')).toEqual([]);
        expect(await store.listApprovals(system.id)).toHaveLength(2);
      });

      it('keys assets by their stable key when the target has one', async () => {
        const system = await store.upsertSystem('credit', null);
        const target = { ...makeTarget('../elsewhere/models/m.pkl', 'v1'), key: 'models/m.pkl' };
        await store.saveAssessment(makeRecord(system.id, minute(1), { targets: [target] }));
        expect([...(await store.assetBaselines(system.id)).keys()]).toEqual(['models/m.pkl']);
      });

      it('refuses approvals for unknown systems or with a bad hash', async () => {
        const system = await store.upsertSystem('credit', null);
        const approval = { systemId: system.id, path: 'm.pkl', sha256: hashOf('x'), by: 'ana', reason: 'ok', at: minute(1) };
        await expect(store.recordApproval({ ...approval, systemId: 'nope' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
        await expect(store.recordApproval({ ...approval, sha256: 'abc' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
        expect(await store.listApprovals(system.id)).toEqual([]);
      });
    });

    describe('controls and incidents', () => {
      it('upserts controls per system', async () => {
        const system = await store.upsertSystem('credit', null);
        await store.upsertControl({ id: 'C-2', systemId: system.id, title: 'Sign models', status: 'planned', evidence: {} });
        await store.upsertControl({ id: 'C-1', systemId: system.id, title: 'Review data', status: 'planned', evidence: {} });
        await store.upsertControl({ id: 'C-2', systemId: system.id, title: 'Sign models', status: 'verified', evidence: { ticket: 'SEC-1', z: [1, 2] } });
        expect(await store.listControls(system.id)).toEqual([
          { id: 'C-1', systemId: system.id, title: 'Review data', status: 'planned', evidence: {} },
          { id: 'C-2', systemId: system.id, title: 'Sign models', status: 'verified', evidence: { ticket: 'SEC-1', z: [1, 2] } },
        ]);
        await expect(store.upsertControl({ id: 'C-3', systemId: 'nope', title: 'x', status: 'planned', evidence: {} })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      });

      it('creates, updates and lists incidents', async () => {
        const system = await store.upsertSystem('credit', null);
        const incident = { id: 'INC-1', systemId: system.id, title: 'Model replaced', severity: 'critical' as const, status: 'open' as const, openedAt: minute(1), detail: { model: 'm.pkl' } };
        await store.createIncident(incident);
        await store.createIncident({ ...incident, id: 'INC-2', systemId: null, openedAt: minute(2), detail: {} });
        await expect(store.createIncident(incident)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
        await store.updateIncident('INC-1', { status: 'contained' });
        await store.updateIncident('INC-1', { detail: { model: 'm.pkl', action: 'disabled' } });
        await expect(store.updateIncident('INC-9', { status: 'resolved' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
        expect(await store.listIncidents(system.id)).toEqual([{ ...incident, status: 'contained', detail: { action: 'disabled', model: 'm.pkl' } }]);
        expect((await store.listIncidents()).map((i) => i.id)).toEqual(['INC-2', 'INC-1']);
      });
    });
  });
}
