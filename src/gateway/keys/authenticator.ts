/**
 * Who is calling, and may they: the per-request work of the keys part. No I/O: keys come from
 * the in-memory {@link KeyCache}, tokens from the {@link JwtVerifier} and its cache. Every
 * refusal of a credential is the same ERR_AUTH_REQUIRED with the same message, whatever the
 * reason (unknown, malformed, revoked, expired, wrong secret, bad token); the reason goes to
 * operators only, through {@link AuthOutcomes}.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { AisecError } from '../../core/errors.js';
import type { AuthConfig } from '../config/sections/auth.js';
import type { GatewayRequest, Principal } from '../pipeline/stages.js';
import type { AuthOutcomes, AuthResult, FailureFacts } from './auth-outcomes.js';
import { credentialOf } from './credential.js';
import type { KeyCache } from './key-cache.js';
import { looksLikeApiKey, parseApiKey, sameDigest, secretDigest } from './key-format.js';
import type { JwtVerifier } from './jwt-verifier.js';
import { compileScopes, coversListing, coversModel, coversRoute, type ScopeSet } from './scopes.js';

/** The one message of every 401. */
export const authRequiredMessage = 'A valid API key or token is required: send it as "Authorization: Bearer <key>" or "x-api-key: <key>".';
/** The one message of every 403. */
export const forbiddenMessage = 'This credential is not allowed to use this route or model.';

// Compared against when the key id is unknown, so an unknown id costs what a wrong secret costs.
const decoy = secretDigest('aisec-decoy-secret-never-issued');

/** What the authenticator reads on each call (the part swaps these on reload). */
export interface AuthSources {
  readonly cache: KeyCache | undefined;
  /** The verifier for the current `auth.jwt`, if any. */
  jwt(): JwtVerifier | undefined;
  readonly outcomes: AuthOutcomes;
  readonly now: () => number;
}

/** Per-request authentication and authorisation. */
export class Authenticator {
  readonly #sources: AuthSources;
  readonly #scopeSets = new WeakMap<Principal, ScopeSet>();

  constructor(sources: AuthSources) {
    this.#sources = sources;
  }

  #refuse(result: AuthResult, facts: FailureFacts): never {
    this.#sources.outcomes.failed(result, facts);
    throw new AisecError('ERR_AUTH_REQUIRED', authRequiredMessage);
  }

  /**
   * The principal of `headers` under `auth`: undefined for an anonymous request when
   * `auth.required` is false; throws ERR_AUTH_REQUIRED for anything that does not check.
   */
  identify(headers: IncomingHttpHeaders, auth: AuthConfig, facts: FailureFacts = {}): Principal | undefined {
    const { cache, outcomes, now } = this.#sources;
    const credential = credentialOf(headers);
    if (credential.kind === 'none') {
      if (!auth.required) {
        outcomes.count('anonymous');
        return undefined;
      }
      return this.#refuse('missing', facts);
    }
    if (credential.kind === 'invalid') return this.#refuse(credential.reason, facts);
    const value = credential.value;
    if (looksLikeApiKey(value)) {
      if (!auth.keys || cache === undefined) return this.#refuse('keys-off', facts);
      const parsed = parseApiKey(value);
      if (parsed === undefined) return this.#refuse('malformed', facts);
      const digest = secretDigest(parsed.secret);
      const key = cache.get(parsed.id);
      if (key === undefined) {
        sameDigest(digest, decoy);
        return this.#refuse('unknown-key', { ...facts, principal: parsed.id });
      }
      if (!sameDigest(digest, key.digest)) return this.#refuse('wrong-secret', { ...facts, principal: key.id });
      if (key.revoked) return this.#refuse('revoked', { ...facts, principal: key.id });
      const at = now();
      if (key.expiresAtMs <= at) return this.#refuse('expired', { ...facts, principal: key.id });
      cache.used(key.id, at);
      outcomes.count('ok');
      this.#scopeSets.set(key.principal, key.scopes);
      return key.principal;
    }
    const jwt = auth.jwt === undefined ? undefined : this.#sources.jwt();
    if (jwt === undefined) return this.#refuse('malformed', facts);
    const checked = jwt.verify(value, now());
    if (!checked.ok) return this.#refuse(checked.reason === 'expired' ? 'jwt-expired' : 'jwt-invalid', { ...facts, detail: checked.reason });
    if (!this.#scopeSets.has(checked.principal)) this.#scopeSets.set(checked.principal, compileScopes(checked.scopes));
    outcomes.count('ok');
    return checked.principal;
  }

  /**
   * The authenticate stage. The credential it checked is taken off the request, so the upstream
   * never sees the gateway's keys or tokens (upstream credentials belong in `upstreams[].headers`).
   */
  authenticate(req: GatewayRequest): Principal | undefined {
    const auth = req.config.auth;
    if (auth === undefined) return undefined;
    const principal = this.identify(req.headers, auth, { requestId: req.id, route: req.route.id, model: req.model });
    if (principal !== undefined) {
      const headers = req.headers as Record<string, string | string[] | undefined>;
      headers.authorization = undefined;
      headers['x-api-key'] = undefined;
    }
    return principal;
  }

  /** The authorise stage: the principal's scopes must cover the route and model. */
  authorise(req: GatewayRequest): void {
    const principal = req.principal;
    if (principal === undefined) return;
    let scopes = this.#scopeSets.get(principal);
    if (scopes === undefined) {
      scopes = compileScopes(principal.scopes);
      this.#scopeSets.set(principal, scopes);
    }
    const route = req.route;
    if (coversRoute(scopes, route.id)) return;
    let allowed: boolean;
    if (req.endpoint === 'models' && req.model === undefined) {
      allowed = coversListing(scopes, route.id, route.kind === 'openai' ? route.models : [route.model]);
    } else {
      const model = req.model ?? modelOfBody(req);
      allowed = model !== undefined && coversModel(scopes, route.id, model);
    }
    if (allowed) return;
    this.#sources.outcomes.failed('forbidden', { requestId: req.id, principal: principal.id, route: route.id, model: req.model });
    throw new AisecError('ERR_AUTH_FORBIDDEN', forbiddenMessage);
  }
}

/** The `model` field of a JSON body, when the route did not need it to choose itself. */
function modelOfBody(req: GatewayRequest): string | undefined {
  try {
    const body = req.json();
    const model = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>).model : undefined;
    return typeof model === 'string' ? model : undefined;
  } catch {
    return undefined;
  }
}
