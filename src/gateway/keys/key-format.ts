/**
 * The API key format: `aisec_<id>_<secret>`. The id (12 lower-case base32 characters, 60 bits)
 * is public: it names the key in lists, logs, events and metrics and is how the gateway finds
 * the key. The secret is 32 random bytes in base64url (43 characters). The store keeps only the
 * SHA-256 of the secret.
 *
 * Why SHA-256 and not bcrypt or argon2: those slow hashes exist to make guessing a
 * low-entropy password expensive. A 256-bit random secret cannot be guessed whatever the hash,
 * so a slow hash would add nothing but cost (milliseconds of CPU per request, and a lever for
 * anyone who wants to burn the gateway's CPU with wrong keys). One SHA-256 takes about a
 * microsecond, and a leaked digest still does not give the secret back.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every API key starts with this. */
export const apiKeyPrefix = 'aisec_';
/** Characters of a key id. */
export const keyIdLength = 12;
/** Bytes of randomness in a new secret. */
export const secretBytes = 32;

const base32 = 'abcdefghijklmnopqrstuvwxyz234567';
const idPattern = /^[a-z2-7]{12}$/;
// 32 to 128 bytes of base64url without padding.
const secretPattern = /^[A-Za-z0-9_-]{43,171}$/;
const minKeyChars = apiKeyPrefix.length + keyIdLength + 1 + 43;
/** Longest text taken for a key (anything longer is not one). */
export const maxKeyChars = apiKeyPrefix.length + keyIdLength + 1 + 171;

/** A new key: the full text to hand to its owner once, and what the store keeps. */
export interface GeneratedApiKey {
  /** `aisec_<id>_<secret>`: shown once, never stored. */
  readonly key: string;
  readonly id: string;
  /** SHA-256 of the secret, 64 lower-case hex digits. */
  readonly digest: string;
}

/** A key split into its parts (syntax only; nothing is checked against the store). */
export interface ParsedApiKey {
  readonly id: string;
  readonly secret: string;
}

/** Make a new random key id. */
export function newKeyId(): string {
  const bytes = randomBytes(keyIdLength);
  let id = '';
  // 256 is a multiple of 32, so `& 31` keeps every character equally likely.
  for (const byte of bytes) id += base32[byte & 31];
  return id;
}

/** Make a new key. */
export function generateApiKey(): GeneratedApiKey {
  const id = newKeyId();
  const secret = randomBytes(secretBytes).toString('base64url');
  return { key: `${apiKeyPrefix}${id}_${secret}`, id, digest: secretDigest(secret).toString('hex') };
}

/** Whether `text` claims to be an API key (starts with `aisec_`), as opposed to a JWT. */
export function looksLikeApiKey(text: string): boolean {
  return text.startsWith(apiKeyPrefix);
}

/** Split `text` into id and secret, or undefined when it is not a well-formed key. Never throws. */
export function parseApiKey(text: unknown): ParsedApiKey | undefined {
  if (typeof text !== 'string' || text.length < minKeyChars || text.length > maxKeyChars) return undefined;
  if (!text.startsWith(apiKeyPrefix) || text.charCodeAt(apiKeyPrefix.length + keyIdLength) !== 0x5f /* _ */) return undefined;
  const id = text.slice(apiKeyPrefix.length, apiKeyPrefix.length + keyIdLength);
  const secret = text.slice(apiKeyPrefix.length + keyIdLength + 1);
  if (!idPattern.test(id) || !secretPattern.test(secret)) return undefined;
  return { id, secret };
}

/** The key id of a well-formed key id text, for logs; undefined for anything else. */
export function keyIdOf(text: unknown): string | undefined {
  return typeof text === 'string' && idPattern.test(text) ? text : undefined;
}

/** SHA-256 of a secret, as stored (hex) and compared (bytes). */
export function secretDigest(secret: string): Buffer {
  // The one-shot hash() skips the Hash object: about half the cost of createHash() for 43 bytes.
  return hash('sha256', secret, 'buffer');
}

/** Compare two 32-byte digests in constant time. */
export function sameDigest(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
