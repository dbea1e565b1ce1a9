/**
 * The contract of a gateway part: one capability (API keys, limits, guards, extraction
 * defence, model controls and review, the audit log) that contributes stage hooks, admin API
 * calls, health, metrics and events. Parts are made by the factories listed once in
 * `../parts.ts`, from the configuration; a part that is not configured is not made.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Cluster, Redis } from 'ioredis';
import type { Store } from '../../store/index.js';
import type { GatewayConfig } from '../config/schema.js';
import type { GatewayStages, Principal } from './stages.js';

/** Something a part noticed, worth recording: an alarm, a block, a control change. */
export interface GatewayEvent {
  /** Dotted kind, e.g. `extraction.alarm`, `guard.blocked`, `control.changed`, `limits.backend-down`. */
  readonly type: string;
  readonly severity: 'info' | 'warning' | 'critical';
  /** ISO 8601, UTC. */
  readonly at: string;
  readonly requestId?: string;
  /** The principal's id (a key id), never a secret. */
  readonly principal?: string;
  readonly route?: string;
  readonly model?: string;
  /** Serialisable facts; never secrets, raw prompts or policy text. */
  readonly detail: Readonly<Record<string, unknown>>;
}

/** What a part factory gets. */
export interface PartContext {
  /** The configuration the gateway starts with (parts read per-request settings from `req.config`). */
  readonly config: GatewayConfig;
  /** Absolute path of the configuration file (relative paths in it resolve from its folder). */
  readonly configFile: string;
  /** One log line (never secrets). */
  readonly log: (line: string) => void;
  /** Record an event: it reaches every part's `onEvent` (the audit log, incidents) and the log. */
  readonly emit: (event: GatewayEvent) => void;
  /** The gateway's store (SQLite or PostgreSQL, from `state.database`), opened on first use and shared by parts. */
  readonly store: () => Promise<Store>;
  /** The shared Redis client when `redis:` is configured (one server, or a `Cluster` when `redis.cluster` is; shared by parts). */
  readonly redis: Redis | Cluster | undefined;
  /** Clock in ms since the epoch; tests pass a fake one. */
  readonly now: () => number;
}

/** An admin API call: `METHOD /admin/<path>`, already authenticated with the `admin` scope. */
export interface AdminRequest {
  readonly method: string;
  /** The path after `/admin/`, e.g. `models/credit/disable`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly principal: Principal;
  /** The body parsed as JSON (depth-bounded); throws ERR_USAGE when not JSON. */
  json(): unknown;
}

/** The answer to an admin call (sent as JSON). */
export interface AdminAnswer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * A call a client makes to the gateway itself rather than to a model (e.g. polling a held
 * review item at `GET /v1/reviews/<id>`): a path no route serves. The principal comes from the
 * part that identifies callers (undefined when none does, or the call has no credential).
 */
export interface ClientCall {
  readonly method: string;
  /** The whole path, e.g. `/v1/reviews/rv_…`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly principal: Principal | undefined;
  readonly requestId: string;
}

/** What a part reports in /healthz and decides for /readyz. */
export interface PartHealth {
  /** False makes /readyz answer 503 (e.g. Redis down with fail-closed limits). */
  readonly ready: boolean;
  /** Serialisable detail shown in /healthz under the part's id. */
  readonly detail: Readonly<Record<string, unknown>>;
}

/** One capability of the gateway. */
export interface GatewayPart {
  /** Kebab-case id: `keys`, `limits`, `guards`, `extraction`, `control`, `audit`. */
  readonly id: string;
  /** The hooks it contributes (chained with the other parts' by `composeParts`). */
  readonly stages?: GatewayStages;
  /**
   * Establish who sent a request from its headers alone; the part that authenticates has it,
   * and the admin API uses it. Throw ERR_AUTH_REQUIRED for a credential that does not check.
   */
  identify?(headers: IncomingHttpHeaders): Principal | undefined | Promise<Principal | undefined>;
  /** Answer an admin call, or return undefined when the path is not this part's. */
  admin?(req: AdminRequest): AdminAnswer | undefined | Promise<AdminAnswer | undefined>;
  /** Answer a client call to a path no route serves, or return undefined when it is not this part's. */
  call?(req: ClientCall): AdminAnswer | undefined | Promise<AdminAnswer | undefined>;
  /** Called with every event any part emits (must not throw or block). */
  onEvent?(event: GatewayEvent): void;
  health?(): PartHealth;
  /** Extra lines in Prometheus text format (with their # HELP and # TYPE lines). */
  metrics?(): string;
  /** Flush and release what it holds; called once on shutdown, after in-flight requests ended. */
  close?(): Promise<void>;
}

/** Makes a part from the context, or returns undefined when the configuration does not ask for it. */
export type GatewayPartFactory = (ctx: PartContext) => GatewayPart | undefined | Promise<GatewayPart | undefined>;
