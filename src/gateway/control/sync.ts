/**
 * Keeps a replica's controls in step with the store: loaded at start, then re-read whenever
 * the store's control change number moves (checked every `pollMs`) or a Redis message says so.
 * When the store cannot be read the last known controls stay in force (and health says so).
 */
import type { Cluster, Redis } from 'ioredis';
import { AisecError } from '../../core/errors.js';
import type { Store } from '../../store/index.js';
import { ControlTable } from './control-table.js';
import { controlChannel } from './set-control.js';

/** What {@link ControlSync} needs. */
export interface ControlSyncOptions {
  readonly store: () => Promise<Store>;
  /** The shared Redis client, one server or a cluster (a subscriber connection is made from it), when configured. */
  readonly redis: Redis | Cluster | undefined;
  readonly keyPrefix: string | undefined;
  readonly pollMs: number;
  readonly log: (line: string) => void;
  /** Called with the new and old tables after every change. */
  readonly onChange: (table: ControlTable, before: ControlTable) => void;
}

async function load(store: Store): Promise<ControlTable> {
  const controls = await store.listGatewayControls();
  return new ControlTable(controls, controls.reduce((max, c) => Math.max(max, c.version), 0));
}

/** A replica's view of the controls. */
export class ControlSync {
  #table: ControlTable;
  readonly #options: ControlSyncOptions;
  #timer: NodeJS.Timeout | undefined;
  #subscriber: Redis | Cluster | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #closed = false;
  #storeDown = false;
  #lastSyncAt = Date.now();
  #redisState: 'off' | 'connecting' | 'subscribed' | 'down' = 'off';

  private constructor(table: ControlTable, options: ControlSyncOptions) {
    this.#table = table;
    this.#options = options;
  }

  /** Load the controls (ERR_GATEWAY_STATE when the store cannot be read) and start following changes. */
  static async start(options: ControlSyncOptions): Promise<ControlSync> {
    let table: ControlTable;
    try {
      table = await load(await options.store());
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new AisecError('ERR_GATEWAY_STATE', `The gateway could not read its model controls from the store: ${why} Check state.database in the configuration.`, { cause: error });
    }
    const sync = new ControlSync(table, options);
    sync.#subscribe();
    sync.#schedule();
    return sync;
  }

  /** The controls in force. */
  get table(): ControlTable {
    return this.#table;
  }

  /** Re-read the controls now (coalesced with a read in progress). */
  refresh(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        await this.#reload();
      } while (this.#again && !this.#closed);
    })().finally(() => (this.#running = undefined));
    return this.#running;
  }

  /** For /healthz. */
  health(): Record<string, unknown> {
    return { version: this.#table.version, inForce: this.#table.size, store: this.#storeDown ? 'unreachable' : 'ok', lastSyncAt: new Date(this.#lastSyncAt).toISOString(), redis: this.#redisState };
  }

  close(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#subscriber?.disconnect();
  }

  async #reload(): Promise<void> {
    try {
      const next = await load(await this.#options.store());
      this.#storeUp();
      if (next.version === this.#table.version) return;
      const before = this.#table;
      this.#table = next;
      this.#options.onChange(next, before);
    } catch (error) {
      this.#storeFailed(error);
    }
  }

  async #poll(): Promise<void> {
    try {
      const version = await (await this.#options.store()).gatewayControlVersion();
      this.#storeUp();
      if (version !== this.#table.version) await this.refresh();
    } catch (error) {
      this.#storeFailed(error);
    }
  }

  #storeUp(): void {
    this.#lastSyncAt = Date.now();
    if (this.#storeDown) this.#options.log('gateway: control: the store is readable again');
    this.#storeDown = false;
  }

  #storeFailed(error: unknown): void {
    if (!this.#storeDown) this.#options.log(`gateway: control: cannot read the store, the last known controls stay in force: ${error instanceof Error ? error.message : String(error)}`);
    this.#storeDown = true;
  }

  #schedule(): void {
    if (this.#closed) return;
    this.#timer = setTimeout(() => {
      void this.#poll().finally(() => this.#schedule());
    }, this.#options.pollMs);
    this.#timer.unref();
  }

  #subscribe(): void {
    const { redis, keyPrefix } = this.#options;
    if (redis === undefined || keyPrefix === undefined) return;
    // A subscribed connection cannot send other commands, so it is a connection of its own; it
    // waits for Redis instead of failing fast (the poll covers the time it is down).
    // On a cluster the client subscribes through one node, and moves to another when that node
    // goes away; PUBLISH on any node reaches it.
    const sub = redis.isCluster
      ? (redis as Cluster).duplicate([], { enableOfflineQueue: true, lazyConnect: true, redisOptions: { commandTimeout: undefined } })
      : (redis as Redis).duplicate({ enableOfflineQueue: true, commandTimeout: undefined, lazyConnect: true });
    this.#subscriber = sub;
    this.#redisState = 'connecting';
    sub.on('message', () => void this.refresh());
    sub.on('ready', () => {
      if (this.#redisState === 'down') void this.refresh();
      this.#redisState = 'subscribed';
    });
    sub.on('error', () => undefined);
    sub.on('close', () => {
      if (!this.#closed && this.#redisState === 'subscribed') this.#redisState = 'down';
    });
    sub.subscribe(controlChannel(keyPrefix)).catch((error: unknown) => {
      if (!this.#closed) this.#options.log(`gateway: control: cannot subscribe to Redis, changes arrive by polling the store: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}
