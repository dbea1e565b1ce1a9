/**
 * The Redis client of a `redis:` section: an ioredis `Redis` for one server (`url`), an
 * ioredis `Cluster` for a Redis Cluster (`cluster`). Both fail fast (no offline queue, no
 * retry of a failed command): the limits follow their failure policy instead of waiting.
 */
import { Cluster, Redis, type ClusterNode, type RedisOptions } from 'ioredis';
import type { RedisConfig } from '../config/sections/redis.js';

/** A client of either form; parts check `isCluster` where the two differ. */
export type SharedRedis = Redis | Cluster;

/** How the connection retries after it is lost. */
export interface RedisClientOptions {
  /** Delay before reconnecting (null: give up); the default waits 50 ms more per attempt, at most 1 s. */
  readonly retryStrategy?: (times: number) => number | null;
  /** Connect only when asked (`connect()`). */
  readonly lazyConnect?: boolean;
  /** Longest wait for one command (default: `commandTimeoutMs` of the section, meant for the request path). */
  readonly commandTimeoutMs?: number;
}

const defaultRetry = (times: number): number => Math.min(50 * times, 1000);

/** A client for `settings` (not yet connected when `lazyConnect`). */
export function createRedisClient(settings: RedisConfig, options: RedisClientOptions = {}): SharedRedis {
  const retryStrategy = options.retryStrategy ?? defaultRetry;
  const lazyConnect = options.lazyConnect ?? false;
  const common: RedisOptions = {
    connectTimeout: settings.connectTimeoutMs,
    commandTimeout: options.commandTimeoutMs ?? settings.commandTimeoutMs,
    maxRetriesPerRequest: 0,
  };
  if (settings.cluster === undefined) {
    return new Redis(settings.url!, { ...common, enableOfflineQueue: false, retryStrategy, lazyConnect });
  }
  const { nodes, auth } = clusterNodes(settings.cluster);
  return new Cluster(nodes, {
    enableOfflineQueue: false,
    lazyConnect,
    clusterRetryStrategy: (times) => retryStrategy(times) ?? null,
    // A node that is gone or a cluster that is down is not waited for: the command fails at
    // once (the limits follow their failure policy, a probe finds the cluster whole again).
    retryDelayOnClusterDown: 0,
    retryDelayOnFailover: 0,
    maxRedirections: 4,
    slotsRefreshTimeout: settings.connectTimeoutMs,
    redisOptions: { ...common, ...auth },
  });
}

/** Startup nodes of a cluster, and the credentials and TLS every node takes (from the first URL). */
export function clusterNodes(urls: readonly string[]): { nodes: ClusterNode[]; auth: Pick<RedisOptions, 'username' | 'password' | 'tls'> } {
  const nodes: ClusterNode[] = [];
  const auth: Pick<RedisOptions, 'username' | 'password' | 'tls'> = {};
  urls.forEach((raw, i) => {
    const url = new URL(raw);
    nodes.push({ host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: url.port === '' ? 6379 : Number(url.port) });
    if (i > 0) return;
    if (url.username !== '') auth.username = decodeURIComponent(url.username);
    if (url.password !== '') auth.password = decodeURIComponent(url.password);
    if (url.protocol === 'rediss:') auth.tls = {};
  });
  return { nodes, auth };
}
