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
    controls: z.array(z.string()).default([]).describe('Ids of the controls in place (observed by aisec).'),
    taxonomy: z.record(z.string(), z.array(z.string())).default({}),
    meaning: z.string().optional().describe('Plain words: what would happen to the business and to the people affected if the risk came true.'),
    asset: z.object({ kind: z.string(), name: z.string() }).optional().describe('The asset the risk is about (model, dataset, endpoint, llm, or the whole system).'),
    owner: z.string().optional().describe('Who answers for the risk (the system owner unless reassigned).'),
    status: z.enum(['open', 'mitigated', 'accepted']).optional().describe('open; mitigated (controls in place bring it to low); accepted (an acceptance is in force).'),
    inherentLevel: SeveritySchema.optional().describe('Level before the controls in place are counted.'),
    acceptance: z
      .object({ by: z.string(), reason: z.string(), expiresAt: z.string() })
      .nullable()
      .optional()
      .describe('The acceptance in force: who approved it, why, and until when; null when the risk is not accepted.'),
    controlsClaimed: z.array(z.string()).optional().describe('Ids of the controls claimed (declared or recorded) without evidence aisec observed.'),
    controlsMissing: z.array(z.string()).optional().describe('Ids of the controls that address the risk and are missing.'),
    controlTitles: z.record(z.string(), z.string()).optional().describe('The name of each control id above, for readers.'),
  })
  .describe('A risk.');

/** One framework item the compliance roll-up found a gap in. */
export const ReportComplianceGapSchema = z
  .object({
    id: z.string().describe('The framework item, e.g. eu-ai-act:Art.15(5).'),
    title: z.string(),
    aspect: z.string().nullable().optional().describe('The aspect of the item when it is split (e.g. confidentiality attacks).'),
    missing: z.array(z.string()).default([]).describe('Plain words: what is not shown, one line per missing kind of evidence.'),
    todo: z.string().describe('What closes the gap.'),
  })
  .describe('A compliance gap.');

/** The compliance roll-up of one framework, as the report summarises it (docs/compliance.md). */
export const ReportComplianceSchema = z
  .object({
    framework: z.string().describe('eu-ai-act, nist-ai-rmf or iso-42001.'),
    title: z.string(),
    counts: z.object({ covered: z.number().int().nonnegative(), claimed: z.number().int().nonnegative(), gap: z.number().int().nonnegative(), notAssessed: z.number().int().nonnegative() }),
    gaps: z.array(ReportComplianceGapSchema).default([]).describe('The first gaps in the framework\'s order (at most five); `aisec risk compliance` lists them all.'),
  })
  .describe('A compliance roll-up.');

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
    compliance: z.array(ReportComplianceSchema).optional().describe('Compliance roll-ups (EU AI Act, NIST AI RMF, ISO/IEC 42001) of the system as this assessment leaves it.'),
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
export type ReportCompliance = z.output<typeof ReportComplianceSchema>;
export type ReportComplianceGap = z.output<typeof ReportComplianceGapSchema>;
