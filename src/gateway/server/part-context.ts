/**
 * The shared resources parts use: the store (opened on first use from `state.database`) and
 * one Redis client (when `redis:` is configured: one server or a cluster), closed by the gateway on shutdown.
 */
import path from 'node:path';
import { isPostgresUrl, openStore, type Store } from '../../store/index.js';
import type { GatewayConfig } from '../config/schema.js';
import type { GatewayEvent, PartContext } from '../pipeline/part.js';
import { createRedisClient, type SharedRedis } from './redis-client.js';

/** A context and what closing it takes. */
export interface OwnedPartContext {
  readonly context: PartContext;
  close(): Promise<void>;
}

/** Options for {@link createPartContext}. */
export interface PartContextOptions {
  readonly config: GatewayConfig;
  readonly configFile: string;
  readonly log: (line: string) => void;
  readonly emit: (event: GatewayEvent) => void;
  /** Use this store instead of opening `state.database` (tests, the CLI). */
  readonly store?: Store;
  readonly now?: () => number;
}

/** Where `state.database` points: a PostgreSQL URL, or a SQLite file relative to the configuration's folder. */
export function stateLocation(config: GatewayConfig, configFile: string): { url?: string; sqlitePath: string } {
  const db = config.state.database;
  if (isPostgresUrl(db)) return { url: db, sqlitePath: '' };
  return { sqlitePath: path.resolve(path.dirname(configFile), db) };
}

/** Make the context parts are built with. */
export function createPartContext(options: PartContextOptions): OwnedPartContext {
  let opened: Promise<Store> | undefined = options.store ? Promise.resolve(options.store) : undefined;
  const ownsStore = options.store === undefined;
  const redisConfig = options.config.redis;
  let redis: SharedRedis | undefined;
  if (redisConfig) {
    redis = createRedisClient(redisConfig);
    let down = false;
    redis.on('error', (error: Error) => {
      if (!down) options.log(`gateway: redis: ${error.message}`);
      down = true;
    });
    redis.on('ready', () => {
      if (down) options.log('gateway: redis: connected again');
      down = false;
    });
    // A cluster reports a lost node on its own event (the cluster as a whole may stay ready):
    // logged at most once a minute per node.
    const logged = new Map<string, number>();
    redis.on('node error', (error: Error, node: string) => {
      const now = Date.now();
      if (now - (logged.get(node) ?? -Infinity) < 60_000) return;
      logged.set(node, now);
      options.log(`gateway: redis: node ${node}: ${error.message}`);
    });
  }
  const context: PartContext = {
    config: options.config,
    configFile: options.configFile,
    log: options.log,
    emit: options.emit,
    store: () => (opened ??= openStore(stateLocation(options.config, options.configFile))),
    redis,
    now: options.now ?? Date.now,
  };
  return {
    context,
    close: async () => {
      if (redis) redis.disconnect();
      if (ownsStore && opened) await (await opened.catch(() => undefined))?.close();
    },
  };
}
