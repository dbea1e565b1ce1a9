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
import { coversListing, coversModel, coversRoute, scopeSetOf } from './scopes.js';

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

  constructor(sources: AuthSources) {
    this.#sources = sources;
  }

  #refuse(result: AuthResult, req: GatewayRequest | undefined, extra: FailureFacts = {}): never {
    const facts: FailureFacts = req === undefined ? { route: 'admin', ...extra } : { requestId: req.id, route: req.route.id, model: req.model, ...extra };
    this.#sources.outcomes.failed(result, facts);
    throw new AisecError('ERR_AUTH_REQUIRED', authRequiredMessage);
  }

  /**
   * The principal of `headers` under `auth`: undefined for an anonymous request when
   * `auth.required` is false; throws ERR_AUTH_REQUIRED for anything that does not check.
   * `req` (absent for admin calls) only names the request in the operators' event.
   */
  identify(headers: IncomingHttpHeaders, auth: AuthConfig, req?: GatewayRequest): Principal | undefined {
    const { cache, outcomes, now } = this.#sources;
    const credential = credentialOf(headers);
    if (credential.kind === 'none') {
      if (!auth.required) {
        outcomes.count('anonymous');
        return undefined;
      }
      return this.#refuse('missing', req);
    }
    if (credential.kind === 'invalid') return this.#refuse(credential.reason, req);
    const value = credential.value;
    if (looksLikeApiKey(value)) {
      if (!auth.keys || cache === undefined) return this.#refuse('keys-off', req);
      const parsed = parseApiKey(value);
      if (parsed === undefined) return this.#refuse('malformed', req);
      const digest = secretDigest(parsed.secret);
      const key = cache.get(parsed.id);
      if (key === undefined) {
        sameDigest(digest, decoy);
        return this.#refuse('unknown-key', req, { principal: parsed.id });
      }
      if (!sameDigest(digest, key.digest)) return this.#refuse('wrong-secret', req, { principal: key.id });
      if (key.revoked) return this.#refuse('revoked', req, { principal: key.id });
      const at = now();
      if (key.expiresAtMs <= at) return this.#refuse('expired', req, { principal: key.id });
      cache.used(key.id, at);
      outcomes.count('ok');
      return key.principal;
    }
    const jwt = auth.jwt === undefined ? undefined : this.#sources.jwt();
    if (jwt === undefined) return this.#refuse('malformed', req);
    const checked = jwt.verify(value, now());
    if (!checked.ok) return this.#refuse(checked.reason === 'expired' ? 'jwt-expired' : 'jwt-invalid', req, { detail: checked.reason });
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
    const principal = this.identify(req.headers, auth, req);
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
    const scopes = scopeSetOf(principal);
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
