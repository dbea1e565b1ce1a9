import fc from 'fast-check';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseJwks } from './jwks.js';
import { verifyJwt, type JwtRules } from './jwt.js';
import { hmacWithPublicKey, jwksOf, makeSigner, signToken, unsignedToken } from './test-support/tokens.js';

const rsa = makeSigner('RS256', 'rsa-1');
const ps = makeSigner('PS256', 'ps-1');
const ec = makeSigner('ES256', 'ec-1');
const ed = makeSigner('EdDSA', 'ed-1');
const keys = parseJwks(jwksOf(rsa, ps, ec, ed), 'jwks.json');
const now = 1_800_000_000;
const rules: JwtRules = {
  issuer: 'https://idp.example',
  audience: 'aisec-gateway',
  algorithms: new Set(['RS256', 'PS256', 'ES256', 'EdDSA']),
  clockSkewSeconds: 30,
  maxTokenBytes: 8192,
  scopeClaim: 'scope',
};
const claims = (extra: Record<string, unknown> = {}) => ({ iss: 'https://idp.example', aud: 'aisec-gateway', sub: 'user-1', exp: now + 300, iat: now - 10, scope: 'route:chat model:small', ...extra });
const reason = (token: unknown, at = now) => {
  const result = verifyJwt(token, keys, rules, at);
  return result.ok ? 'ok' : result.reason;
};

describe('JWT verification', () => {
  it('accepts RS256, PS256, ES256 and EdDSA tokens and reads subject and scopes', () => {
    for (const signer of [rsa, ps, ec, ed]) {
      const result = verifyJwt(signToken(signer, claims()), keys, rules, now);
      expect(result, signer.alg).toEqual({ ok: true, token: { issuer: 'https://idp.example', subject: 'user-1', scopes: ['route:chat', 'model:small'], expires: now + 300 } });
    }
    const listed = verifyJwt(signToken(ed, claims({ scope: ['a', 7, 'b'], aud: ['other', 'aisec-gateway'] })), keys, rules, now);
    expect(listed.ok && listed.token.scopes).toEqual(['a', 'b']);
    expect(reason(signToken(ed, claims({ scope: undefined })))).toBe('ok');
    // Without kid: only when one key can verify the algorithm.
    expect(reason(signToken(ed, claims(), { kid: undefined }))).toBe('ok');
  });

  it('refuses forged and tampered tokens', () => {
    const good = signToken(rsa, claims());
    const [h, p, s] = good.split('.') as [string, string, string];
    expect(reason(`${h}.${Buffer.from(JSON.stringify(claims({ sub: 'admin' }))).toString('base64url')}.${s}`)).toBe('signature');
    expect(reason(`${h}.${p}.${s.slice(0, -4)}AAAA`)).toBe('signature');
    expect(reason(`${h}.${p}.`)).toBe('malformed');
    expect(reason(unsignedToken(claims()))).toBe('malformed');
    expect(reason(unsignedToken(claims(), 'c2ln'))).toBe('algorithm');
    expect(reason(hmacWithPublicKey(rsa, claims(), 'pem'))).toBe('algorithm');
    expect(reason(hmacWithPublicKey(rsa, claims(), 'jwk'))).toBe('algorithm');
    // A key of one kind cannot verify another algorithm, even when the alg is allowed.
    expect(reason(signToken(ec, claims(), { alg: 'RS256' }))).toBe('unknown-kid');
    expect(reason(signToken(rsa, claims(), { kid: 'nope' }))).toBe('unknown-kid');
    expect(reason(signToken(rsa, claims(), { kid: 42 }))).toBe('unknown-kid');
    expect(reason(signToken(rsa, claims(), { kid: undefined }))).toBe('unknown-kid'); // two RSA keys could
    const stranger = makeSigner('ES256', 'ec-1');
    expect(reason(signToken(stranger, claims()))).toBe('signature');
    expect(reason(signToken(rsa, claims(), { crit: ['exp'] }))).toBe('header');
    expect(reason(signToken(rsa, claims(), { typ: 'JWE' }))).toBe('header');
  });

  it('checks issuer, audience, expiry, not-before, issued-at and subject with the clock skew', () => {
    expect(reason(signToken(ec, claims({ iss: 'https://evil.example' })))).toBe('issuer');
    expect(reason(signToken(ec, claims({ aud: 'other' })))).toBe('audience');
    expect(reason(signToken(ec, claims({ aud: ['other'] })))).toBe('audience');
    expect(reason(signToken(ec, claims({ exp: undefined })))).toBe('claims');
    expect(reason(signToken(ec, claims({ exp: '1900000000' })))).toBe('claims');
    expect(reason(signToken(ec, claims({ exp: now - 31 })))).toBe('expired');
    expect(reason(signToken(ec, claims({ exp: now - 29 })))).toBe('ok');
    expect(reason(signToken(ec, claims({ nbf: now + 31 })))).toBe('not-yet-valid');
    expect(reason(signToken(ec, claims({ nbf: now + 29 })))).toBe('ok');
    expect(reason(signToken(ec, claims({ iat: now + 60 })))).toBe('issued-in-future');
    expect(reason(signToken(ec, claims({ sub: '' })))).toBe('subject');
    expect(reason(signToken(ec, claims({ sub: 7 })))).toBe('subject');
  });

  it('refuses oversized tokens and headers before verifying, and garbage of every shape', () => {
    expect(reason(signToken(ed, claims({ pad: 'x'.repeat(9000) })))).toBe('too-large');
    expect(reason(signToken(ed, claims(), { pad: 'x'.repeat(2000) }))).toBe('header');
    for (const bad of ['', '.', '..', 'a.b.c', 'a.b.c.d', 'eyJ.eyJ.sig', `${'a'.repeat(100)}`, '!!.!!.!!', 42, null, {}]) {
      expect(['malformed', 'header']).toContain(reason(bad));
    }
    const notJsonHeader = `${Buffer.from('[1,2]').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.c2ln`;
    expect(reason(notJsonHeader)).toBe('header');
  });

  it('property: never throws, and no mutation of a valid token verifies', () => {
    const token = signToken(ec, claims());
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.='.split('')), (at, ch) => {
        const mutated = token.slice(0, at) + ch + token.slice(at + 1);
        fc.pre(mutated !== token);
        expect(reason(mutated)).not.toBe('ok');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.nat({ max: token.length }), fc.string({ minLength: 1, maxLength: 5 }), (at, inserted) => {
        expect(reason(token.slice(0, at) + inserted + token.slice(at))).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.jsonValue(), fc.jsonValue(), (text, header, payload) => {
        reason(text);
        const forged = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload ?? null)).toString('base64url')}.c2lnbmF0dXJl`;
        expect(reason(forged)).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('does not take an RSA key shorter than 2048 bits', () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' });
    expect(() => parseJwks(JSON.stringify({ keys: [{ ...small, kid: 'small' }] }), 'jwks.json')).toThrow(/1024 bits; use 2048/);
  });
});
