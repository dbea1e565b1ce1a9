import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit-chain.js';
import type { NewReviewItem, Store } from './store.js';
import { testBackends, type TestLocation } from './test-support/backends.js';

// The gateway's model controls and review queue, on every backend (SQLite always, PostgreSQL when reachable).
const backends = await testBackends();
afterAll(async () => {
  for (const backend of backends) await backend.dispose();
});

const hash = 'a'.repeat(64);
function item(id: string, over: Partial<NewReviewItem> = {}): NewReviewItem {
  return {
    id,
    model: 'credit',
    route: 'credit-route',
    principal: 'key-1',
    createdAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2026-01-01T01:00:00.000Z',
    onExpiry: 'reject',
    answer: { status: 200, body: { label: 'deny', probabilities: [0.45, 0.55], note: 'é ✓' } },
    inputHash: hash,
    decision: { label: 'deny', confidence: 0.55, reason: 'low-confidence' },
    ...over,
  };
}

for (const backend of backends) {
  describe(`gateway controls and reviews (${backend.name})`, () => {
    let location: TestLocation;
    let store: Store;
    beforeEach(async () => {
      location = await backend.location();
      store = await location.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('numbers every control change, keeps the latest per subject and audits each', async () => {
      expect(await store.gatewayControlVersion()).toBe(0);
      expect(await store.listGatewayControls()).toEqual([]);
      const first = await store.setGatewayControl({ subject: 'credit', state: 'disabled', reason: 'incident 42', actor: 'cli:alice', at: '2026-01-01T00:00:00Z' });
      expect(first).toEqual({ subject: 'credit', state: 'disabled', reason: 'incident 42', actor: 'cli:alice', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 });
      await store.setGatewayControl({ subject: 'gpt-4o', state: 'restricted', reason: '', actor: 'admin:k1' });
      const back = await store.setGatewayControl({ subject: 'credit', state: 'enabled', reason: 'fixed', actor: 'cli:bob' });
      expect(back.version).toBe(3);
      expect(await store.gatewayControlVersion()).toBe(3);
      const listed = await store.listGatewayControls();
      expect(listed.map((c) => [c.subject, c.state, c.version])).toEqual([
        ['credit', 'enabled', 3],
        ['gpt-4o', 'restricted', 2],
      ]);
      const audit = await store.listAudit();
      expect(audit.map((e) => [e.action, e.subject, e.actor, e.detail.state, e.detail.previous])).toEqual([
        ['gateway.control', 'gateway:model:credit', 'cli:alice', 'disabled', 'enabled'],
        ['gateway.control', 'gateway:model:gpt-4o', 'admin:k1', 'restricted', 'enabled'],
        ['gateway.control', 'gateway:model:credit', 'cli:bob', 'enabled', 'disabled'],
      ]);
      expect(verifyAuditChain(audit)).toBeNull();
    });

    it('gives concurrent changes from two stores distinct, gap-free numbers', async () => {
      const other = await location.open();
      try {
        const changes = await Promise.all(
          Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? store : other).setGatewayControl({ subject: `m${i % 3}`, state: i % 2 === 0 ? 'disabled' : 'review', reason: `r${i}`, actor: 'test' })),
        );
        expect(changes.map((c) => c.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
        expect(await other.gatewayControlVersion()).toBe(12);
        expect(verifyAuditChain(await store.listAudit())).toBeNull();
      } finally {
        await other.close();
      }
    });

    it('refuses hostile control changes naming the field, and stores nothing', async () => {
      const bad = [
        { subject: '', state: 'disabled', reason: '', actor: 'a' },
        { subject: 'x'.repeat(257), state: 'disabled', reason: '', actor: 'a' },
        { subject: 'a\u0000b', state: 'disabled', reason: '', actor: 'a' },
        { subject: 'a\nb', state: 'disabled', reason: '', actor: 'a' },
        { subject: 'm', state: 'off', reason: '', actor: 'a' },
        { subject: 'm', state: 'disabled', reason: 'r'.repeat(5000), actor: 'a' },
        { subject: 'm', state: 'disabled', reason: 7, actor: 'a' },
        null,
      ];
      for (const change of bad) await expect(store.setGatewayControl(change as never)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      expect(await store.gatewayControlVersion()).toBe(0);
      expect(await store.listAudit()).toEqual([]);
    });

    it('keeps a held answer exactly and lists the queue oldest first by status and model', async () => {
      const held = await store.createReviewItem(item('rv_1'));
      expect(held.status).toBe('pending');
      await store.createReviewItem(item('rv_2', { model: 'fraud', createdAt: '2026-01-01T00:00:01Z' }));
      await store.createReviewItem(item('rv_0', { createdAt: '2026-01-01T00:00:02Z' }));
      const got = await store.getReviewItem('rv_1');
      expect(got).toEqual({ ...item('rv_1'), status: 'pending', decidedBy: null, decidedAt: null, note: null });
      expect(JSON.stringify(got?.answer.body)).toBe(JSON.stringify(item('rv_1').answer.body));
      expect(await store.getReviewItem('rv_missing')).toBeNull();
      expect((await store.listReviewItems()).map((i) => i.id)).toEqual(['rv_1', 'rv_2', 'rv_0']);
      expect((await store.listReviewItems({ model: 'credit' })).map((i) => i.id)).toEqual(['rv_1', 'rv_0']);
      expect((await store.listReviewItems({ status: 'approved' })).map((i) => i.id)).toEqual([]);
      expect(await store.listReviewItems({ limit: 1 })).toHaveLength(1);
      await expect(store.createReviewItem(item('rv_1'))).rejects.toMatchObject({ code: 'ERR_STORE_WRITE' });
      await expect(store.listReviewItems({ status: 'done' } as never)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
    });

    it('approves and rejects once, audited, and says why a second decision is refused', async () => {
      await store.createReviewItem(item('rv_a'));
      await store.createReviewItem(item('rv_b'));
      const approved = await store.decideReviewItem('rv_a', { status: 'approved', by: 'admin:k9', note: 'looks right', at: '2026-01-01T00:10:00Z' });
      expect(approved).toMatchObject({ status: 'approved', decidedBy: 'admin:k9', decidedAt: '2026-01-01T00:10:00.000Z', note: 'looks right' });
      expect(await store.getReviewItem('rv_a')).toEqual(approved);
      await expect(store.decideReviewItem('rv_a', { status: 'rejected', by: 'x', at: '2026-01-01T00:11:00Z' })).rejects.toMatchObject({ code: 'ERR_REVIEW_NOT_FOUND', message: expect.stringContaining('already approved by admin:k9') });
      await store.decideReviewItem('rv_b', { status: 'rejected', by: 'cli:bob', at: '2026-01-01T00:12:00Z' });
      await expect(store.decideReviewItem('rv_nope', { status: 'approved', by: 'x' })).rejects.toMatchObject({ code: 'ERR_REVIEW_NOT_FOUND' });
      const audit = await store.listAudit();
      expect(audit.map((e) => [e.action, e.subject, e.actor])).toEqual([
        ['gateway.review.approved', 'gateway:review:rv_a', 'admin:k9'],
        ['gateway.review.rejected', 'gateway:review:rv_b', 'cli:bob'],
      ]);
    });

    it('expires items past their time once, even when two stores sweep, and refuses late decisions', async () => {
      await store.createReviewItem(item('rv_old', { expiresAt: '2026-01-01T00:05:00Z' }));
      await store.createReviewItem(item('rv_new', { expiresAt: '2026-01-02T00:00:00Z', onExpiry: 'release' }));
      await store.createReviewItem(item('rv_late', { expiresAt: '2026-01-01T00:06:00Z' }));
      await expect(store.decideReviewItem('rv_late', { status: 'approved', by: 'x', at: '2026-01-01T00:07:00Z' })).rejects.toThrow(/expired/);
      expect((await store.getReviewItem('rv_late'))?.status).toBe('expired');
      const other = await location.open();
      try {
        const [a, b] = await Promise.all([store.expireReviewItems(new Date('2026-01-01T00:30:00Z')), other.expireReviewItems(new Date('2026-01-01T00:30:00Z'))]);
        expect([...a, ...b].map((i) => i.id)).toEqual(['rv_old']);
      } finally {
        await other.close();
      }
      expect((await store.getReviewItem('rv_new'))?.status).toBe('pending');
      const expiries = (await store.listAudit()).filter((e) => e.action === 'gateway.review.expired');
      expect(expiries.map((e) => e.subject).sort()).toEqual(['gateway:review:rv_late', 'gateway:review:rv_old']);
    });

    it('refuses review items of the wrong shape or too large', async () => {
      const bad: unknown[] = [
        { ...item('rv_x'), id: '../etc' },
        { ...item('rv_x'), inputHash: 'zz' },
        { ...item('rv_x'), answer: { status: 42, body: {} } },
        { ...item('rv_x'), decision: { label: 'a', confidence: Number.NaN, reason: 'x' } },
        { ...item('rv_x'), answer: { status: 200, body: { big: 'x'.repeat(1_100_000) } } },
        { ...item('rv_x'), createdAt: 'yesterday' },
      ];
      for (const value of bad) await expect(store.createReviewItem(value as never)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      expect(await store.listReviewItems()).toEqual([]);
    });
  });
}
