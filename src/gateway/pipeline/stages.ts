/**
 * The stage hooks of the request pipeline. Each stage is optional; an absent stage costs a
 * property check. Stages signal refusal by throwing an AisecError with the code the client
 * should see (ERR_AUTH_REQUIRED, ERR_AUTH_FORBIDDEN, ERR_RATE_LIMITED, ERR_GUARD_BLOCKED,
 * ERR_MODEL_DISABLED, ERR_LIMITS_BACKEND); the gateway turns it into OpenAI-style error JSON
 * with the catalogue's status, or into an SSE error event once a stream has started.
 *
 * Order: authenticate → authorise → limit → requestGuard → upstream → responseGuard → audit.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { AisecError } from '../../core/errors.js';
import type { RouteConfig } from '../config/schema.js';

/** Who sent a request, as established by the authenticate stage. */
export interface Principal {
  /** Stable, non-secret id (e.g. a key id, never the key). */
  readonly id: string;
  /** Scopes granted, checked by the authorise stage. */
  readonly scopes: readonly string[];
}

/** A request as the stages see it. The body is read (bounded) before the first stage runs. */
export interface GatewayRequest {
  /** The x-request-id (the client's when well-formed, otherwise generated). */
  readonly id: string;
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The matched route. */
  readonly route: RouteConfig;
  /** `chat/completions`, `completions`, `embeddings`, `models` or `predict`. */
  readonly endpoint: string;
  /** The raw body bytes (empty for GET). */
  readonly body: Buffer;
  /** The body parsed as JSON, on first call only (depth-bounded); throws ERR_USAGE when not JSON. */
  json(): unknown;
  /** The model the client asked for, when the route needed it. */
  readonly model: string | undefined;
  /** Set by the authenticate stage. */
  principal: Principal | undefined;
  /** When the gateway received the request (`performance.now()` ms). */
  readonly startedAt: number;
}

/** Result of a request guard: pass, or pass with a replaced body (e.g. redacted). */
export type RequestGuardResult = undefined | { readonly body: Buffer };

/** Inspects a response as it passes; returning an error cuts it there. */
export interface ResponseInspector {
  /** Called with every chunk before it is sent. For streams the chunk is already an SSE fragment. */
  chunk(bytes: Buffer): AisecError | undefined;
  /** Called once after the last chunk (JSON responses are held until then). */
  end(): AisecError | undefined;
}

/** What the gateway did with a request, given to the audit stage once the response is closed. */
export interface AuditRecord {
  readonly id: string;
  readonly route: string;
  readonly endpoint: string;
  readonly model: string | undefined;
  readonly principal: string | undefined;
  readonly status: number;
  /** The error code the client got, if any. */
  readonly code: string | undefined;
  readonly streamed: boolean;
  /** The client went away before the response was complete. */
  readonly aborted: boolean;
  readonly durationMs: number;
  readonly configVersion: string;
}

/** The optional stages; later parts of the gateway (keys, limits, guards, audit) plug in here. */
export interface GatewayStages {
  /** Establish the principal; throw ERR_AUTH_REQUIRED to refuse. */
  authenticate?(req: GatewayRequest): Principal | undefined | Promise<Principal | undefined>;
  /** Check the principal may use this route and model; throw ERR_AUTH_FORBIDDEN to refuse. */
  authorise?(req: GatewayRequest): void | Promise<void>;
  /** Admit or refuse under rate/token limits; the returned function is called with the outcome when the response closes. */
  limit?(req: GatewayRequest): undefined | ((record: AuditRecord) => void) | Promise<undefined | ((record: AuditRecord) => void)>;
  /** Inspect the request body; throw ERR_GUARD_BLOCKED to refuse, or return a replaced body. */
  requestGuard?(req: GatewayRequest): RequestGuardResult | Promise<RequestGuardResult>;
  /** Return an inspector for this response, or undefined to let it pass untouched. */
  responseGuard?(req: GatewayRequest, response: { status: number; streaming: boolean }): ResponseInspector | undefined;
  /** Record the outcome; must not throw or block (queue the write). */
  audit?(record: AuditRecord): void;
}
