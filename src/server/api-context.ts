/**
 * What an API handler gets: the checked path parameters, the query, the caller, the body
 * (read and parsed only when asked), and the server's state.
 */
import type { GatewayConfig } from '../gateway/index.js';
import { AisecError } from '../core/errors.js';
import type { Store, StoredSystem } from '../store/index.js';
import { mayOpenSystem, type Caller } from './authenticate.js';
import type { ServedStores, ServedSystem } from './served-stores.js';
import type { ServedMonitors } from './served-monitors.js';
import type { SessionStore } from './sessions.js';

/** The gateway whose model controls the server changes (`--gateway-config`). */
export interface ServedGateway {
  readonly file: string;
  readonly config: GatewayConfig;
  /** The store its `state.database` names. */
  readonly store: Store;
  /** Where the running gateway answers (`http://host:port`); default: the listen address of its configuration. */
  readonly url?: string;
}

/** State shared by every request of one server. */
export interface AppState {
  readonly stores: ServedStores;
  readonly sessions: SessionStore;
  readonly gateway: ServedGateway | undefined;
  readonly sessionMs: number;
  /** Whether the server speaks TLS (session cookies are then Secure). */
  readonly secure: boolean;
  readonly now: () => Date;
  /** The monitors events are posted to (one per system, made on first use). */
  readonly monitors: ServedMonitors;
}

/** One API request, as a handler sees it. */
export interface ApiContext {
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Set on every route that is not public. */
  readonly caller: Caller | undefined;
  /** The session cookie's id, when the request carried one. */
  readonly sessionId: string | undefined;
  /** The JSON body (an object; `{}` when empty). */
  body(): Promise<Record<string, unknown>>;
  /** The raw body (at most `maxBytes`, else ERR_REQUEST_TOO_LARGE) and its content type, for routes that take more than a JSON object. */
  rawBody(maxBytes: number): Promise<{ bytes: Buffer; contentType: string | undefined }>;
  readonly app: AppState;
}

/** What a handler answers. */
export interface ApiAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string | string[]>;
}

/** A route handler. */
export type ApiHandler = (ctx: ApiContext) => Promise<ApiAnswer>;

/** The caller of a route that is not public. */
export function callerOf(ctx: ApiContext): Caller {
  if (ctx.caller === undefined) throw new AisecError('ERR_INTERNAL', 'A route that needs a caller was reached without one.');
  return ctx.caller;
}

/** The system named by the `system` path parameter, if the caller may open it. */
export async function systemOf(ctx: ApiContext): Promise<ServedSystem> {
  const name = ctx.params.system!;
  const caller = callerOf(ctx);
  if (!mayOpenSystem(caller, name)) throw new AisecError('ERR_AUTH_FORBIDDEN', `This token is in the store of the system "${caller.source.label}" and opens only that system; use a token from the --keys store to open every system.`);
  return ctx.app.stores.system(name);
}

/** The system and its stored row; ERR_ASSET_NOT_FOUND when it was never assessed. */
export async function storedSystemOf(ctx: ApiContext): Promise<{ system: ServedSystem; row: StoredSystem }> {
  const system = await systemOf(ctx);
  const row = await system.store.getSystem(system.name);
  if (row === null) throw new AisecError('ERR_ASSET_NOT_FOUND', `The system "${system.name}" has nothing stored yet; run aisec assess on it first.`);
  return { system, row };
}

/** The caller must hold a global token (server-wide routes: gateway, keys). */
export function requireGlobal(ctx: ApiContext): void {
  const caller = callerOf(ctx);
  if (!caller.source.global) throw new AisecError('ERR_AUTH_FORBIDDEN', `This token is in the store of the system "${caller.source.label}" and opens only that system; server-wide routes need a token from the --keys store (or the database).`);
}

/** An answer with status 200. */
export const ok = (body: unknown, headers?: Record<string, string | string[]>): ApiAnswer => ({ status: 200, body, ...(headers ? { headers } : {}) });
