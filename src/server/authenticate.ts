/**
 * Who is calling: a token (an API key with a `role:` scope) sent as a Bearer header, or a
 * session cookie made from one. The key is read from its store on every request, so a key
 * revoked or expired anywhere (the dashboard, `aisec keys revoke`) stops working at once, and
 * its sessions with it. Secrets are compared as the gateway compares them: SHA-256 digests in
 * constant time, with a decoy digest when the key id is unknown. Every refusal of a
 * credential is the same 401, whatever the reason.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { AisecError } from '../core/errors.js';
import { credentialOf, parseApiKey, sameDigest, secretDigest } from '../gateway/index.js';
import type { StoredApiKey } from '../store/index.js';
import { roleOfScopes, type Role } from './roles.js';
import type { KeySource } from './served-stores.js';
import type { SessionStore } from './sessions.js';

/** The one message of every 401. */
export const tokenRequiredMessage = 'A valid dashboard token is required: sign in (POST /api/v1/session) or send "Authorization: Bearer <token>". Tokens are made with aisec keys create --scope role:viewer|analyst|admin.';

/** An authenticated caller. */
export interface Caller {
  readonly keyId: string;
  readonly owner: string;
  readonly role: Role;
  readonly source: KeySource;
  /** Set when the caller came with a session cookie. */
  readonly sessionId?: string;
  readonly expiresAt: string | null;
}

const decoy = secretDigest('aisec-dashboard-decoy-secret-never-issued');

function refuse(): never {
  throw new AisecError('ERR_AUTH_REQUIRED', tokenRequiredMessage);
}

function live(key: StoredApiKey, nowMs: number): boolean {
  if (key.revokedAt !== null) return false;
  if (key.expiresAt === null) return true;
  const at = Date.parse(key.expiresAt);
  // An expiry that does not parse fails closed.
  return !Number.isNaN(at) && at > nowMs;
}

function callerOf(key: StoredApiKey, source: KeySource, sessionId?: string): Caller {
  const role = roleOfScopes(Array.isArray(key.scopes) ? key.scopes : []);
  if (role === undefined) throw new AisecError('ERR_AUTH_FORBIDDEN', `The key ${key.id} has no dashboard role; make a token with aisec keys create --scope role:viewer (or role:analyst, role:admin).`);
  return { keyId: key.id, owner: key.owner, role, source, expiresAt: key.expiresAt, ...(sessionId === undefined ? {} : { sessionId }) };
}

/** Check a token text against the key stores; throws ERR_AUTH_REQUIRED (or ERR_AUTH_FORBIDDEN for a key without a role). */
export async function callerOfToken(token: unknown, sources: readonly KeySource[], nowMs: number): Promise<Caller> {
  const parsed = parseApiKey(token);
  if (parsed === undefined) return refuse();
  const digest = secretDigest(parsed.secret);
  for (const source of sources) {
    const key = await source.store.getApiKey(parsed.id);
    if (key === null) continue;
    if (!sameDigest(digest, Buffer.from(key.digest, 'hex')) || !live(key, nowMs)) return refuse();
    return callerOf(key, source);
  }
  sameDigest(digest, decoy);
  return refuse();
}

/** The caller of a request's headers (Bearer first, then the session cookie), or undefined when it carries neither. */
export async function callerOfRequest(headers: IncomingHttpHeaders, sessionId: string | undefined, sources: readonly KeySource[], sessions: SessionStore, nowMs: number): Promise<Caller | undefined> {
  const credential = credentialOf(headers);
  if (credential.kind === 'invalid') return refuse();
  if (credential.kind === 'present') return callerOfToken(credential.value, sources, nowMs);
  if (sessionId === undefined) return undefined;
  const session = sessions.get(sessionId, nowMs);
  const source = session && sources.find((s) => s.label === session.source);
  if (session === undefined || source === undefined) return refuse();
  const key = await source.store.getApiKey(session.keyId);
  if (key === null || !live(key, nowMs)) {
    sessions.deleteForKey(session.keyId);
    return refuse();
  }
  return callerOf(key, source, sessionId);
}

/** Whether the caller may open the system named `name`. */
export function mayOpenSystem(caller: Caller, name: string): boolean {
  return caller.source.global || caller.source.label === name;
}

/** The actor recorded in audit trails and histories for a caller. */
export function actorOf(caller: Caller): string {
  return `dashboard:${caller.owner} (key ${caller.keyId})`;
}
