import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialOf } from './credential.js';
import { apiKeyPrefix, generateApiKey, parseApiKey, sameDigest, secretDigest } from './key-format.js';

describe('API key format', () => {
  it('makes keys aisec_<12 base32>_<43 base64url> whose digest is the SHA-256 of the secret', () => {
    const made = generateApiKey();
    expect(made.key).toMatch(/^aisec_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    const parsed = parseApiKey(made.key)!;
    expect(parsed.id).toBe(made.id);
    expect(secretDigest(parsed.secret).toString('hex')).toBe(made.digest);
    expect(made.digest).not.toContain(parsed.secret);
    expect(new Set(Array.from({ length: 200 }, () => generateApiKey().id)).size).toBe(200);
  });

  it('parses a secret that contains underscores (base64url) at the right place', () => {
    const key = `${apiKeyPrefix}abcdefghijkl_${'_'.repeat(10)}${'A'.repeat(33)}`;
    expect(parseApiKey(key)).toEqual({ id: 'abcdefghijkl', secret: `${'_'.repeat(10)}${'A'.repeat(33)}` });
  });

  it('refuses truncated, padded, wrong-prefix, wrong-alphabet and huge keys', () => {
    const { key } = generateApiKey();
    for (const bad of [
      '',
      key.slice(0, -1),
      `${key}=`,
      key.replace('aisec_', 'aisek_'),
      key.replace('aisec_', 'AISEC_'),
      key.slice(0, 18) + '-' + key.slice(19),
      key.slice(0, 6) + 'ABCDEFGHIJKL' + key.slice(18),
      key.slice(0, 6) + 'abcdefghij01' + key.slice(18),
      `${key}${'A'.repeat(200)}`,
      `${key} `,
      key.replace(/.$/, '!'),
      'aisec_' + 'a'.repeat(100_000),
    ]) {
      expect(parseApiKey(bad), bad.slice(0, 80)).toBeUndefined();
    }
    expect(parseApiKey(42)).toBeUndefined();
    expect(parseApiKey(null)).toBeUndefined();
  });

  it('compares digests only when equal in length', () => {
    const a = secretDigest('x');
    expect(sameDigest(a, secretDigest('x'))).toBe(true);
    expect(sameDigest(a, secretDigest('y'))).toBe(false);
    expect(sameDigest(a, a.subarray(0, 31))).toBe(false);
  });

  it('property: parsing never throws, and any change to a key is refused or gives another id or secret', () => {
    const { key } = generateApiKey();
    const original = parseApiKey(key)!;
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const parsed = parseApiKey(text);
        if (parsed !== undefined) expect(`${apiKeyPrefix}${parsed.id}_${parsed.secret}`).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.nat({ max: key.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }), (at, ch) => {
        const mutated = key.slice(0, at) + ch + key.slice(at + 1);
        fc.pre(mutated !== key);
        const parsed = parseApiKey(mutated);
        expect(parsed === undefined || parsed.id !== original.id || !sameDigest(secretDigest(parsed.secret), secretDigest(original.secret))).toBe(true);
      }),
    );
  });
});

describe('credential headers', () => {
  const { key } = generateApiKey();
  it('takes Authorization: Bearer (any case) and x-api-key, the same key in both', () => {
    expect(credentialOf({ authorization: `Bearer ${key}` })).toEqual({ kind: 'present', value: key });
    expect(credentialOf({ authorization: `bearer  ${key} ` })).toEqual({ kind: 'present', value: key });
    expect(credentialOf({ 'x-api-key': key })).toEqual({ kind: 'present', value: key });
    expect(credentialOf({ authorization: `Bearer ${key}`, 'x-api-key': key })).toEqual({ kind: 'present', value: key });
    expect(credentialOf({})).toEqual({ kind: 'none' });
  });

  it('refuses other schemes, empty values, repeated or differing credentials', () => {
    expect(credentialOf({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(credentialOf({ authorization: 'Bearer' })).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(credentialOf({ authorization: 'Bearer    ' })).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(credentialOf({ authorization: `Bearer ${key} extra` })).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(credentialOf({ 'x-api-key': '' })).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(credentialOf({ 'x-api-key': `${key}, ${key}` })).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(credentialOf({ 'x-api-key': [key, key] as never })).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(credentialOf({ authorization: `Bearer ${key}`, 'x-api-key': generateApiKey().key })).toEqual({ kind: 'invalid', reason: 'ambiguous' });
    expect(credentialOf({ authorization: `Bearer ${'a'.repeat(70_000)}` })).toEqual({ kind: 'invalid', reason: 'malformed' });
  });

  it('property: never throws on any header values', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 200 })), fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.string()))), (authorization, apiKey) => {
        const headers: Record<string, unknown> = {};
        if (authorization !== null) headers.authorization = authorization;
        if (apiKey !== null) headers['x-api-key'] = apiKey;
        const credential = credentialOf(headers as never);
        expect(['none', 'present', 'invalid']).toContain(credential.kind);
      }),
    );
  });
});
