/**
 * Test helpers: key pairs of each kind, their public JWKS, and tokens signed with them (or
 * forged in the usual ways), made with `node:crypto` only.
 */
import { constants, createHmac, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** A signing key and its public JWK. */
export interface TestSigner {
  readonly kid: string;
  readonly alg: 'RS256' | 'PS256' | 'ES256' | 'EdDSA';
  readonly privateKey: KeyObject;
  readonly publicJwk: Record<string, unknown>;
}

/** Make a key pair for `alg` with `kid`. */
export function makeSigner(alg: TestSigner['alg'], kid: string): TestSigner {
  const pair =
    alg === 'RS256' || alg === 'PS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : alg === 'ES256'
        ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
        : generateKeyPairSync('ed25519');
  return { kid, alg, privateKey: pair.privateKey, publicJwk: { ...pair.publicKey.export({ format: 'jwk' }), kid, use: 'sig' } };
}

/** A JWKS document of the signers' public keys. */
export function jwksOf(...signers: TestSigner[]): string {
  return JSON.stringify({ keys: signers.map((s) => s.publicJwk) });
}

const b64 = (value: unknown): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Sign `claims` with `signer` (header fields may be overridden). */
export function signToken(signer: TestSigner, claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const input = `${b64({ alg: signer.alg, typ: 'JWT', kid: signer.kid, ...header })}.${b64(claims)}`;
  const data = Buffer.from(input);
  let signature: Buffer;
  if (signer.alg === 'EdDSA') signature = sign(null, data, signer.privateKey);
  else if (signer.alg === 'ES256') signature = sign('sha256', data, { key: signer.privateKey, dsaEncoding: 'ieee-p1363' });
  else if (signer.alg === 'PS256') signature = sign('sha256', data, { key: signer.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
  else signature = sign('sha256', data, signer.privateKey);
  return `${input}.${signature.toString('base64url')}`;
}

/** An `alg: none` token. */
export function unsignedToken(claims: Record<string, unknown>, signature = ''): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.${signature}`;
}

/** The algorithm-confusion forgery: HS256 with the public key (as PEM and as JWK JSON) as the HMAC secret. */
export function hmacWithPublicKey(signer: TestSigner, claims: Record<string, unknown>, secret: 'pem' | 'jwk'): string {
  const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: signer.kid })}.${b64(claims)}`;
  const key = secret === 'jwk' ? JSON.stringify(signer.publicJwk) : '';
  const mac = createHmac('sha256', key === '' ? pemOf(signer) : key).update(input).digest('base64url');
  return `${input}.${mac}`;
}

function pemOf(signer: TestSigner): string {
  return createPublicKey({ key: signer.publicJwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' }) as string;
}
