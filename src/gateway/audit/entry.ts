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
import { hash } from 'node:crypto';
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

/**
 * A verdict as JSON data (optional fields left out, strings capped, scores finite), its keys
 * made in sorted order (check, code, outcome, part, score) so `JSON.stringify` writes it
 * canonically.
 */
function verdictEntry(v: Verdict): Record<string, unknown> {
  const out: Record<string, unknown> = { check: capped(v.check, 200) };
  if (v.code !== undefined) out.code = capped(v.code, 100);
  out.outcome = capped(v.outcome, 20);
  out.part = capped(v.part, 100);
  if (typeof v.score === 'number' && Number.isFinite(v.score)) out.score = v.score;
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

/**
 * The entry of a request with its `seq`, its keys made in sorted order (by UTF-16 code units)
 * at every level and holding only strings, finite numbers, booleans, null, arrays and plain
 * objects, so that `JSON.stringify` of it is its canonical JSON (see {@link requestEntryJson}).
 */
export function requestEntry(record: AuditRecord, output: OutputSeen | undefined, contentBytes: number, seq?: number): Record<string, unknown> {
  const body = record.request?.body;
  const entry: Record<string, unknown> = { aborted: record.aborted, configVersion: capped(record.configVersion, 100) };
  if (contentBytes > 0) {
    // Keys in sorted order: input, inputTruncated, output, outputTruncated.
    const content: EntryContent = {
      input: body === undefined ? '' : body.toString('utf8', 0, Math.min(body.length, contentBytes)),
      inputTruncated: body !== undefined && body.length > contentBytes,
      output: output?.head?.toString('utf8', 0, Math.min(output.head.length, contentBytes)) ?? '',
      outputTruncated: output !== undefined && output.bytes > contentBytes,
    };
    entry.content = content;
  }
  entry.decision = decisionOf(record.code, record.aborted, record.verdicts);
  entry.endpoint = capped(record.endpoint, 100);
  entry.error = record.code ?? null;
  entry.inputSha256 = body === undefined ? null : hash('sha256', body, 'hex');
  entry.keyId = nullable(record.principal, 200);
  entry.kind = 'request';
  entry.latencyMs = Math.round(record.durationMs * 1000) / 1000;
  entry.model = nullable(record.model);
  entry.outputSha256 = output?.sha256 ?? null;
  entry.requestId = capped(record.id, 200);
  entry.route = capped(record.route, 200);
  if (seq !== undefined) entry.seq = seq;
  entry.status = record.status;
  entry.streamed = record.streamed;
  entry.time = record.at;
  entry.verdicts = record.verdicts.map(verdictEntry);
  return entry;
}

/**
 * The canonical JSON text of a request's entry with its `seq`: the same text `canonicalJson`
 * gives for {@link requestEntry}, written by `JSON.stringify` since the entry's keys are made in
 * canonical order (no generic key sort on the hot path; a test checks the two agree).
 */
export function requestEntryJson(record: AuditRecord, output: OutputSeen | undefined, contentBytes: number, seq: number): string {
  const entry = requestEntry(record, output, contentBytes, seq);
  if (!Number.isFinite(entry.status) || !Number.isFinite(entry.latencyMs)) throw new TypeError('JSON cannot hold a non-finite number');
  return JSON.stringify(entry);
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
