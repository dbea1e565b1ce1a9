import { z } from 'zod';
import { FindingSchema, SuppressionSchema } from '../../core/finding.js';
import { SeveritySchema } from '../../core/severity.js';
import { DiagnosticSchema, TargetSchema } from '../../core/target.js';
import { inputError } from './values.js';

/**
 * zod schemas for what callers hand the store. The store is a boundary (the server and plugins
 * reach it with data from outside), so every argument is checked before any SQL runs.
 */

/** With the `u` flag a proper pair is one code point, so this finds only unpaired halves. */
const loneSurrogate = /[\uD800-\uDFFF]/u;

/**
 * Text kept exactly in a column (names, paths, ids): bounded, without NUL (PostgreSQL cannot
 * hold it) and without lone surrogates (both drivers would silently turn them into U+FFFD).
 */
export function exactText(max: number, min = 1) {
  return z
    .string()
    .min(min)
    .max(max)
    .refine((value) => !value.includes('\u0000'), 'must not contain NUL characters')
    .refine((value) => !loneSurrogate.test(value), 'must be well-formed Unicode (it has a lone surrogate)');
}

/** An ISO 8601 date and time (with `Z` or an offset). */
export const TimeSchema = z.iso.datetime({ offset: true });

/** An id given by the caller (systems, controls, incidents). */
export const IdSchema = exactText(200);

/** A risk register entry as saved with a run. */
export const StoredRiskSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(2000),
  level: SeveritySchema,
  likelihood: z.number().finite(),
  impact: z.number().finite(),
  findings: z.array(z.string()),
  controls: z.array(z.string()),
  taxonomy: z.record(z.string(), z.array(z.string())),
  status: z.enum(['open', 'mitigated', 'accepted']).optional(),
  acceptance: z.object({ by: z.string(), reason: z.string(), expiresAt: z.string().nullable() }).nullable().optional(),
});

/** Everything of one run handed to `saveAssessment`. */
export const AssessmentRecordSchema = z.object({
  systemId: IdSchema,
  startedAt: TimeSchema,
  finishedAt: TimeSchema,
  toolVersion: z.string().min(1).max(100),
  status: z.enum(['complete', 'incomplete']),
  targets: z.array(TargetSchema),
  findings: z.array(FindingSchema),
  diagnostics: z.array(DiagnosticSchema),
  risks: z.array(StoredRiskSchema),
  report: z.unknown().refine((value) => value !== undefined, 'is required'),
});

/** An approval of an asset's content. */
export const ApprovalSchema = z.object({
  systemId: IdSchema,
  path: exactText(4096),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  by: exactText(500),
  reason: exactText(4000),
  at: TimeSchema,
});

/** A suppression as stored: the core schema, with bounded text and times with offsets allowed. */
export const SuppressionInputSchema = SuppressionSchema.extend({
  reason: exactText(4000),
  owner: exactText(500),
  expiresAt: TimeSchema.nullable(),
  createdAt: TimeSchema,
});

/** A control of the risk register. */
export const ControlSchema = z.object({
  id: IdSchema,
  systemId: IdSchema,
  title: exactText(2000),
  status: z.enum(['planned', 'implemented', 'verified']),
  evidence: z.record(z.string(), z.unknown()),
});

/** A new incident. */
export const IncidentSchema = z.object({
  id: IdSchema,
  systemId: IdSchema.nullable(),
  title: exactText(2000),
  severity: SeveritySchema,
  status: z.enum(['open', 'contained', 'resolved']),
  openedAt: TimeSchema,
  detail: z.record(z.string(), z.unknown()),
});

/** The fields of an incident that may change. */
export const IncidentPatchSchema = z.object({
  status: z.enum(['open', 'contained', 'resolved']).optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
});

/** An audit event before the store numbers and hashes it. */
export const AuditInputSchema = z.object({
  actor: exactText(500),
  action: exactText(500),
  subject: exactText(2000, 0),
  detail: z.record(z.string(), z.unknown()),
  at: TimeSchema.optional(),
});

/**
 * Check `value` against `schema`; fail with `ERR_STORE_INPUT` listing the first few problems
 * with their paths. Returns the value as given (not zod's copy), so fields this version does
 * not know are kept in the stored JSON.
 */
export function checkInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return value as z.output<S>;
  const issues = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`);
  const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
  throw inputError(what, `${issues.join('; ')}${more}`, result.error);
}
