/**
 * Verify a JWT (a JWS in compact form, RFC 7519/7515) with `node:crypto` only, following the
 * JWT best current practice (RFC 8725): the algorithm comes from the allow-list and must fit
 * the key (no `none`, no HMAC, so a public key can never be used as an HMAC secret); the key is
 * chosen by `kid` from the local JWKS only (`jku`, `x5u` and embedded `jwk` headers are never
 * followed); the signature is checked before the claims are read; `iss` and `aud` must match,
 * `exp` is required, `nbf` and `iat` are honoured with the configured clock skew. Every
 * segment must be canonical base64url, so no two texts of one token verify. Returns a reason
 * instead of throwing; the reason is for operators (events, metrics), never for the client.
 */
import { constants, verify } from 'node:crypto';
import type { JwtAlgorithm } from '../config/sections/auth.js';
import type { KeySet, VerifyKey } from './jwks.js';

/** Largest protected header accepted, in base64url characters. */
export const maxHeaderChars = 2048;

/** What a token must satisfy. */
export interface JwtRules {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: ReadonlySet<JwtAlgorithm>;
  readonly clockSkewSeconds: number;
  readonly maxTokenBytes: number;
  readonly scopeClaim: string;
}

/** Why a token was refused. */
export type JwtFailure =
  | 'too-large'
  | 'malformed'
  | 'header'
  | 'algorithm'
  | 'unknown-kid'
  | 'signature'
  | 'claims'
  | 'issuer'
  | 'audience'
  | 'expired'
  | 'not-yet-valid'
  | 'issued-in-future'
  | 'subject';

/** The verified facts of a token. */
export interface VerifiedJwt {
  readonly issuer: string;
  readonly subject: string;
  readonly scopes: readonly string[];
  /** `exp` in seconds since the epoch. */
  readonly expires: number;
}

/** The outcome of {@link verifyJwt}. */
export type JwtResult = { readonly ok: true; readonly token: VerifiedJwt } | { readonly ok: false; readonly reason: JwtFailure };

const shape = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;
const hashes: Record<JwtAlgorithm, string | null> = {
  RS256: 'sha256', RS384: 'sha384', RS512: 'sha512', PS256: 'sha256', PS384: 'sha384', PS512: 'sha512', ES256: 'sha256', ES384: 'sha384', ES512: 'sha512', EdDSA: null,
};
const saltBytes: Record<string, number> = { sha256: 32, sha384: 48, sha512: 64 };
const typs = new Set(['jwt', 'at+jwt', 'application/jwt', 'application/at+jwt']);

const failure = (reason: JwtFailure): JwtResult => ({ ok: false, reason });

/** Decode canonical base64url (the text must be exactly what encoding the bytes gives). */
function decode(segment: string): Buffer | undefined {
  if (segment.length % 4 === 1) return undefined;
  const bytes = Buffer.from(segment, 'base64url');
  return bytes.toString('base64url') === segment ? bytes : undefined;
}

function jsonObject(segment: string): Record<string, unknown> | undefined {
  const bytes = decode(segment);
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function pickKey(keys: KeySet, kid: unknown, alg: JwtAlgorithm): VerifyKey | undefined {
  if (kid !== undefined) {
    if (typeof kid !== 'string') return undefined;
    const key = keys.byKid.get(kid);
    return key?.algorithms.has(alg) ? key : undefined;
  }
  // No kid: only when exactly one key could verify this algorithm.
  let found: VerifyKey | undefined;
  for (const key of keys.keys) {
    if (!key.algorithms.has(alg)) continue;
    if (found !== undefined) return undefined;
    found = key;
  }
  return found;
}

function signatureValid(alg: JwtAlgorithm, key: VerifyKey, input: string, signature: Buffer): boolean {
  if (key.signatureBytes !== undefined && signature.length !== key.signatureBytes) return false;
  const hash = hashes[alg];
  const data = Buffer.from(input, 'latin1');
  try {
    if (hash === null) return verify(null, data, key.key, signature);
    if (alg.startsWith('ES')) return verify(hash, data, { key: key.key, dsaEncoding: 'ieee-p1363' }, signature);
    if (alg.startsWith('PS')) return verify(hash, data, { key: key.key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: saltBytes[hash] }, signature);
    return verify(hash, data, { key: key.key, padding: constants.RSA_PKCS1_PADDING }, signature);
  } catch {
    return false;
  }
}

function scopesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(' ').filter((s) => s.length > 0).slice(0, 100);
  if (Array.isArray(value)) return value.filter((s): s is string => typeof s === 'string').slice(0, 100);
  return [];
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Verify `token` against `keys` and `rules` at `nowSeconds`. Never throws. */
export function verifyJwt(token: unknown, keys: KeySet, rules: JwtRules, nowSeconds: number): JwtResult {
  if (typeof token !== 'string') return failure('malformed');
  if (token.length > rules.maxTokenBytes) return failure('too-large');
  const parts = shape.exec(token);
  if (parts === null) return failure('malformed');
  const [, headerText, payloadText, signatureText] = parts as unknown as [string, string, string, string];
  if (headerText.length > maxHeaderChars) return failure('header');
  const header = jsonObject(headerText);
  if (header === undefined) return failure('header');
  if (header.crit !== undefined) return failure('header');
  if (header.typ !== undefined && (typeof header.typ !== 'string' || !typs.has(header.typ.toLowerCase()))) return failure('header');
  const alg = header.alg;
  if (typeof alg !== 'string' || !rules.algorithms.has(alg as JwtAlgorithm)) return failure('algorithm');
  const key = pickKey(keys, header.kid, alg as JwtAlgorithm);
  if (key === undefined) return failure('unknown-kid');
  const signature = decode(signatureText);
  if (signature === undefined || !signatureValid(alg as JwtAlgorithm, key, `${headerText}.${payloadText}`, signature)) return failure('signature');
  const claims = jsonObject(payloadText);
  if (claims === undefined) return failure('claims');
  if (claims.iss !== rules.issuer) return failure('issuer');
  const aud = claims.aud;
  if (!(aud === rules.audience || (Array.isArray(aud) && aud.length <= 100 && aud.includes(rules.audience)))) return failure('audience');
  const skew = rules.clockSkewSeconds;
  if (!isTime(claims.exp)) return failure('claims');
  if (nowSeconds > claims.exp + skew) return failure('expired');
  if (claims.nbf !== undefined && (!isTime(claims.nbf) || nowSeconds + skew < claims.nbf)) return failure('not-yet-valid');
  if (claims.iat !== undefined && (!isTime(claims.iat) || claims.iat > nowSeconds + skew)) return failure('issued-in-future');
  if (typeof claims.sub !== 'string' || claims.sub.length === 0 || claims.sub.length > 1024) return failure('subject');
  return { ok: true, token: { issuer: rules.issuer, subject: claims.sub, scopes: scopesOf(claims[rules.scopeClaim]), expires: claims.exp } };
}
