/** Which system a per-system page shows: the `system` in the address, else the first served. */
import type { PageId, Route } from '../lib/route.js';

/** Pages that show one system at a time. */
export const systemPages: ReadonlySet<PageId | string> = new Set(['inventory', 'findings', 'risks', 'monitoring']);

export function currentSystem(route: Route, systems: readonly string[]): string | null {
  const asked = route.query['system'];
  if (asked !== undefined && systems.includes(asked)) return asked;
  return systems[0] ?? null;
}
