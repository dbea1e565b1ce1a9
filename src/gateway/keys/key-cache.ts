/**
 * The API keys in memory. The hot path only reads a Map: no I/O per request. A timer reads the
 * keys created or revoked since the last change number it saw (`Store.apiKeyChanges`, an index
 * range read), so a key made or revoked on any replica, or with `aisec keys`, takes effect here
 * within one refresh interval. Last use is collected in memory and written in batches.
 */
import type { Store, StoredApiKey } from '../../store/index.js';
import type { Principal } from '../pipeline/stages.js';
import { compileScopes, rememberScopes, type ScopeSet } from './scopes.js';

/** A key as the hot path sees it. */
export interface CachedKey {
  readonly id: string;
  readonly digest: Buffer;
  /** ms since the epoch; Infinity for never. */
  readonly expiresAtMs: number;
  readonly revoked: boolean;
  /** One frozen principal per key, shared by its requests (no allocation per request). */
  readonly principal: Principal;
  readonly scopes: ScopeSet;
}

/** How often last use is written to the store. */
export const useFlushMs = 30_000;
const pageSize = 1000;

/** Options of {@link KeyCache}. */
export interface KeyCacheOptions {
  readonly store: () => Promise<Store>;
  readonly now: () => number;
  /** A key's stored scopes that do not parse (logged once per key version). */
  readonly onInvalidScopes?: (keyId: string, invalid: readonly string[]) => void;
}

function toCached(row: StoredApiKey): CachedKey {
  const list = Array.isArray(row.scopes) ? row.scopes : [];
  const scopes = compileScopes(list);
  const expiresAtMs = row.expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(row.expiresAt);
  const principal: Principal = Object.freeze({ id: row.id, scopes: Object.freeze(list.filter((s): s is string => typeof s === 'string')) });
  rememberScopes(principal, scopes);
  return {
    id: row.id,
    digest: Buffer.from(row.digest, 'hex'),
    // An expiry that does not parse fails closed (already expired).
    expiresAtMs: Number.isNaN(expiresAtMs) ? 0 : expiresAtMs,
    revoked: row.revokedAt !== null,
    principal,
    scopes,
  };
}

/** The keys of one store, kept current. */
export class KeyCache {
  readonly #options: KeyCacheOptions;
  readonly #keys = new Map<string, CachedKey>();
  #version = 0;
  #lastRefreshAt = 0;
  #lastError: string | undefined;
  #uses = new Map<string, number>();
  #refreshing: Promise<void> | undefined;

  constructor(options: KeyCacheOptions) {
    this.#options = options;
  }

  /** The key with this id (revoked ones too, so the reason can be told to operators). */
  get(id: string): CachedKey | undefined {
    return this.#keys.get(id);
  }

  /** Note that a key was used now (written by {@link flushUses}). */
  used(id: string, at: number): void {
    this.#uses.set(id, at);
  }

  /** Read the changes since the last refresh. Rejects when the store cannot be read (the cache stays as it was). */
  refresh(): Promise<void> {
    return (this.#refreshing ??= this.#refreshOnce().finally(() => (this.#refreshing = undefined)));
  }

  async #refreshOnce(): Promise<void> {
    try {
      const store = await this.#options.store();
      for (;;) {
        const changes = await store.apiKeyChanges(this.#version, pageSize);
        for (const row of changes) {
          const cached = toCached(row);
          if (cached.scopes.invalid.length > 0) this.#options.onInvalidScopes?.(row.id, cached.scopes.invalid);
          this.#keys.set(row.id, cached);
          this.#version = Math.max(this.#version, row.version);
        }
        if (changes.length < pageSize) break;
      }
      this.#lastRefreshAt = this.#options.now();
      this.#lastError = undefined;
    } catch (error) {
      this.#lastError = error instanceof Error ? error.message : String(error);
      throw error;
    }
  }

  /** Write the collected last-use times (a failed write keeps them for the next try). */
  async flushUses(): Promise<void> {
    if (this.#uses.size === 0) return;
    const uses = this.#uses;
    this.#uses = new Map();
    const batch = [...uses].slice(0, 10_000).map(([id, at]) => ({ id, at: new Date(at).toISOString() }));
    try {
      await (await this.#options.store()).recordApiKeyUse(batch);
    } catch (error) {
      for (const [id, at] of uses) if (!this.#uses.has(id)) this.#uses.set(id, at);
      throw error;
    }
  }

  /** Health detail (counts and ages, never key material). */
  status(): { active: number; revoked: number; version: number; lastRefreshAgoMs: number | null; storeReachable: boolean; lastError?: string } {
    const now = this.#options.now();
    let active = 0;
    let revoked = 0;
    for (const key of this.#keys.values()) {
      if (key.revoked) revoked++;
      else if (key.expiresAtMs > now) active++;
    }
    return {
      active,
      revoked,
      version: this.#version,
      lastRefreshAgoMs: this.#lastRefreshAt === 0 ? null : now - this.#lastRefreshAt,
      storeReachable: this.#lastError === undefined,
      ...(this.#lastError === undefined ? {} : { lastError: this.#lastError.slice(0, 300) }),
    };
  }
}
