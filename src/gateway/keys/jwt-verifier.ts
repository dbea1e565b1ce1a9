/**
 * JWT verification as the hot path uses it: the rules of the current `auth.jwt`, the keys of its
 * JWKS file, and a bounded cache of tokens already verified (a signature check costs tens of
 * microseconds; a repeat of the same token then costs one Map lookup). The cache is dropped
 * whenever the keys or the rules change, and a cached token still expires on time.
 */
import { createHash } from 'node:crypto';
import type { JwtConfig } from '../config/sections/auth.js';
import type { Principal } from '../pipeline/stages.js';
import type { JwksSource } from './jwks-source.js';
import { verifyJwt, type JwtFailure, type JwtRules } from './jwt.js';
import { compileScopes, rememberScopes } from './scopes.js';

/** Most verified tokens remembered. */
export const maxCachedTokens = 1000;
const maxPrincipalChars = 200;

/** The outcome of {@link JwtVerifier.verify}. */
export type JwtCheck = { readonly ok: true; readonly principal: Principal; readonly scopes: readonly string[] } | { readonly ok: false; readonly reason: JwtFailure };

interface Remembered {
  readonly principal: Principal;
  readonly scopes: readonly string[];
  readonly expiresMs: number;
}

/**
 * `jwt:<iss>:<sub>` with characters outside a safe set replaced by `_`; a long id is cut and
 * ends with 12 hex digits of the SHA-256 of the whole, so two long ids stay distinct.
 */
export function jwtPrincipalId(issuer: string, subject: string): string {
  const full = `jwt:${issuer}:${subject}`;
  const safe = full.replace(/[^A-Za-z0-9._~:/@+=-]/g, '_');
  if (safe.length <= maxPrincipalChars && safe === full) return safe;
  if (safe.length <= maxPrincipalChars) return `${safe}#${createHash('sha256').update(full).digest('hex').slice(0, 12)}`;
  return `${safe.slice(0, maxPrincipalChars - 13)}#${createHash('sha256').update(full).digest('hex').slice(0, 12)}`;
}

/** The rules of an `auth.jwt` section. */
export function rulesOf(config: JwtConfig): JwtRules {
  return {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: new Set(config.algorithms),
    clockSkewSeconds: config.clockSkewSeconds,
    maxTokenBytes: config.maxTokenBytes,
    scopeClaim: config.scopeClaim,
  };
}

/** Verifies tokens against one JWKS source under one set of rules. */
export class JwtVerifier {
  readonly source: JwksSource;
  readonly config: JwtConfig;
  readonly #rules: JwtRules;
  #cache = new Map<string, Remembered>();
  #generation: number;

  constructor(source: JwksSource, config: JwtConfig) {
    this.source = source;
    this.config = config;
    this.#rules = rulesOf(config);
    this.#generation = source.generation;
  }

  /** Verify `token` at `nowMs`. Never throws. */
  verify(token: string, nowMs: number): JwtCheck {
    if (token.length > this.#rules.maxTokenBytes) return { ok: false, reason: 'too-large' };
    if (this.#generation !== this.source.generation) {
      this.#cache = new Map();
      this.#generation = this.source.generation;
    }
    const seen = this.#cache.get(token);
    if (seen !== undefined) {
      if (nowMs <= seen.expiresMs) return { ok: true, principal: seen.principal, scopes: seen.scopes };
      this.#cache.delete(token);
      return { ok: false, reason: 'expired' };
    }
    const result = verifyJwt(token, this.source.keys, this.#rules, nowMs / 1000);
    if (!result.ok) return result;
    const prefix = this.config.scopePrefix;
    const scopes = Object.freeze(prefix === '' ? [...result.token.scopes] : result.token.scopes.filter((s) => s.startsWith(prefix)).map((s) => s.slice(prefix.length)));
    const principal: Principal = Object.freeze({ id: jwtPrincipalId(result.token.issuer, result.token.subject), scopes });
    rememberScopes(principal, compileScopes(scopes));
    if (this.#cache.size >= maxCachedTokens) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(token, { principal, scopes, expiresMs: (result.token.expires + this.#rules.clockSkewSeconds) * 1000 });
    return { ok: true, principal, scopes };
  }
}
