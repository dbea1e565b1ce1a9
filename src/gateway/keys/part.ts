/**
 * The keys part: API keys and JWT verification (authenticate, authorise, identify), with health
 * and metrics. Made when gateway.yaml has an `auth` section. At start it reads every key from
 * the store (a store it cannot read stops the start with ERR_GATEWAY_STATE) and the JWKS file
 * (a broken file stops it with ERR_GATEWAY_CONFIG); then one timer per replica reads key changes
 * every `auth.refreshMs`, looks at the JWKS file, and writes last-use times every 30 s.
 *
 * When the store cannot be read the keys in memory stay in force (a revocation needs the same
 * store, so nothing is missed) and health shows the store unreachable.
 */
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import type { AuthConfig } from '../config/sections/auth.js';
import type { GatewayConfig } from '../config/schema.js';
import type { GatewayPart, PartContext } from '../pipeline/part.js';
import { AuthOutcomes } from './auth-outcomes.js';
import { Authenticator } from './authenticator.js';
import { JwksSource } from './jwks-source.js';
import { JwtVerifier } from './jwt-verifier.js';
import { KeyCache, useFlushMs } from './key-cache.js';

/** Make the keys part, or undefined when the configuration has no `auth` section. */
export async function createKeysPart(ctx: PartContext): Promise<GatewayPart | undefined> {
  const initial = ctx.config.auth;
  if (initial === undefined) return undefined;
  const outcomes = new AuthOutcomes(ctx.emit, ctx.now);
  const event = (type: string, severity: 'info' | 'warning', detail: Record<string, unknown>): void => ctx.emit({ type, severity, at: new Date(ctx.now()).toISOString(), detail });
  const jwksFile = (config: AuthConfig): string | undefined => (config.jwt === undefined ? undefined : path.resolve(path.dirname(ctx.configFile), config.jwt.jwks));

  const cache = initial.keys
    ? new KeyCache({
        store: ctx.store,
        now: ctx.now,
        onInvalidScopes: (id, invalid) => ctx.log(`gateway: keys: key ${id} has scopes that grant nothing because they do not parse: ${invalid.map((s) => JSON.stringify(s)).join(', ')}`),
      })
    : undefined;
  if (cache) {
    try {
      await cache.refresh();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new AisecError('ERR_GATEWAY_STATE', `The gateway cannot read its API keys from the store (${message}). Check state.database, or set auth.keys: false to use JWT only.`, { cause: error });
    }
  }

  let verifier: JwtVerifier | undefined;
  const initialJwks = jwksFile(initial);
  if (initial.jwt !== undefined && initialJwks !== undefined) verifier = new JwtVerifier(await JwksSource.open(initialJwks, ctx.now()), initial.jwt);

  // The configuration requests run on (swapped on reload); settings follow it.
  let seen: GatewayConfig = ctx.config;
  let current: AuthConfig | undefined = initial;
  let pendingJwks = false;
  const follow = (config: GatewayConfig): void => {
    if (config === seen) return;
    seen = config;
    current = config.auth;
    if (current === undefined) {
      ctx.log('gateway: keys: the new configuration has no auth section; requests are no longer authenticated');
      return;
    }
    if (current.jwt === undefined) verifier = undefined;
    else if (verifier !== undefined && verifier.source.file === jwksFile(current)) verifier = new JwtVerifier(verifier.source, current.jwt);
    else pendingJwks = true;
  };

  const authenticator = new Authenticator({ cache, jwt: () => verifier, outcomes, now: ctx.now });

  let storeDown = false;
  let lastFlush = ctx.now();
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;

  const refreshKeys = async (): Promise<void> => {
    if (cache === undefined) return;
    try {
      await cache.refresh();
      if (storeDown) {
        storeDown = false;
        event('auth.store-reachable', 'info', {});
      }
      if (ctx.now() - lastFlush >= useFlushMs) {
        lastFlush = ctx.now();
        await cache.flushUses();
      }
    } catch (error) {
      if (!storeDown) {
        storeDown = true;
        event('auth.store-unreachable', 'warning', { problem: (error instanceof Error ? error.message : String(error)).slice(0, 300), keysInForce: cache.status().active });
      }
    }
  };

  const checkJwks = async (): Promise<void> => {
    const auth = current;
    if (pendingJwks && auth?.jwt !== undefined) {
      const file = jwksFile(auth)!;
      try {
        verifier = new JwtVerifier(await JwksSource.open(file, ctx.now()), auth.jwt);
        pendingJwks = false;
      } catch (error) {
        pendingJwks = false;
        const problem = error instanceof Error ? error.message : String(error);
        // Keep verifying with the previous keys (if any) under the new rules.
        if (verifier !== undefined) verifier = new JwtVerifier(verifier.source, auth.jwt);
        event('auth.jwks-rejected', 'warning', { file, problem: problem.slice(0, 500), previousKeysKept: verifier !== undefined });
      }
      return;
    }
    if (verifier === undefined) return;
    const problem = await verifier.source.check(ctx.now());
    if (problem !== undefined) event('auth.jwks-rejected', 'warning', { file: verifier.source.file, problem: problem.slice(0, 500), previousKeysKept: true });
  };

  const tick = (): void => {
    ticking = (async () => {
      await refreshKeys();
      await checkJwks().catch(() => undefined);
    })().finally(() => {
      ticking = undefined;
      if (!closed) schedule();
    });
  };
  const schedule = (): void => {
    timer = setTimeout(tick, current?.refreshMs ?? initial.refreshMs);
    timer.unref();
  };
  schedule();

  return {
    id: 'keys',
    stages: {
      authenticate: (req) => {
        follow(req.config);
        return authenticator.authenticate(req);
      },
      authorise: (req) => authenticator.authorise(req),
    },
    identify: (headers) => (current === undefined ? undefined : authenticator.identify(headers, current)),
    health: () => ({
      ready: true,
      detail: {
        required: current?.required ?? false,
        ...(cache ? { keys: cache.status() } : {}),
        ...(verifier ? { jwt: verifier.source.status(ctx.now()) } : {}),
      },
    }),
    metrics: () => {
      let text = outcomes.metrics();
      if (cache) {
        const status = cache.status();
        text += '# HELP aisec_gateway_auth_keys API keys in memory, by state.\n# TYPE aisec_gateway_auth_keys gauge\n';
        text += `aisec_gateway_auth_keys{state="active"} ${status.active}\naisec_gateway_auth_keys{state="revoked"} ${status.revoked}\n`;
        text += '# HELP aisec_gateway_auth_store_up Whether the last read of key changes from the store worked.\n# TYPE aisec_gateway_auth_store_up gauge\n';
        text += `aisec_gateway_auth_store_up ${status.storeReachable ? 1 : 0}\n`;
        if (status.lastRefreshAgoMs !== null) {
          text += '# HELP aisec_gateway_auth_refresh_age_seconds Time since the keys were last read from the store.\n# TYPE aisec_gateway_auth_refresh_age_seconds gauge\n';
          text += `aisec_gateway_auth_refresh_age_seconds ${(status.lastRefreshAgoMs / 1000).toFixed(3)}\n`;
        }
      }
      return text;
    },
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      await ticking;
      await cache?.flushUses().catch((error: unknown) => ctx.log(`gateway: keys: last-use times not written: ${error instanceof Error ? error.message : String(error)}`));
    },
  };
}
