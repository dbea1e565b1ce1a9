/**
 * Browser sessions: a random id in an HttpOnly cookie, and on the server the key id, the store
 * the key is in and an expiry. The map holds digests of the ids (a copy of the map reveals no
 * cookie), is bounded (the oldest session goes first), and forgets every session of a key
 * when the key is revoked.
 */
import { hash, randomBytes } from 'node:crypto';

/** What a session stands for. */
export interface Session {
  readonly keyId: string;
  /** Label of the key store the key was found in (see served-stores.ts). */
  readonly source: string;
  readonly expiresAtMs: number;
}

/** Name of the session cookie. */
export const sessionCookie = 'aisec_session';
/** Default lifetime of a session: 8 hours. */
export const defaultSessionMs = 8 * 3_600_000;
/** Most live sessions kept. */
export const maxSessions = 10_000;

const idPattern = /^[A-Za-z0-9_-]{43}$/;
const digestOf = (id: string): string => hash('sha256', id, 'hex');

/** The session map of one server. */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();

  /** Start a session; returns the id to put in the cookie. */
  create(session: Session): string {
    const id = randomBytes(32).toString('base64url');
    if (this.#sessions.size >= maxSessions) this.#sessions.delete(this.#sessions.keys().next().value!);
    this.#sessions.set(digestOf(id), session);
    return id;
  }

  /** The live session with this id, or undefined (an expired one is forgotten). */
  get(id: string, nowMs: number): Session | undefined {
    if (!idPattern.test(id)) return undefined;
    const digest = digestOf(id);
    const session = this.#sessions.get(digest);
    if (session === undefined) return undefined;
    if (session.expiresAtMs <= nowMs) {
      this.#sessions.delete(digest);
      return undefined;
    }
    return session;
  }

  /** End one session. */
  delete(id: string): void {
    if (idPattern.test(id)) this.#sessions.delete(digestOf(id));
  }

  /** End every session of a key; returns how many. */
  deleteForKey(keyId: string): number {
    let n = 0;
    for (const [digest, s] of this.#sessions) {
      if (s.keyId === keyId) {
        this.#sessions.delete(digest);
        n++;
      }
    }
    return n;
  }

  get size(): number {
    return this.#sessions.size;
  }
}

/** The session id in a Cookie header, if any. */
export function sessionIdOf(cookieHeader: string | undefined): string | undefined {
  if (cookieHeader === undefined || cookieHeader.length > 8192) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === sessionCookie) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The Set-Cookie value that starts a session (Secure when served over TLS). */
export function sessionCookieHeader(id: string, maxAgeMs: number, secure: boolean): string {
  return `${sessionCookie}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.max(0, Math.floor(maxAgeMs / 1000))}${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie value that ends a session. */
export function clearedCookieHeader(secure: boolean): string {
  return `${sessionCookie}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}
