import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewApiKey, Store } from './store.js';
import { testBackends, type TestLocation } from './test-support/backends.js';

// The API keys of the gateway, on every backend (SQLite always, PostgreSQL when reachable; required in CI).
const backends = await testBackends();
afterAll(async () => {
  for (const backend of backends) await backend.dispose();
});

const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');
const key = (id: string, extra: Partial<NewApiKey> = {}): NewApiKey => ({
  id,
  digest: digest(`secret-of-${id}`),
  owner: 'team-a',
  scopes: ['route:chat', 'model:gpt-4o-mini'],
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: null,
  ...extra,
});

for (const backend of backends) {
  describe(`store api keys (${backend.name})`, () => {
    let location: TestLocation;
    let store: Store;
    beforeEach(async () => {
      location = await backend.location();
      store = await location.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('creates a key, reads it back and refuses a second key with the same id', async () => {
      const made = await store.createApiKey(key('abcdefghijkl', { expiresAt: '2027-01-01T00:00:00+02:00' }));
      expect(made).toMatchObject({ id: 'abcdefghijkl', owner: 'team-a', scopes: ['route:chat', 'model:gpt-4o-mini'], expiresAt: '2026-12-31T22:00:00.000Z', revokedAt: null, lastUsedAt: null });
      expect(made.version).toBeGreaterThan(0);
      expect(await store.getApiKey('abcdefghijkl')).toEqual(made);
      expect(await store.getApiKey('nope')).toBeNull();
      await expect(store.createApiKey(key('abcdefghijkl', { owner: 'other' }))).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      expect((await store.getApiKey('abcdefghijkl'))?.owner).toBe('team-a');
    });

    it('stores the digest only: no column holds anything but the digest of the secret', async () => {
      await store.createApiKey(key('abcdefghijkl'));
      const rows = await location.query<Record<string, unknown>>('SELECT * FROM api_keys');
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain('secret-of-abcdefghijkl');
      expect(rows[0]!.digest).toBe(digest('secret-of-abcdefghijkl'));
    });

    it('lists keys in creation order, revoked ones only when asked, by owner', async () => {
      await store.createApiKey(key('key-b', { createdAt: '2026-01-02T00:00:00Z', owner: 'team-b' }));
      await store.createApiKey(key('key-a', { createdAt: '2026-01-01T00:00:00Z' }));
      await store.createApiKey(key('key-c', { createdAt: '2026-01-03T00:00:00Z' }));
      await store.revokeApiKey('key-c', { by: 'alice', reason: 'leaked in a log' });
      expect((await store.listApiKeys()).map((k) => k.id)).toEqual(['key-a', 'key-b']);
      expect((await store.listApiKeys({ includeRevoked: true })).map((k) => k.id)).toEqual(['key-a', 'key-b', 'key-c']);
      expect((await store.listApiKeys({ owner: 'team-b' })).map((k) => k.id)).toEqual(['key-b']);
      expect(await store.listApiKeys({ owner: 'nobody', includeRevoked: true })).toEqual([]);
    });

    it('revokes once, recording who and why; a second revoke changes nothing', async () => {
      const made = await store.createApiKey(key('key-a'));
      const revoked = await store.revokeApiKey('key-a', { by: 'alice', reason: 'rotated', at: '2026-02-01T00:00:00Z' });
      expect(revoked).toMatchObject({ revokedAt: '2026-02-01T00:00:00.000Z', revokedBy: 'alice', revokeReason: 'rotated' });
      expect(revoked.version).toBeGreaterThan(made.version);
      const again = await store.revokeApiKey('key-a', { by: 'bob', reason: 'again' });
      expect(again).toEqual(revoked);
      expect(await store.getApiKey('key-a')).toEqual(revoked);
      await expect(store.revokeApiKey('no-such-key', { by: 'alice', reason: '' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
    });

    it('reads changes after a change number, in order, paged', async () => {
      const a = await store.createApiKey(key('key-a'));
      const b = await store.createApiKey(key('key-b'));
      expect((await store.apiKeyChanges(0)).map((k) => k.id)).toEqual(['key-a', 'key-b']);
      expect(await store.apiKeyChanges(b.version)).toEqual([]);
      await store.revokeApiKey('key-a', { by: 'ops', reason: 'left the company' });
      const changed = await store.apiKeyChanges(b.version);
      expect(changed.map((k) => [k.id, k.revokedBy])).toEqual([['key-a', 'ops']]);
      expect(changed[0]!.version).toBeGreaterThan(b.version);
      expect((await store.apiKeyChanges(0, 1)).map((k) => k.id)).toEqual(['key-b']);
      expect((await store.apiKeyChanges(a.version - 1, 1)).map((k) => k.id)).toEqual(['key-b']);
    });

    it('gives concurrent creates from two stores distinct, increasing change numbers', async () => {
      const other = await location.open();
      try {
        const made = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? store : other).createApiKey(key(`key-${String(i).padStart(2, '0')}`))));
        const versions = made.map((k) => k.version);
        expect(new Set(versions).size).toBe(12);
        const changes = await store.apiKeyChanges(0);
        expect(changes.map((k) => k.version)).toEqual([...versions].sort((x, y) => x - y));
      } finally {
        await other.close();
      }
    });

    it('records last use in batches, only forward, without moving the change number', async () => {
      const made = await store.createApiKey(key('key-a'));
      await store.recordApiKeyUse([
        { id: 'key-a', at: '2026-03-01T00:00:00Z' },
        { id: 'key-a', at: '2026-03-02T00:00:00Z' },
        { id: 'unknown-key', at: '2026-03-02T00:00:00Z' },
      ]);
      expect((await store.getApiKey('key-a'))?.lastUsedAt).toBe('2026-03-02T00:00:00.000Z');
      await store.recordApiKeyUse([{ id: 'key-a', at: '2026-01-15T00:00:00Z' }]);
      expect((await store.getApiKey('key-a'))?.lastUsedAt).toBe('2026-03-02T00:00:00.000Z');
      expect(await store.apiKeyChanges(made.version)).toEqual([]);
      await store.recordApiKeyUse([]);
    });

    it('refuses hostile input naming the field, storing nothing', async () => {
      const bad: unknown[] = [
        null,
        { ...key('key-a'), digest: 'x'.repeat(64) },
        { ...key('key-a'), id: 'has space' },
        { ...key('key-a'), id: 'a'.repeat(65) },
        { ...key('key-a'), owner: 'a\u0000b' },
        { ...key('key-a'), owner: 'x'.repeat(201) },
        { ...key('key-a'), scopes: 'route:chat' },
        { ...key('key-a'), scopes: Array.from({ length: 101 }, (_, i) => `route:r${i}`) },
        { ...key('key-a'), createdAt: 'yesterday' },
        { ...key('key-a'), expiresAt: 42 },
      ];
      for (const value of bad) await expect(store.createApiKey(value as NewApiKey)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      await expect(store.createApiKey({ ...key('key-a'), owner: 'x'.repeat(201) })).rejects.toThrow(/owner/);
      expect(await store.listApiKeys({ includeRevoked: true })).toEqual([]);
      await expect(store.revokeApiKey('key-a', { by: '', reason: 'x' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      await expect(store.apiKeyChanges(-1)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      await expect(store.apiKeyChanges(0, 0)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      await expect(store.recordApiKeyUse([{ id: 'key-a', at: 'soon' }])).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      await expect(store.getApiKey(42 as never)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
    });
  });
}
