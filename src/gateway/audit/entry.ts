/**
 * What an audit entry says. Two kinds, both canonical JSON objects with the log's sequence
 * number `seq` added by the log:
 *
 * - `request`: one per request the gateway answered (or failed to): who, which route and model,
 *   what came back, what each check decided, and SHA-256 of the request and response bodies.
 *   The bodies themselves only with `audit.includeContent`.
 * - `event`: one per event a part emitted (alarms, blocks, control changes), and the log's own
 *   (`audit.opened` with what recovery found).
 *
 * Strings that come from clients are capped so no entry can outgrow a record.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../store/index.js';
import type { GatewayEvent } from '../pipeline/part.js';
import type { AuditRecord, Verdict } from '../pipeline/stages.js';

/** What the gateway did with a request, in one word. */
export type Decision = 'allowed' | 'refused' | 'held' | 'failed' | 'aborted';

/** Codes with which the gateway itself refuses a request (as opposed to failing to serve it). */
const refusals = new Set(['ERR_AUTH_REQUIRED', 'ERR_AUTH_FORBIDDEN', 'ERR_RATE_LIMITED', 'ERR_REQUEST_TOO_LARGE', 'ERR_GUARD_BLOCKED', 'ERR_MODEL_DISABLED', 'ERR_ROUTE_NOT_FOUND', 'ERR_USAGE', 'ERR_LIMITS_BACKEND', 'ERR_GATEWAY_STATE', 'ERR_AUDIT_UNAVAILABLE', 'ERR_REVIEW_REJECTED']);

/** The decision recorded for a request. */
export function decisionOf(code: string | undefined, aborted: boolean, verdicts: readonly Verdict[]): Decision {
  if (code === undefined) {
    if (aborted) return 'aborted';
    return verdicts.some((v) => v.outcome === 'hold') ? 'held' : 'allowed';
  }
  if (code === 'ERR_REVIEW_PENDING') return 'held';
  if (code === 'ERR_ABORTED') return 'aborted';
  return refusals.has(code) ? 'refused' : 'failed';
}

/** Longest client-controlled or part-supplied string kept in an entry (longer ones end with "…"). */
export const maxFieldChars = 1000;
/** Largest event detail kept (canonical JSON characters); larger becomes a note of its size. */
export const maxDetailChars = 64 * 1024;

function capped(value: unknown, max = maxFieldChars): string {
  const text = typeof value === 'string' ? value : String(value);
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function nullable(value: unknown, max = maxFieldChars): string | null {
  return value === undefined || value === null ? null : capped(value, max);
}

/** A verdict as JSON data (optional fields left out, strings capped, scores finite). */
function verdictEntry(v: Verdict): Record<string, unknown> {
  const out: Record<string, unknown> = { part: capped(v.part, 100), check: capped(v.check, 200), outcome: capped(v.outcome, 20) };
  if (typeof v.score === 'number' && Number.isFinite(v.score)) out.score = v.score;
  if (v.code !== undefined) out.code = capped(v.code, 100);
  return out;
}

/** Request and response content kept with `audit.includeContent`. */
export interface EntryContent {
  readonly input: string;
  readonly inputTruncated: boolean;
  readonly output: string;
  readonly outputTruncated: boolean;
}

/** What the response tap saw. */
export interface OutputSeen {
  readonly sha256: string;
  /** First bytes of the output, when content is kept. */
  readonly head?: Buffer;
  readonly bytes: number;
}

/** The entry of a request (without `seq`). */
export function requestEntry(record: AuditRecord, output: OutputSeen | undefined, contentBytes: number): Record<string, unknown> {
  const body = record.request?.body;
  const entry: Record<string, unknown> = {
    kind: 'request',
    time: record.at,
    requestId: capped(record.id, 200),
    keyId: nullable(record.principal, 200),
    route: capped(record.route, 200),
    endpoint: capped(record.endpoint, 100),
    model: nullable(record.model),
    status: record.status,
    error: record.code ?? null,
    decision: decisionOf(record.code, record.aborted, record.verdicts),
    verdicts: record.verdicts.map(verdictEntry),
    latencyMs: Math.round(record.durationMs * 1000) / 1000,
    streamed: record.streamed,
    aborted: record.aborted,
    configVersion: capped(record.configVersion, 100),
    inputSha256: body === undefined ? null : createHash('sha256').update(body).digest('hex'),
    outputSha256: output?.sha256 ?? null,
  };
  if (contentBytes > 0) {
    const content: EntryContent = {
      input: body === undefined ? '' : body.toString('utf8', 0, Math.min(body.length, contentBytes)),
      inputTruncated: body !== undefined && body.length > contentBytes,
      output: output?.head?.toString('utf8', 0, Math.min(output.head.length, contentBytes)) ?? '',
      outputTruncated: output !== undefined && output.bytes > contentBytes,
    };
    entry.content = content;
  }
  return entry;
}

/** JSON data of an event's detail: undefined fields dropped; too deep, too large or not data → a note. */
export function detailData(detail: unknown): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(detail ?? {});
  } catch {
    return { unserialisable: true };
  }
  if (text === undefined) return {};
  if (text.length > maxDetailChars) return { omitted: true, chars: text.length };
  const data = JSON.parse(text) as unknown;
  try {
    canonicalJson(data);
  } catch {
    return { unserialisable: true };
  }
  return data;
}

/** The entry of an event (without `seq`). */
export function eventEntry(event: GatewayEvent): Record<string, unknown> {
  return {
    kind: 'event',
    time: capped(event.at, 40),
    type: capped(event.type, 100),
    severity: capped(event.severity, 20),
    requestId: nullable(event.requestId, 200),
    keyId: nullable(event.principal, 200),
    route: nullable(event.route, 200),
    model: nullable(event.model),
    detail: detailData(event.detail),
  };
}
