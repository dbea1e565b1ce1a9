/**
 * Signing keys: generation, loading and raw signatures with node:crypto. Ed25519 and ECDSA
 * (P-256, P-384, P-521, each with the hash model-transparency pairs with its curve). Key
 * material never appears in messages or errors.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { writeFileAtomic } from '../atomic-write.js';

/** Key types `aisec keys generate` makes. */
export const keyTypes = ['ed25519', 'ecdsa-p256'] as const;
/** A key type `aisec keys generate` makes. */
export type KeyType = (typeof keyTypes)[number];

/** What kind of key a loaded key is. */
export type KeyAlgorithm = 'ed25519' | 'ecdsa-p256' | 'ecdsa-p384' | 'ecdsa-p521';

const curves: Record<string, { algorithm: KeyAlgorithm; hash: string }> = {
  prime256v1: { algorithm: 'ecdsa-p256', hash: 'sha256' },
  secp384r1: { algorithm: 'ecdsa-p384', hash: 'sha384' },
  secp521r1: { algorithm: 'ecdsa-p521', hash: 'sha512' },
};

/** Largest key file read: a PEM key is a few hundred bytes; certtool adds a page of text. */
const MAX_KEY_FILE = 64 * 1024;

/** Files written by {@link generateKeys}. */
export interface GeneratedKeys {
  readonly privateKey: string;
  readonly publicKey: string;
  readonly type: KeyType;
  /** SHA-256 of the public key's SPKI PEM: the `hint` bundles carry. */
  readonly hint: string;
}

/**
 * Generate a key pair and write it to `dir` as `<name>.pem` (private, PKCS#8, mode 0600) and
 * `<name>.pub.pem` (public, SPKI). Existing files are never overwritten.
 *
 * @example
 * const { privateKey, publicKey } = await generateKeys('keys', 'ed25519');
 */
export async function generateKeys(dir: string, type: KeyType, name = 'signing-key'): Promise<GeneratedKeys> {
  if (!(keyTypes as readonly string[]).includes(type)) throw new AisecError('ERR_USAGE', `Unknown key type "${type}": choose ${keyTypes.join(' or ')}.`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/.test(name)) throw new AisecError('ERR_USAGE', `The key name "${name}" must be letters, digits, dots, dashes or underscores.`);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new AisecError('ERR_TARGET_NOT_FOUND', `${dir} is not a folder: create it first.`, { details: { path: dir } });
  const pair = type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const privateKey = path.join(dir, `${name}.pem`);
  const publicKey = path.join(dir, `${name}.pub.pem`);
  // The private key first: if it cannot be written, no orphan public key is left behind.
  await writeFileAtomic(privateKey, privatePem, { mode: 0o600, exclusive: true });
  await writeFileAtomic(publicKey, publicPem, { mode: 0o644, exclusive: true });
  return { privateKey, publicKey, type, hint: keyHint(pair.publicKey) };
}

/** Read a PEM private key for signing; ERR_KEY_INVALID when it is not one of a supported type. */
export async function loadPrivateKey(file: string): Promise<KeyObject> {
  const pem = await readKeyFile(file);
  // Refused before parsing: without a passphrase node:crypto would fail with a vaguer message.
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem)) throw keyError(file, 'it is encrypted; decrypt it first (openssl pkcs8 -in KEY -out PLAIN.pem) and keep the plain copy protected');
  if (!/-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/.test(pem)) throw keyError(file, 'it holds no PEM private key');
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw keyError(file, 'it cannot be parsed as a private key', error);
  }
  algorithmOf(key, file);
  return key;
}

/**
 * Read a PEM public key for verification. A private key is refused rather than silently turned
 * into its public half: a verifier that holds a private key is a key kept in the wrong place.
 */
export async function loadPublicKey(file: string): Promise<KeyObject> {
  const pem = await readKeyFile(file);
  if (/PRIVATE KEY-----/.test(pem)) throw keyError(file, 'it is a private key; pass the public key (the .pub.pem file) to verify');
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (error) {
    throw keyError(file, 'it cannot be parsed as a PEM public key', error);
  }
  algorithmOf(key, file);
  return key;
}

/** The algorithm of a key, or ERR_KEY_INVALID for RSA, other curves and the like. */
export function algorithmOf(key: KeyObject, source = 'the key'): KeyAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519';
  if (key.asymmetricKeyType === 'ec') {
    const curve = curves[key.asymmetricKeyDetails?.namedCurve ?? ''];
    if (curve) return curve.algorithm;
    throw keyError(source, `its curve ${key.asymmetricKeyDetails?.namedCurve ?? 'unknown'} is not supported (use P-256, P-384 or P-521)`);
  }
  throw keyError(source, `its type ${key.asymmetricKeyType ?? 'unknown'} is not supported (use Ed25519 or ECDSA)`);
}

/** SHA-256 (hex) of the public key's SPKI PEM, as model-transparency puts in `publicKey.hint`. */
export function keyHint(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(pub.export({ type: 'spki', format: 'pem' }) as string).digest('hex');
}

/** Sign bytes: Ed25519 as is, ECDSA with the curve's hash (DER signature). */
export function signBytes(key: KeyObject, data: Uint8Array): Buffer {
  return sign(hashOf(key), data, key);
}

/** Verify a signature made by {@link signBytes}; false (never a throw) when it does not verify. */
export function verifyBytes(key: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return verify(hashOf(key), data, key, signature);
  } catch {
    return false;
  }
}

function hashOf(key: KeyObject): string | null {
  const algorithm = algorithmOf(key);
  if (algorithm === 'ed25519') return null;
  return curves[key.asymmetricKeyDetails!.namedCurve!]!.hash;
}

async function readKeyFile(file: string): Promise<string> {
  const info = await stat(file).catch((error: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `The key file ${file} does not exist: check the path.`, { cause: error, details: { path: file } });
  });
  if (!info.isFile()) throw keyError(file, 'it is not a regular file');
  if (info.size > MAX_KEY_FILE) throw keyError(file, `it is ${info.size} bytes, far more than a key`);
  return readFile(file, 'utf8');
}

function keyError(file: string, why: string, cause?: unknown): AisecError {
  // Only the file name and the reason: never the key text.
  return new AisecError('ERR_KEY_INVALID', `${file} cannot be used as a key: ${why}.`, { ...(cause !== undefined ? { cause: new Error((cause as Error).message) } : {}), details: { path: file } });
}
