/**
 * The stage hooks of the request pipeline. Each stage is optional; an absent stage costs a
 * property check. Stages signal refusal by throwing an AisecError with the code the client
 * should see (ERR_AUTH_REQUIRED, ERR_AUTH_FORBIDDEN, ERR_RATE_LIMITED, ERR_GUARD_BLOCKED,
 * ERR_MODEL_DISABLED, ERR_LIMITS_BACKEND); the gateway turns it into OpenAI-style error JSON
 * with the catalogue's status, or into an SSE error event once a stream has started.
 *
 * Order: authenticate → authorise → limit → requestGuard → upstream → responseGuard
 * (every route) or prediction (predict routes) → audit.
 *
 * Parts of the gateway (keys, limits, guards, extraction defence, controls, audit log) each
 * contribute some of these hooks; `compose.ts` chains them (see `part.ts`).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { AisecError } from '../../core/errors.js';
import type { GatewayConfig, RouteConfig } from '../config/schema.js';

/** What one check of one part decided about a request; collected for the audit log and metrics. */
export interface Verdict {
  /** The part that decided (`guards`, `limits`, `extraction`, `control`, …). */
  readonly part: string;
  /** The check within the part (`prompt-injection`, `pii`, `rpm`, `prada`, …). */
  readonly check: string;
  readonly outcome: 'pass' | 'flag' | 'block' | 'redact' | 'hold' | 'harden' | 'error';
  /** A score in [0, 1] when the check has one. */
  readonly score?: number;
  /** The error code the client got when this check refused. */
  readonly code?: string;
}

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
  /** The configuration this request runs on (the one current when it arrived). */
  readonly config: GatewayConfig;
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
  /** Verdicts of the checks run so far; parts push to it. */
  readonly verdicts: Verdict[];
  /**
   * Set a header on the answer the client gets (e.g. x-ratelimit-*), an error answer included;
   * a header of the same name in the upstream's answer wins. No effect once headers are sent.
   */
  readonly setResponseHeader?: (name: string, value: string) => void;
  /**
   * The input and output tokens the upstream reported for this request (its `usage`), set by
   * the first part that watches the answer's usage (the limits part when a token limit applies
   * to the request, else the GenAI metrics part for LLM answers with a 2xx status), so the
   * answer is counted once; complete by the time the audit stage runs when the answer ended.
   * Undefined when no part read it.
   */
  tokenUsage?: TokenUsage | undefined;
}

/** Input (prompt) and output (completion) tokens of an answer, each undefined when the upstream did not report it. */
export interface TokenUsage {
  readonly inputTokens: number | undefined;
  readonly outputTokens: number | undefined;
}

/** Result of a request guard: pass, or pass with a replaced body (e.g. redacted). */
export type RequestGuardResult = undefined | { readonly body: Buffer };

/**
 * What an inspector may send in place of what it was given: `send` replaces the chunk (empty:
 * hold it back for now) or, from `end()`, is sent before the response ends (bytes held back and
 * now released). Bytes held back are released later, in order, or dropped when the inspector
 * cuts the response.
 */
export interface InspectorRelease {
  readonly send: Buffer;
}

/**
 * Inspects a response as it passes. Returning undefined lets the chunk pass as it is (an
 * observe-only inspector always does); returning an error cuts the response there (nothing
 * more is sent, held bytes included); returning `{ send }` sends those bytes instead, which
 * lets a guard hold back bytes that might be the start of a violation until it knows.
 */
export interface ResponseInspector {
  /** Called with every chunk before it is sent. For streams the chunk is an SSE fragment, split anywhere. */
  chunk(bytes: Buffer): AisecError | InspectorRelease | undefined;
  /** Called once after the last chunk (JSON responses are held until then); may release held bytes. */
  end(): AisecError | InspectorRelease | undefined;
  /**
   * True when the inspector only watches (both methods always return undefined): a JSON answer
   * is then passed on as it arrives instead of being held for it. Its `end()` is called when
   * the answer ends, not when the client goes away first.
   */
  readonly watchOnly?: boolean;
}

/** True when an inspector's result releases bytes (rather than cutting the response). */
export function isRelease(result: AisecError | InspectorRelease): result is InspectorRelease {
  return 'send' in result;
}

/**
 * A classic model's answer as the prediction stage sees it: the status and the parsed JSON body
 * the client would get (after the route's response mapping). A stage may return a changed
 * answer: hardened probabilities, labels only, or a 202 "held for review" answer.
 */
export interface PredictionAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** What the gateway did with a request, given to the audit stage once the response is closed. */
export interface AuditRecord {
  readonly id: string;
  /** When the request arrived (ISO 8601, UTC). */
  readonly at: string;
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
  /**
   * For a streamed answer: time from the request's arrival to the first body bytes sent to the
   * client (ms); undefined for other answers, or when none were sent.
   */
  readonly firstByteMs?: number | undefined;
  readonly configVersion: string;
  /** Verdicts of the checks that ran. */
  readonly verdicts: readonly Verdict[];
  /** The request as the stages saw it; undefined when it failed before a route was matched and its body read. */
  readonly request: GatewayRequest | undefined;
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
  /**
   * Predict routes only, for 2xx answers: see and possibly replace the answer (the gateway holds
   * the whole answer when any part has this stage). Throw an AisecError to refuse.
   */
  prediction?(req: GatewayRequest, answer: PredictionAnswer): PredictionAnswer | Promise<PredictionAnswer>;
  /** Return an inspector for this response, or undefined to let it pass untouched. */
  responseGuard?(req: GatewayRequest, response: { status: number; streaming: boolean }): ResponseInspector | undefined;
  /**
   * Record the outcome before the last bytes of the response are sent (the audit log's
   * write-ahead: a client never holds an answer whose entry a crash could still lose); must not
   * throw or block. It runs on the response path, so only the audit log has it.
   */
  writeAhead?(record: AuditRecord): void;
  /**
   * Observe the outcome once the response was handed to the socket (metrics, the monitor), after
   * the limits settled; must not throw or block.
   */
  audit?(record: AuditRecord): void;
}
