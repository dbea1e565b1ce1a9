/**
 * The /healthz answer: the process is alive, which configuration version it runs, and
 * whether each upstream accepts TCP connections (probed at most every two seconds). It names
 * upstreams only, never URLs, headers or keys. Each part (limits, keys, …) adds its own health.
 */
import net from 'node:net';
import type { PartHealth } from '../pipeline/part.js';
import type { Upstream } from '../upstream/upstreams.js';

/** Health of one upstream. */
export interface UpstreamHealth {
  readonly name: string;
  readonly reachable: boolean;
}

/** The /healthz body. */
export interface HealthReport {
  readonly status: 'ok' | 'degraded';
  readonly configVersion: string;
  readonly loadedAt: string;
  readonly activeStreams: number;
  readonly upstreams: readonly UpstreamHealth[];
  /** Each part's health (keys, limits, …), by part id. */
  readonly parts: Readonly<Record<string, PartHealth>>;
}

const probeEveryMs = 2000;
const cache = new WeakMap<Upstream, { at: number; reachable: Promise<boolean> }>();

/** Whether `upstream` accepts a TCP connection within a second (cached briefly). */
export function probeUpstream(upstream: Upstream): Promise<boolean> {
  const now = Date.now();
  const cached = cache.get(upstream);
  if (cached && now - cached.at < probeEveryMs) return cached.reachable;
  const url = new URL(upstream.config.url);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const reachable = new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: url.hostname.replace(/^\[|\]$/g, ''), port, timeout: 1000 });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
  cache.set(upstream, { at: now, reachable });
  return reachable;
}

/** Build the health report. */
export async function healthReport(upstreams: Iterable<Upstream>, configVersion: string, loadedAt: Date, activeStreams: number, parts: Readonly<Record<string, PartHealth>> = {}): Promise<HealthReport> {
  const list = [...upstreams];
  const reach = await Promise.all(list.map(probeUpstream));
  const items = list.map((u, i) => ({ name: u.config.name, reachable: reach[i]! }));
  const ok = items.every((u) => u.reachable) && Object.values(parts).every((p) => p.ready);
  return { status: ok ? 'ok' : 'degraded', configVersion, loadedAt: loadedAt.toISOString(), activeStreams, upstreams: items, parts };
}
