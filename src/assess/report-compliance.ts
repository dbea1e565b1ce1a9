/**
 * The compliance roll-ups an assessment puts in its report (`compliance[]`): the same evidence
 * and evaluation as `aisec risk compliance`, taken from what the run has in hand (its report,
 * the register it just built, the control claims and endpoint postures it read) instead of
 * reading the store again. Every framework is evaluated; the report keeps the counts and the
 * first gaps.
 */
import type { ReportCompliance, ReportV1 } from '../report/index.js';
import { evaluateCompliance, evidenceKinds, frameworkIds, gatherEvidence, type AssessmentView, type ComplianceResult, type ControlClaim, type Risk } from '../risk/index.js';
import type { EndpointPosture } from './deployment/endpoint-posture.js';
import type { ResolvedSystem } from './resolve-system.js';
import { endpointFacts, registerViewOf, validPlaybooks } from './system-compliance.js';

/** How many gaps of each framework the report lists. */
export const reportedGaps = 5;

/** The parts of a report the roll-up reads, as a stored report would give them. */
export function assessmentViewOf(report: Pick<ReportV1, 'findings' | 'targets' | 'evaluations' | 'summary' | 'finishedAt'>, id: string): AssessmentView {
  return {
    id,
    finishedAt: report.finishedAt,
    findings: report.findings,
    targets: report.targets.map((t) => ({ path: t.path, kind: t.kind, status: t.status, ...(t.key ? { key: t.key } : {}), ...(t.scanners ? { scanners: t.scanners } : {}) })),
    evaluations: report.evaluations,
    incomplete: report.summary.incomplete,
  };
}

/** One framework's result as the report summarises it: counts, and the first gaps in plain words. */
export function reportComplianceOf(result: ComplianceResult): ReportCompliance {
  const gaps = result.items
    .filter((i) => i.status === 'gap')
    .slice(0, reportedGaps)
    .map((i) => ({
      id: i.id,
      title: i.title,
      aspect: i.aspect,
      missing: i.missing.map((k) => evidenceKinds[k].shows),
      todo: i.missing.map((k) => evidenceKinds[k].obtain).join('; '),
    }));
  const { covered, claimed, gap } = result.counts;
  return { framework: result.framework, title: result.title, counts: { covered, claimed, gap, notAssessed: result.counts['not-assessed'] }, gaps };
}

/** What the run has in hand for the roll-up. */
export interface AssessmentComplianceInput {
  readonly system: ResolvedSystem;
  readonly report: Pick<ReportV1, 'findings' | 'targets' | 'evaluations' | 'summary' | 'finishedAt'>;
  /** The register as this run leaves it. */
  readonly risks: readonly Risk[];
  /** Controls recorded in the store (already read for the register). */
  readonly claims: readonly ControlClaim[];
  readonly postures: readonly EndpointPosture[];
}

/**
 * Every framework's roll-up of the system as this assessment leaves it; none for a system
 * without a descriptor (the roll-up needs one).
 */
export async function assessmentCompliance(input: AssessmentComplianceInput): Promise<ReportCompliance[]> {
  const descriptor = input.system.loaded?.descriptor;
  if (descriptor === undefined) return [];
  const evidence = gatherEvidence({
    system: input.system.name,
    descriptor,
    // The run is not stored yet; its id only names the source of evidence items, which the report does not show.
    assessment: assessmentViewOf(input.report, 'this assessment'),
    endpoints: await endpointFacts(input.system, input.postures),
    register: input.risks.map((r) => registerViewOf({ riskId: r.id, status: r.status, entry: r as unknown as Readonly<Record<string, unknown>> })),
    controls: input.claims,
    playbooks: validPlaybooks(),
    readAt: null,
  });
  return frameworkIds.map((framework) => reportComplianceOf(evaluateCompliance(framework, evidence)));
}
