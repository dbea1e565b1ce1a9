/**
 * A configuration in use: its routes and upstream pools, and a count of the requests that
 * started on it. A reload swaps in a new one for new requests; the old one closes its pools
 * once its last request (a long stream, say) has ended.
 */
import type { LoadedGatewayConfig } from '../config/load.js';
import { buildRouteTable, type RouteTable } from '../routes/route-table.js';
import { closeUpstreams, createUpstreams, type Upstream } from '../upstream/upstreams.js';

/** One configuration generation. */
export interface ActiveConfig {
  readonly loaded: LoadedGatewayConfig;
  readonly table: RouteTable;
  readonly upstreams: Map<string, Upstream>;
  readonly loadedAt: Date;
  inflight: number;
  retired: boolean;
  closed: Promise<void> | undefined;
}

/** Build the routes and pools of a loaded configuration. */
export function activate(loaded: LoadedGatewayConfig): ActiveConfig {
  return { loaded, table: buildRouteTable(loaded.config), upstreams: createUpstreams(loaded.config.upstreams), loadedAt: new Date(), inflight: 0, retired: false, closed: undefined };
}

/** A request starts on `active`. */
export function acquire(active: ActiveConfig): void {
  active.inflight++;
}

/** A request on `active` ended; the last one on a retired configuration closes its pools. */
export function release(active: ActiveConfig): void {
  active.inflight--;
  if (active.retired && active.inflight === 0) active.closed ??= closeUpstreams(active.upstreams);
}

/** Stop new requests using `active`; its pools close when its requests have ended. */
export function retire(active: ActiveConfig): Promise<void> {
  active.retired = true;
  if (active.inflight === 0) active.closed ??= closeUpstreams(active.upstreams);
  return active.closed ?? Promise.resolve();
}
