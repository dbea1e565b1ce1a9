/**
 * Dashboard roles. A token is an API key with a `role:` scope (docs/dashboard.md): viewer
 * reads; analyst also suppresses findings, accepts risks and works incidents; admin also
 * changes the gateway and revokes keys. A key with several role scopes has the strongest.
 */
import { dashboardRoles, parseScope, type DashboardRole } from '../gateway/index.js';

/** A dashboard role, weakest first in {@link dashboardRoles}. */
export type Role = DashboardRole;

/** Who may call a route: anyone, or a caller holding at least this role. */
export type Access = 'public' | Role;

const rank = (role: Role): number => dashboardRoles.indexOf(role);

/** The strongest role among a key's scopes, or undefined when it has none. */
export function roleOfScopes(scopes: readonly unknown[]): Role | undefined {
  let best: Role | undefined;
  for (const text of scopes.slice(0, 100)) {
    const scope = parseScope(text);
    if (scope?.kind === 'role' && (best === undefined || rank(scope.role) > rank(best))) best = scope.role;
  }
  return best;
}

/** Whether `role` is at least `needed`. */
export function roleAllows(role: Role, needed: Role): boolean {
  return rank(role) >= rank(needed);
}

export { dashboardRoles };
