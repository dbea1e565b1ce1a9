import { z } from 'zod';
import { FindingSchema } from '../core/finding.js';
import { SeveritySchema, severities } from '../core/severity.js';
import { DiagnosticSchema, TargetSchema } from '../core/target.js';
import { EvaluationSchema } from '../core/evaluation.js';

/** The system as the report presents it (from the descriptor). */
export const ReportSystemSchema = z
  .object({
    name: z.string(),
    owner: z.string().optional(),
    purpose: z.string().optional(),
    criticality: z.string().optional().describe('What the system decides about, e.g. credit.'),
    automation: z.string().optional(),
    exposure: z.string().optional(),
    descriptor: z.string().optional().describe('Path of the aisec.yaml the system was read from.'),
    models: z.array(z.object({ name: z.string(), path: z.string().optional(), format: z.string().optional(), framework: z.string().optional(), version: z.string().optional(), trainingData: z.array(z.string()).default([]) })).default([]),
    datasets: z.array(z.object({ name: z.string(), path: z.string().optional(), role: z.string().optional(), source: z.string().optional(), personalData: z.boolean().optional() })).default([]),
    endpoints: z.array(z.object({ name: z.string(), url: z.string().optional(), auth: z.string().optional() })).default([]),
  })
  .describe('The assessed AI system.');
export type ReportSystem = z.output<typeof ReportSystemSchema>;

/** One entry of the risk register (filled by the risk capability). */
export const ReportRiskSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    level: SeveritySchema,
    likelihood: z.number().int().min(1).max(5),
    impact: z.number().int().min(1).max(5),
    findings: z.array(z.string()).default([]).describe('Fingerprints of the findings that are evidence for this risk.'),
    controls: z.array(z.string()).default([]),
    taxonomy: z.record(z.string(), z.array(z.string())).default({}),
  })
  .describe('A risk.');

const SeverityCountsSchema = z.object(Object.fromEntries(severities.map((s) => [s, z.number().int().nonnegative()])) as Record<(typeof severities)[number], z.ZodNumber>);

/** The `aisec.report/v1` contract. Fields may be added; none may be renamed. */
export const ReportV1Schema = z
  .object({
    schema: z.literal('aisec.report/v1'),
    tool: z.object({ name: z.literal('aisec'), version: z.string() }),
    assessmentId: z.string().optional().describe('Id of the stored assessment run.'),
    startedAt: z.string().datetime(),
    finishedAt: z.string().datetime(),
    system: ReportSystemSchema.nullable(),
    targets: z.array(TargetSchema),
    findings: z.array(FindingSchema),
    diagnostics: z.array(DiagnosticSchema),
    risks: z.array(ReportRiskSchema),
    evaluations: z.array(EvaluationSchema).default([]).describe('Adversarial test results (robustness, privacy, extraction) with their charts.'),
    summary: z.object({
      bySeverity: SeverityCountsSchema,
      incomplete: z.number().int().nonnegative().describe('Targets not fully analysed (status other than complete).'),
      suppressed: z.number().int().nonnegative().default(0).describe('Findings present but suppressed.'),
      failOn: SeveritySchema.nullable().optional().describe('Threshold used for the exit code; null for never.'),
      exitCode: z.number().int().min(0).max(4).optional(),
    }),
  })
  .describe('aisec assessment report, version 1.');
export type ReportV1 = z.output<typeof ReportV1Schema>;
export type ReportRisk = z.output<typeof ReportRiskSchema>;
