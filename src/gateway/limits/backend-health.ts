/**
 * Whether the shared limits store (Redis) is usable: down after a failed command, a dropped
 * connection or a client that is not connected; up again after a successful command or
 * probe. While down, requests do not wait on Redis (they follow the failure policy at once)
 * and a probe (PING; on a Redis Cluster, PING to the primary of every slot) runs every
 * {@link probeEveryMs}. Each outage emits `limits.backend-down` once and its end
 * `limits.backend-up` once.
 */
import type { Cluster, Redis } from 'ioredis';
import type { GatewayEvent } from '../pipeline/part.js';
import { probe } from '../server/redis-probe.js';

/** How often a down backend is probed (ms). */
export const probeEveryMs = 500;

/** Kinds of Redis errors counted in the metrics. */
export type RedisErrorKind = 'timeout' | 'connection' | 'noscript' | 'reply' | 'other';

/** The short kind of a Redis error (never its message, which may hold a key). */
export function redisErrorKind(error: unknown): RedisErrorKind {
  const message = error instanceof Error ? error.message : '';
  if (/timed out|timeout/i.test(message)) return 'timeout';
  if (/NOSCRIPT/.test(message)) return 'noscript';
  if (/unexpected shape/.test(message)) return 'reply';
  if (/Connection|ECONNREFUSED|ECONNRESET|EPIPE|writeable|closed|ended|not connected/i.test(message)) return 'connection';
  return 'other';
}

/** Options for {@link BackendHealth}. */
export interface BackendHealthOptions {
  readonly redis: Redis | Cluster;
  /** The failure policy in force (it may change on reload). */
  readonly policy: () => 'fail-open' | 'fail-closed';
  readonly emit: (event: GatewayEvent) => void;
  readonly now: () => number;
  readonly onError: (kind: RedisErrorKind) => void;
  /** Called when the backend is up again. */
  readonly onUp?: () => void;
}

/** The up/down state of the Redis backend. */
export class BackendHealth {
  private isUp = true;
  private changedAt: number;
  private lastError: RedisErrorKind | undefined;
  private probe: NodeJS.Timeout | undefined;
  private probing = false;
  private closed = false;
  private readonly onClose = (): void => this.fail(new Error('Connection closed'), false);
  private readonly onReady = (): void => this.check();

  constructor(private readonly options: BackendHealthOptions) {
    this.changedAt = options.now();
    options.redis.on('close', this.onClose);
    options.redis.on('ready', this.onReady);
  }

  /** Wait (at most `ms`) for the client to connect; stays down (and says so) when it does not. */
  async start(ms: number): Promise<void> {
    const redis = this.options.redis;
    if (redis.status !== 'ready') {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          redis.off('ready', done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        redis.on('ready', done);
      });
    }
    if (redis.status !== 'ready') {
      this.fail(new Error('not connected'), false);
      return;
    }
    // A cluster connects to each node on its first command, and fails the commands that meet a
    // node still connecting: connect them all now (the probe pings the primary of every slot).
    if (redis.isCluster) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('Connection timed out: cluster nodes')), ms)));
      await Promise.race([probe(redis), late]).then(
        () => clearTimeout(timer),
        (error: unknown) => {
          clearTimeout(timer);
          this.fail(error, false);
        },
      );
    }
  }

  /** Whether requests should go to Redis now. */
  usable(): boolean {
    if (!this.isUp) return false;
    if (this.options.redis.status !== 'ready') {
      this.fail(new Error('not connected'), false);
      return false;
    }
    return true;
  }

  get up(): boolean {
    return this.isUp;
  }

  /** When the state last changed (ms since the epoch). */
  get since(): number {
    return this.changedAt;
  }

  get lastErrorKind(): RedisErrorKind | undefined {
    return this.lastError;
  }

  /** A command failed (counted when `count`): the backend is down until a probe succeeds. */
  fail(error: unknown, count = true): void {
    const kind = redisErrorKind(error);
    if (count) this.options.onError(kind);
    if (this.closed || !this.isUp) return;
    this.isUp = false;
    this.lastError = kind;
    this.changedAt = this.options.now();
    const policy = this.options.policy();
    const closed = policy === 'fail-closed';
    this.options.emit({
      type: 'limits.backend-down', severity: closed ? 'critical' : 'warning', at: new Date(this.changedAt).toISOString(),
      detail: { backend: 'redis', policy, reason: kind, effect: closed ? 'requests refused with 503 until Redis answers' : 'each replica enforces the limits in its own memory until Redis answers' },
    });
    this.probe = setInterval(() => this.check(), probeEveryMs);
    this.probe.unref();
  }

  /** A command succeeded: the backend is up. */
  succeed(): void {
    if (this.isUp || this.closed) return;
    const downForMs = this.options.now() - this.changedAt;
    this.isUp = true;
    this.changedAt = this.options.now();
    if (this.probe) clearInterval(this.probe);
    this.probe = undefined;
    this.options.emit({ type: 'limits.backend-up', severity: 'info', at: new Date(this.changedAt).toISOString(), detail: { backend: 'redis', policy: this.options.policy(), downForMs } });
    this.options.onUp?.();
  }

  /** Stop probing and listening. */
  close(): void {
    this.closed = true;
    if (this.probe) clearInterval(this.probe);
    this.options.redis.off('close', this.onClose);
    this.options.redis.off('ready', this.onReady);
  }

  private check(): void {
    if (this.isUp || this.probing || this.closed || this.options.redis.status !== 'ready') return;
    this.probing = true;
    probe(this.options.redis).then(
      () => {
        this.probing = false;
        this.succeed();
      },
      () => {
        this.probing = false;
      },
    );
  }
}
