import type { Finding } from '../../../core/finding.js';
import { bySeverityDesc, severityRank, type Severity } from '../../../core/severity.js';
import type { ReportRisk, ReportV1 } from '../../schema.js';
import { openFindings } from './posture.js';

/** One numbered step in "What to do next". Text fields are raw (escape when rendering). */
export interface NextAction {
  /** What to do, as an instruction. */
  readonly todo: string;
  /** Why it matters, in plain words. */
  readonly why: string;
  readonly severity: Severity;
  /** What the step comes from: a risk or a finding title. */
  readonly source: string;
  /** The finding the step fixes, when there is one (for the link to the detail). */
  readonly finding?: Finding;
}

/** How many numbered steps the report proposes at most (plus "finish the checks"). */
export const maxActions = 5;

/** Risks worst first: level, then likelihood × impact, then id. */
export function risksByPriority(risks: readonly ReportRisk[]): ReportRisk[] {
  return [...risks].sort((a, b) => severityRank(b.level) - severityRank(a.level) || b.likelihood * b.impact - a.likelihood * a.impact || a.id.localeCompare(b.id));
}

function fromRisk(risk: ReportRisk, byFingerprint: Map<string, Finding>, used: Set<string>): NextAction | null {
  const evidence = risk.findings.map((fp) => byFingerprint.get(fp)).filter((f): f is Finding => f !== undefined && !used.has(f.fingerprint));
  const worst = evidence.sort(bySeverityDesc)[0];
  const source = `Risk ${risk.id}: ${risk.title}`;
  if (worst) {
    used.add(worst.fingerprint);
    return { todo: worst.fix, why: worst.why, severity: risk.level, source, finding: worst };
  }
  if (risk.findings.some((fp) => used.has(fp))) return null; // its evidence already has a step
  if (risk.level === 'info' || risk.level === 'low') return null;
  if (risk.status === 'accepted' || risk.status === 'mitigated') return null; // decided already: the first screen says by whom
  const controls = risk.controls.length > 0 ? ` Controls recorded so far: ${risk.controls.join('; ')}.` : ' No controls are recorded for it yet.';
  return { todo: `Decide how to reduce the risk "${risk.title}", or accept it formally.`, why: `It is rated ${risk.level}: likelihood ${risk.likelihood} of 5, impact ${risk.impact} of 5.${controls}`, severity: risk.level, source };
}

/**
 * The steps to take next, most urgent first: one per rated risk (the fix of its worst open
 * finding), then the worst open findings not covered by a risk. Info and low findings are
 * left to the technical detail; suppressed findings never appear.
 */
export function nextActions(report: ReportV1): NextAction[] {
  const open = openFindings(report);
  const byFingerprint = new Map(open.map((f) => [f.fingerprint, f]));
  const used = new Set<string>();
  const actions: NextAction[] = [];
  for (const risk of risksByPriority(report.risks)) {
    const action = fromRisk(risk, byFingerprint, used);
    if (action) actions.push(action);
  }
  const rest = open.filter((f) => !used.has(f.fingerprint) && severityRank(f.severity) >= severityRank('medium'));
  for (const finding of [...rest].sort(bySeverityDesc)) {
    actions.push({ todo: finding.fix, why: finding.why, severity: finding.severity, source: finding.title, finding });
  }
  // Risks and findings interleave by severity; sort is stable so risk order wins ties.
  return actions.sort((a, b) => severityRank(b.severity) - severityRank(a.severity)).slice(0, maxActions);
}
