/**
 * The scope grammar of API keys and tokens. A credential can do only what one of its scopes
 * grants; a credential without scopes can do nothing.
 *
 *   *                          every route and every model (not the admin API)
 *   route:<route id>           every model of that route (`routes[].id` in gateway.yaml)
 *   model:<name>               that model on any route: for LLM routes the model name the
 *                              client asks for (before `rename`), for predict routes the
 *                              route's `model`
 *   route:<route id>/model:<name>   that model on that route only
 *   admin                      the admin API (`/admin/…`); never implied by `*`
 *   role:<admin|analyst|viewer>     a dashboard role (`aisec serve`, docs/dashboard.md); it
 *                              grants no gateway route, model or admin call
 *
 * Names match exactly (case-sensitive, no wildcards). A scope that does not parse grants
 * nothing (the gateway logs it); `aisec keys create` refuses it.
 */
import { AisecError } from '../../core/errors.js';

/** The scope that opens the admin API (the same string `server/admin.ts` checks). */
export const adminScopeName = 'admin';
/** The dashboard roles a `role:` scope may name, weakest first. */
export const dashboardRoles = ['viewer', 'analyst', 'admin'] as const;
/** A dashboard role. */
export type DashboardRole = (typeof dashboardRoles)[number];
/** Most scopes one credential may carry. */
export const maxScopes = 100;

const routeId = /^[a-z0-9][a-z0-9-]{0,62}$/;
// A model name: 1-256 characters, no whitespace or control characters (scopes in a JWT claim are space-separated).
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const modelName = /^[^\s\u0000-\u001f\u007f]{1,256}$/u;

/** One parsed scope. */
export type Scope =
  | { readonly kind: 'all' }
  | { readonly kind: 'admin' }
  | { readonly kind: 'role'; readonly role: DashboardRole }
  | { readonly kind: 'route'; readonly route: string }
  | { readonly kind: 'model'; readonly model: string }
  | { readonly kind: 'route-model'; readonly route: string; readonly model: string };

/** Parse one scope; undefined when it does not follow the grammar. Never throws. */
export function parseScope(text: unknown): Scope | undefined {
  if (typeof text !== 'string' || text.length > 600) return undefined;
  if (text === '*') return { kind: 'all' };
  if (text === adminScopeName) return { kind: 'admin' };
  if (text.startsWith('role:')) {
    const role = text.slice(5);
    return (dashboardRoles as readonly string[]).includes(role) ? { kind: 'role', role: role as DashboardRole } : undefined;
  }
  if (text.startsWith('model:')) {
    const model = text.slice(6);
    return modelName.test(model) ? { kind: 'model', model } : undefined;
  }
  if (text.startsWith('route:')) {
    const rest = text.slice(6);
    const slash = rest.indexOf('/');
    if (slash < 0) return routeId.test(rest) ? { kind: 'route', route: rest } : undefined;
    const route = rest.slice(0, slash);
    const tail = rest.slice(slash + 1);
    if (!routeId.test(route) || !tail.startsWith('model:')) return undefined;
    const model = tail.slice(6);
    return modelName.test(model) ? { kind: 'route-model', route, model } : undefined;
  }
  return undefined;
}

/** Scopes compiled for constant-time checks. */
export interface ScopeSet {
  readonly all: boolean;
  readonly admin: boolean;
  readonly routes: ReadonlySet<string>;
  readonly models: ReadonlySet<string>;
  /** `route\nmodel` pairs. */
  readonly routeModels: ReadonlySet<string>;
  /** Routes named by a `route:<id>/model:<name>` scope. */
  readonly routesWithModels: ReadonlySet<string>;
  /** Entries that did not parse (they grant nothing). */
  readonly invalid: readonly string[];
}

/** Compile a scope list (at most {@link maxScopes} entries are read). */
export function compileScopes(list: readonly unknown[]): ScopeSet {
  let all = false;
  let admin = false;
  const routes = new Set<string>();
  const models = new Set<string>();
  const routeModels = new Set<string>();
  const routesWithModels = new Set<string>();
  const invalid: string[] = [];
  for (const text of list.slice(0, maxScopes)) {
    const scope = parseScope(text);
    if (scope === undefined) invalid.push(typeof text === 'string' ? text.slice(0, 100) : typeof text);
    else if (scope.kind === 'all') all = true;
    else if (scope.kind === 'admin') admin = true;
    else if (scope.kind === 'role') continue; // for the dashboard; grants nothing here
    else if (scope.kind === 'route') routes.add(scope.route);
    else if (scope.kind === 'model') models.add(scope.model);
    else {
      routeModels.add(`${scope.route}\n${scope.model}`);
      routesWithModels.add(scope.route);
    }
  }
  return { all, admin, routes, models, routeModels, routesWithModels, invalid };
}

/** Whether `scopes` cover `model` on route `route`. */
export function coversModel(scopes: ScopeSet, route: string, model: string): boolean {
  return scopes.all || scopes.routes.has(route) || scopes.models.has(model) || scopes.routeModels.has(`${route}\n${model}`);
}

/** Whether `scopes` cover the whole route (any model on it) without looking at the model. */
export function coversRoute(scopes: ScopeSet, route: string): boolean {
  return scopes.all || scopes.routes.has(route);
}

/**
 * Whether `scopes` may list the models of a route (GET /v1/models): when they grant some model
 * on it. `models` is the route's `models` list (undefined: the route serves any model).
 */
export function coversListing(scopes: ScopeSet, route: string, models: readonly string[] | undefined): boolean {
  if (coversRoute(scopes, route) || scopes.routesWithModels.has(route)) return true;
  if (scopes.models.size === 0) return false;
  if (models === undefined) return true;
  for (const m of models) if (scopes.models.has(m)) return true;
  return false;
}

const compiled = new WeakMap<object, ScopeSet>();

/** Remember the compiled scopes of a principal object made once and shared by many requests. */
export function rememberScopes(principal: object, scopes: ScopeSet): void {
  compiled.set(principal, scopes);
}

/** The compiled scopes of a principal (compiled now, once, for one not seen before). */
export function scopeSetOf(principal: { readonly scopes: readonly unknown[] }): ScopeSet {
  let scopes = compiled.get(principal);
  if (scopes === undefined) {
    scopes = compileScopes(principal.scopes);
    compiled.set(principal, scopes);
  }
  return scopes;
}

/** Check a scope list for `aisec keys create`; an ERR_USAGE names the first bad entry and the grammar. */
export function checkScopes(list: readonly string[]): void {
  if (list.length > maxScopes) throw new AisecError('ERR_USAGE', `A key may have at most ${maxScopes} scopes; it was given ${list.length}.`);
  for (const text of list) {
    if (parseScope(text) === undefined) {
      const shown = JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
      throw new AisecError(
        'ERR_USAGE',
        `The scope ${shown} is not valid. Scopes are "*", "admin", "route:<route id>", "model:<model name>", "route:<route id>/model:<model name>" (docs/gateway/keys.md) or a dashboard role "role:admin", "role:analyst", "role:viewer" (docs/dashboard.md).`,
      );
    }
  }
}
