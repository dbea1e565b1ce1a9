/**
 * The monitored event: one prediction, guard hit, extraction alarm or error of a model or
 * endpoint, as the gateway, a server or a JSON Lines file reports it. Strict about types (a
 * wrong type is refused with the field's path), tolerant about shape (missing optional fields
 * are fine; unknown fields are ignored and counted).
 */
import { z } from 'zod';

/** What an event reports. */
export const eventKinds = ['prediction', 'guard-hit', 'extraction-alarm', 'error'] as const;
export type EventKind = (typeof eventKinds)[number];

/** Most features one event may carry. */
export const maxFeatures = 1000;
/** Longest text value of a feature or an output label. */
export const maxValueChars = 1000;

const Name = z.string().min(1).max(256).regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');
const FeatureValue = z.union([z.number().finite(), z.string().max(maxValueChars), z.null()], { error: 'must be a number, a string or null' });

/** The schema of one event (unknown fields are stripped; {@link parseEvent} counts them). */
export const MonitorEventSchema = z
  .object({
    /** When it happened: ISO 8601 with `Z` or an offset. */
    ts: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time with Z or an offset, e.g. 2026-03-01T12:00:00Z' }),
    /** The system (the descriptor name); when given it must be the monitored system. */
    system: Name.optional(),
    /** The model, or `endpoint` for an LLM endpoint; one of them is needed. */
    model: Name.optional(),
    endpoint: Name.optional(),
    kind: z.enum(eventKinds).default('prediction'),
    features: z
      .record(z.string().max(256), FeatureValue)
      .refine((f) => Object.keys(f).length <= maxFeatures, `may hold at most ${maxFeatures} features`)
      .optional(),
    /** The decision: a class label or a number (regression, score). */
    output: z.union([z.string().max(maxValueChars), z.number().finite(), z.null()], { error: 'must be a label (string), a number or null' }).optional(),
    confidence: z.number().min(0).max(1).nullable().optional(),
    latencyMs: z.number().finite().min(0).nullable().optional(),
    /** HTTP status of the answer, or `ok` / `error`. */
    status: z.union([z.number().int().min(100).max(599), z.enum(['ok', 'error'])], { error: 'must be an HTTP status (100-599), "ok" or "error"' }).optional(),
    error: z.string().max(4000).nullable().optional(),
  })
  .refine((e) => e.model !== undefined || e.endpoint !== undefined, { message: 'is missing: give "model" (or "endpoint" for an LLM endpoint)', path: ['model'] });

/** An event as the monitor keeps it. */
export type MonitorEvent = z.output<typeof MonitorEventSchema>;

/** The fields an event may have; others are ignored and counted. */
const known = new Set(['ts', 'system', 'model', 'endpoint', 'kind', 'features', 'output', 'confidence', 'latencyMs', 'status', 'error']);

/** The model (or endpoint) an event belongs to. */
export function modelOf(event: MonitorEvent): string {
  return (event.model ?? event.endpoint)!;
}

/** Whether an event counts as an error: kind `error`, a 5xx status, `status: "error"` or an error text. */
export function isError(event: MonitorEvent): boolean {
  if (event.kind === 'error') return true;
  if (event.status === 'error' || (typeof event.status === 'number' && event.status >= 500)) return true;
  return typeof event.error === 'string' && event.error.length > 0;
}

/** What {@link parseEvent} checks time against. */
export interface EventClock {
  /** Now, in ms since the epoch. */
  readonly now: number;
  /** How far in the future an event may be stamped (clock skew), in ms. */
  readonly maxFutureSkewMs: number;
}

/** A parsed event, or why it was refused (with the field's path). */
export type ParsedEvent =
  | { readonly ok: true; readonly event: MonitorEvent; readonly at: number; readonly extraFields: number }
  | { readonly ok: false; readonly path: string; readonly problem: string };

const pathText = (path: readonly PropertyKey[]): string => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(event)';

/**
 * Check one event. Unknown top-level fields are dropped and counted; a wrong type names its
 * path; an event stamped further in the future than the clock skew allows is refused.
 */
export function parseEvent(value: unknown, clock: EventClock): ParsedEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, path: '(event)', problem: `must be a JSON object, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` };
  const result = MonitorEventSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
    return { ok: false, path: pathText(issue.path), problem: `${issue.message}${more}` };
  }
  const at = Date.parse(result.data.ts);
  if (at > clock.now + clock.maxFutureSkewMs) {
    return { ok: false, path: 'ts', problem: `is ${Math.round((at - clock.now) / 1000)} s in the future, beyond the ${Math.round(clock.maxFutureSkewMs / 1000)} s clock skew allowed: fix the sender's clock, or raise maxFutureSkewSeconds` };
  }
  let extraFields = 0;
  for (const key of Object.keys(value)) if (!known.has(key)) extraFields++;
  return { ok: true, event: result.data, at, extraFields };
}
