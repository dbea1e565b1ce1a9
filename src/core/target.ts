import { z } from 'zod';

/** What an asset is. */
export const AssetKindSchema = z.enum(['model', 'dataset', 'config', 'endpoint', 'prompt', 'code', 'document', 'other']);
export type AssetKind = z.output<typeof AssetKindSchema>;

/** How far a target was analysed. A target that could not be fully analysed is never `complete`. */
export const TargetStatusSchema = z.enum(['complete', 'incomplete', 'unsupported', 'error']);
export type TargetStatus = z.output<typeof TargetStatusSchema>;

/** One analysed target, as in the `aisec.report/v1` contract. */
export const TargetSchema = z.object({
  path: z.string().describe('Path as the user named it (or as found under a named folder).'),
  kind: AssetKindSchema,
  format: z.string().describe('Format detected from content (magic bytes), e.g. zip, pickle, csv.'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  size: z.number().int().nonnegative().nullable(),
  status: TargetStatusSchema,
  message: z.string().optional(),
  asset: z.string().optional().describe('Name of the descriptor asset this target belongs to.'),
  key: z.string().optional().describe('Path relative to the system folder: the stable key for baselines and approvals.'),
  scanners: z.array(z.string()).optional().describe('Ids of the scanners that analysed this target.'),
});
export type Target = z.output<typeof TargetSchema>;

/** A problem of the tool rather than of the system: a scanner failed, a limit was reached. */
export const DiagnosticSchema = z.object({
  path: z.string(),
  scanner: z.string(),
  code: z.string(),
  level: z.enum(['error', 'warning']),
  message: z.string(),
});
export type Diagnostic = z.output<typeof DiagnosticSchema>;
