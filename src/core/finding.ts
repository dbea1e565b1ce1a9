import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConfidenceSchema, SeveritySchema } from './severity.js';
import { TaxonomyTagsSchema, type TaxonomyTagsInput, mergeTaxonomy } from './taxonomy-tags.js';

/** Where a finding is. `path` is the target path as the user named it. */
export const LocationSchema = z
  .object({
    path: z.string().describe('Path of the target as named by the user (or as found under a named folder); relative paths stay relative.'),
    member: z.string().optional().describe('Path of the member inside an archive or container.'),
    offset: z.number().int().nonnegative().optional().describe('Byte offset in the file or member.'),
    row: z.number().int().nonnegative().optional().describe('Data row (0-based, header excluded).'),
    line: z.number().int().positive().optional().describe('Text line (1-based).'),
    column: z.string().optional().describe('Data column name.'),
  })
  .describe('Where the finding is.');
export type Location = z.output<typeof LocationSchema>;

/** A suppression: the finding stays in the report, marked, and no longer fails the run. */
export const SuppressionSchema = z.object({
  reason: z.string().min(1),
  owner: z.string().min(1),
  expiresAt: z.string().datetime().nullable().describe('ISO time after which the suppression lapses; null for never.'),
  createdAt: z.string().datetime(),
});
export type Suppression = z.output<typeof SuppressionSchema>;

/** One finding, exactly as in the `aisec.report/v1` contract. */
export const FindingSchema = z
  .object({
    id: z.string().describe('Short stable id derived from the fingerprint; use it with `aisec findings suppress`.'),
    ruleId: z.string().regex(/^[a-z0-9-]+(:[a-z0-9-]+)?\/[a-z0-9-]+$/).describe('<scanner-id>/<rule>.'),
    title: z.string().min(1),
    severity: SeveritySchema,
    confidence: ConfidenceSchema,
    location: LocationSchema,
    message: z.string().describe('What was found, specifically.'),
    evidence: z.record(z.string(), z.unknown()).describe('Structured evidence (never secrets).'),
    why: z.string().describe('Plain words: what an attacker gains.'),
    fix: z.string().describe('Plain words: what to do.'),
    taxonomy: TaxonomyTagsSchema,
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/).describe('Stable identity: the same finding seen again has the same fingerprint.'),
    suppression: SuppressionSchema.optional().describe('Present when the finding is suppressed.'),
  })
  .describe('A finding.');
export type Finding = z.output<typeof FindingSchema>;

/**
 * What a scanner reports: a finding before the engine fills in identity and the target path.
 * `key` distinguishes two findings of one rule at one location (e.g. the imported global);
 * it goes into the fingerprint, offsets do not (they move when a file is rebuilt).
 */
export interface FindingInput {
  rule: string;
  title: string;
  severity: Finding['severity'];
  confidence?: Finding['confidence'];
  location?: Omit<Location, 'path'> & { path?: string };
  message: string;
  evidence?: Record<string, unknown>;
  why: string;
  fix: string;
  taxonomy?: TaxonomyTagsInput;
  key?: string;
}

/** The fingerprint of a finding: rule, path, member and key; never offsets or messages. */
export function fingerprintOf(parts: { ruleId: string; path: string; member?: string | undefined; key?: string | undefined }): string {
  return createHash('sha256')
    .update(['aisecFinding/v1', parts.ruleId, parts.path, parts.member ?? '', parts.key ?? ''].join('\u0000'))
    .digest('hex');
}

/** The short id shown to people for a fingerprint. */
export function findingIdOf(fingerprint: string): string {
  return `f-${fingerprint.slice(0, 12)}`;
}

/** Turn a scanner's {@link FindingInput} into a full {@link Finding}. */
export function completeFinding(scannerId: string, targetPath: string, input: FindingInput, defaults?: TaxonomyTagsInput): Finding {
  const ruleId = `${scannerId}/${input.rule}`;
  const { path: overridePath, ...rest } = input.location ?? {};
  const location: Location = { path: overridePath ?? targetPath, ...rest };
  const fingerprint = fingerprintOf({ ruleId, path: location.path, member: location.member, key: input.key });
  return {
    id: findingIdOf(fingerprint),
    ruleId,
    title: input.title,
    severity: input.severity,
    confidence: input.confidence ?? 'high',
    location,
    message: input.message,
    evidence: input.evidence ?? {},
    why: input.why,
    fix: input.fix,
    taxonomy: mergeTaxonomy(input.taxonomy, defaults),
    fingerprint,
  };
}
