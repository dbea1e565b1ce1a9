import { describe, expect, it } from 'vitest';
import type { StoredApiKey } from '../../store/index.js';
import { apiKeyState, apiKeyView } from './key-view.js';

const key = (over: Partial<StoredApiKey>): StoredApiKey =>
  ({ id: 'k1', owner: 'ops', scopes: ['*'], digest: 'd'.repeat(64), createdAt: '2026-01-01T00:00:00Z', expiresAt: null, revokedAt: null, revokedBy: null, revokeReason: null, lastUsedAt: null, ...over }) as unknown as StoredApiKey;
const now = Date.parse('2026-06-01T00:00:00Z');

describe('apiKeyState and apiKeyView', () => {
  it('says revoked before expired, expired at or after the expiry or when it cannot be read, active otherwise', () => {
    expect(apiKeyState(key({ revokedAt: '2026-02-01T00:00:00Z', expiresAt: '2026-03-01T00:00:00Z' }), now)).toBe('revoked');
    expect(apiKeyState(key({ expiresAt: '2026-06-01T00:00:00Z' }), now)).toBe('expired');
    expect(apiKeyState(key({ expiresAt: 'not a date' }), now)).toBe('expired');
    expect(apiKeyState(key({ expiresAt: '2026-06-01T00:00:01Z' }), now)).toBe('active');
    expect(apiKeyState(key({}), now)).toBe('active');
  });

  it('shows every field but the digest', () => {
    const view = apiKeyView(key({}));
    expect(Object.keys(view).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'owner', 'revokeReason', 'revokedAt', 'revokedBy', 'scopes']);
    expect(JSON.stringify(view)).not.toContain('d'.repeat(64));
  });
});
