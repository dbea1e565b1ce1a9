/**
 * Parse a JWKS file (RFC 7517) into public keys ready to verify with `node:crypto`. Only
 * asymmetric signing keys are taken: RSA (2048 bits or more), EC on P-256, P-384 and P-521, and
 * OKP Ed25519/Ed448. A symmetric (`oct`) key, a private key, an unknown key type, a duplicate
 * `kid` or a key that does not load is an ERR_GATEWAY_CONFIG naming the file and the key, so a
 * broken file is noticed instead of silently verifying nothing. Keys marked `use: enc` are kept
 * out of verification.
 */
import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { AisecError } from '../../core/errors.js';
import { jwtAlgorithms, type JwtAlgorithm } from '../config/sections/auth.js';

/** Largest JWKS file read. */
export const maxJwksBytes = 256 * 1024;
/** Most keys in one JWKS. */
export const maxJwksKeys = 100;

/** One public key and the algorithms it may verify. */
export interface VerifyKey {
  readonly kid: string | undefined;
  readonly key: KeyObject;
  readonly algorithms: ReadonlySet<JwtAlgorithm>;
  /** RSA modulus or signature size in bytes, to check a signature's length before verifying. */
  readonly signatureBytes: number | undefined;
}

/** The usable keys of a JWKS. */
export interface KeySet {
  readonly keys: readonly VerifyKey[];
  readonly byKid: ReadonlyMap<string, VerifyKey>;
}

const rsaAlgorithms: JwtAlgorithm[] = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
const ecCurves: Record<string, { alg: JwtAlgorithm; bytes: number }> = { 'P-256': { alg: 'ES256', bytes: 64 }, 'P-384': { alg: 'ES384', bytes: 96 }, 'P-521': { alg: 'ES512', bytes: 132 } };
const okpCurves: Record<string, number> = { Ed25519: 64, Ed448: 114 };
const b64url = /^[A-Za-z0-9_-]{1,2048}$/;

function fail(file: string, problem: string): AisecError {
  return new AisecError('ERR_GATEWAY_CONFIG', `The JWKS file ${file} ${problem}. It must be a JSON Web Key Set ({"keys": [...]}) of the issuer's public signing keys (docs/gateway/keys.md).`, {
    details: { file },
  });
}

function field(file: string, jwk: Record<string, unknown>, at: string, name: string): string {
  const value = jwk[name];
  if (typeof value !== 'string' || !b64url.test(value)) throw fail(file, `has ${at} without a valid "${name}" (base64url text)`);
  return value;
}

function parseKey(file: string, raw: unknown, index: number): VerifyKey | undefined {
  const at0 = `key ${index}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw fail(file, `has ${at0} that is not an object`);
  const jwk = raw as Record<string, unknown>;
  if (jwk.kid !== undefined && (typeof jwk.kid !== 'string' || jwk.kid.length === 0 || jwk.kid.length > 256)) throw fail(file, `has ${at0} whose "kid" is not a string of 1 to 256 characters`);
  const kid = jwk.kid as string | undefined;
  const at = kid === undefined ? at0 : `${at0} (kid ${JSON.stringify(kid.slice(0, 60))})`;
  if (jwk.d !== undefined || jwk.p !== undefined || jwk.k !== undefined) throw fail(file, `has ${at} with private or secret key material; publish only public keys`);
  if (jwk.use !== undefined && jwk.use !== 'sig' && jwk.use !== 'enc') throw fail(file, `has ${at} whose "use" is neither "sig" nor "enc"`);
  if (jwk.key_ops !== undefined && !(Array.isArray(jwk.key_ops) && jwk.key_ops.length <= 10 && jwk.key_ops.every((op) => typeof op === 'string'))) throw fail(file, `has ${at} whose "key_ops" is not a list of strings`);
  if (jwk.alg !== undefined && (typeof jwk.alg !== 'string' || !(jwtAlgorithms as readonly string[]).includes(jwk.alg))) {
    throw fail(file, `has ${at} with "alg" ${JSON.stringify(String(jwk.alg).slice(0, 40))}; the gateway verifies ${jwtAlgorithms.join(', ')}`);
  }
  let algorithms: JwtAlgorithm[];
  let signatureBytes: number | undefined;
  let material: JsonWebKey;
  if (jwk.kty === 'RSA') {
    material = { kty: 'RSA', n: field(file, jwk, at, 'n'), e: field(file, jwk, at, 'e') };
    algorithms = rsaAlgorithms;
  } else if (jwk.kty === 'EC') {
    const curve = typeof jwk.crv === 'string' ? ecCurves[jwk.crv] : undefined;
    if (curve === undefined) throw fail(file, `has ${at} on the curve ${JSON.stringify(String(jwk.crv).slice(0, 40))}; EC keys must be on P-256, P-384 or P-521`);
    material = { kty: 'EC', crv: jwk.crv as string, x: field(file, jwk, at, 'x'), y: field(file, jwk, at, 'y') };
    algorithms = [curve.alg];
    signatureBytes = curve.bytes;
  } else if (jwk.kty === 'OKP') {
    const bytes = typeof jwk.crv === 'string' ? okpCurves[jwk.crv] : undefined;
    if (bytes === undefined) throw fail(file, `has ${at} on the curve ${JSON.stringify(String(jwk.crv).slice(0, 40))}; OKP keys must be Ed25519 or Ed448`);
    material = { kty: 'OKP', crv: jwk.crv as string, x: field(file, jwk, at, 'x') };
    algorithms = ['EdDSA'];
    signatureBytes = bytes;
  } else if (jwk.kty === 'oct') {
    throw fail(file, `has ${at} of type "oct" (a shared secret); the gateway verifies only asymmetric signatures`);
  } else {
    throw fail(file, `has ${at} of the unsupported type ${JSON.stringify(String(jwk.kty).slice(0, 40))}; use RSA, EC or OKP keys`);
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: material, format: 'jwk' });
  } catch (cause) {
    throw fail(file, `has ${at} that does not load as a public key (${(cause as Error).message})`);
  }
  if (jwk.kty === 'RSA') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < 2048) throw fail(file, `has ${at}, an RSA key of ${bits} bits; use 2048 bits or more`);
    signatureBytes = Math.ceil(bits / 8);
  }
  if (jwk.alg !== undefined) {
    if (!algorithms.includes(jwk.alg as JwtAlgorithm)) throw fail(file, `has ${at} whose "alg" ${String(jwk.alg)} does not fit its key type ${String(jwk.kty)}`);
    algorithms = [jwk.alg as JwtAlgorithm];
  }
  const ops = jwk.key_ops as string[] | undefined;
  if (jwk.use === 'enc' || (ops !== undefined && !ops.includes('verify'))) return undefined;
  return { kid, key, algorithms: new Set(algorithms), signatureBytes };
}

/** Parse JWKS text (or bytes) read from `file` (named in errors). */
export function parseJwks(text: string | Buffer, file: string): KeySet {
  if (text.length > maxJwksBytes) throw fail(file, `is larger than ${maxJwksBytes / 1024} KiB`);
  let doc: unknown;
  try {
    doc = JSON.parse(typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: true }).decode(text));
  } catch (cause) {
    throw fail(file, `is not JSON (${(cause as Error).message.slice(0, 200)})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw fail(file, 'is not a JSON object');
  const list = (doc as Record<string, unknown>).keys;
  if (!Array.isArray(list)) throw fail(file, 'has no "keys" array');
  if (list.length === 0) throw fail(file, 'has no keys');
  if (list.length > maxJwksKeys) throw fail(file, `has ${list.length} keys; at most ${maxJwksKeys} are read`);
  const keys: VerifyKey[] = [];
  const byKid = new Map<string, VerifyKey>();
  const kids = new Set<string>();
  list.forEach((raw, i) => {
    const key = parseKey(file, raw, i);
    const kid = (raw as { kid?: string }).kid;
    if (kid !== undefined) {
      if (kids.has(kid)) throw fail(file, `has two keys with the kid ${JSON.stringify(kid.slice(0, 60))}`);
      kids.add(kid);
    }
    if (key === undefined) return;
    keys.push(key);
    if (key.kid !== undefined) byKid.set(key.kid, key);
  });
  if (keys.length === 0) throw fail(file, 'has no signing keys (every key is for encryption)');
  return { keys, byKid };
}
