import fc from 'fast-check';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { parseJwks } from './jwks.js';
import { makeSigner } from './test-support/tokens.js';

const ed = makeSigner('EdDSA', 'ed-1');
const ec = makeSigner('ES256', 'ec-1');

function problem(text: string | Buffer): string {
  try {
    parseJwks(text, '/etc/aisec/jwks.json');
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    expect((error as AisecError).code).toBe('ERR_GATEWAY_CONFIG');
    expect((error as AisecError).message).toContain('/etc/aisec/jwks.json');
    return (error as AisecError).message;
  }
  throw new Error('parsed');
}

describe('JWKS files', () => {
  it('loads EC, OKP and RSA public keys with their algorithms, and leaves encryption keys out', () => {
    const rsa = makeSigner('RS256', 'rsa-1');
    const enc = { ...makeSigner('RS256', 'enc-1').publicJwk, use: 'enc' };
    const set = parseJwks(JSON.stringify({ keys: [ed.publicJwk, ec.publicJwk, { ...rsa.publicJwk, alg: 'PS256' }, enc] }), 'jwks.json');
    expect(set.keys.map((k) => [k.kid, [...k.algorithms]])).toEqual([['ed-1', ['EdDSA']], ['ec-1', ['ES256']], ['rsa-1', ['PS256']]]);
    expect(set.byKid.has('enc-1')).toBe(false);
  });

  it('refuses hostile and wrong files with a message naming the file and the key', () => {
    expect(problem('not json')).toMatch(/is not JSON/);
    expect(problem('[]')).toMatch(/not a JSON object/);
    expect(problem('{"keys": {}}')).toMatch(/no "keys" array/);
    expect(problem('{"keys": []}')).toMatch(/has no keys/);
    expect(problem(Buffer.from([0xff, 0xfe, 0x00]))).toMatch(/is not JSON/);
    expect(problem(`{"keys": [${'{},'.repeat(200)}{}]}`)).toMatch(/201 keys/);
    expect(problem(JSON.stringify({ keys: [ed.publicJwk], pad: 'x'.repeat(300 * 1024) }))).toMatch(/larger than 256 KiB/);
    expect(problem('['.repeat(100_000))).toMatch(/larger than|is not JSON/);
    expect(problem('{"keys": [7]}')).toMatch(/key 0 that is not an object/);
    expect(problem('{"keys": [{"kty": "oct", "k": "c2VjcmV0"}]}')).toMatch(/private or secret key material/);
    expect(problem('{"keys": [{"kty": "oct", "kid": "h"}]}')).toMatch(/type "oct"/);
    expect(problem('{"keys": [{"kty": "XYZ"}]}')).toMatch(/unsupported type "XYZ"/);
    expect(problem('{"keys": [{"kty": "EC", "crv": "secp256k1", "x": "AA", "y": "AA"}]}')).toMatch(/curve "secp256k1"/);
    expect(problem('{"keys": [{"kty": "EC", "crv": "P-256", "x": 1, "y": "AA"}]}')).toMatch(/valid "x"/);
    expect(problem('{"keys": [{"kty": "EC", "crv": "P-256", "x": "AAAA", "y": "AAAA"}]}')).toMatch(/does not load/);
    expect(problem(JSON.stringify({ keys: [{ ...ec.publicJwk, alg: 'HS256' }] }))).toMatch(/"alg" "HS256"/);
    expect(problem(JSON.stringify({ keys: [{ ...ec.publicJwk, alg: 'RS256' }] }))).toMatch(/does not fit/);
    expect(problem(JSON.stringify({ keys: [{ ...ec.publicJwk, kid: 5 }] }))).toMatch(/"kid" is not a string/);
    expect(problem(JSON.stringify({ keys: [ec.publicJwk, { ...ed.publicJwk, kid: 'ec-1' }] }))).toMatch(/two keys with the kid "ec-1"/);
    const priv = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    expect(problem(JSON.stringify({ keys: [priv] }))).toMatch(/private or secret key material/);
    expect(problem(JSON.stringify({ keys: [{ ...ed.publicJwk, use: 'enc' }] }))).toMatch(/no signing keys/);
  });

  it('property: any text or JSON either parses or fails with ERR_GATEWAY_CONFIG, never anything else', () => {
    const jwk = fc.record(
      { kty: fc.constantFrom('RSA', 'EC', 'OKP', 'oct', 'XYZ', 7), crv: fc.constantFrom('P-256', 'Ed25519', 'X25519', 'P-384'), kid: fc.oneof(fc.string(), fc.integer()), x: fc.string(), y: fc.base64String(), n: fc.string(), e: fc.constantFrom('AQAB', ''), alg: fc.string(), use: fc.constantFrom('sig', 'enc', 'x') },
      { requiredKeys: [] },
    );
    const attempt = (text: string) => {
      try {
        parseJwks(text, 'jwks.json');
      } catch (error) {
        expect(error).toBeInstanceOf(AisecError);
        expect((error as AisecError).code).toBe('ERR_GATEWAY_CONFIG');
      }
    };
    fc.assert(fc.property(fc.string({ maxLength: 300 }), attempt), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), (value) => attempt(JSON.stringify({ keys: value }))), { numRuns: 300 });
    fc.assert(fc.property(fc.array(jwk, { maxLength: 4 }), (keys) => attempt(JSON.stringify({ keys: [...keys, ...(keys.length % 2 ? [ed.publicJwk] : [])] }))), { numRuns: 300 });
  });
});
