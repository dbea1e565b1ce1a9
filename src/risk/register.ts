/**
 * The risk register: each threat of the threat model becomes a risk scored on the 5×5 scale
 * (docs/risk.md), with inherent and residual levels, the controls that address it and their
 * state from evidence, an owner, and an acceptance when one is in force. Risks keep their id
 * across assessments: it is derived from the threat's fingerprint (same threat on the same
 * asset = same risk).
 */
import { judgeControls, type ControlStatus } from './controls.js';
import { matchingFindings, type RiskEvidence } from './evidence.js';
import { impactOf, levelOf, onScale, type RiskLevel, type ScoreStep } from './scoring.js';
import { systemView } from './system-view.js';
import type { AssetRef, ThreatModel } from './threat.js';
import { threatKindInfo, type ThreatKind, type ThreatTaxonomy } from './threat-kinds.js';

/** An acceptance of a risk: who approved it, why, and until when. */
export interface RiskAcceptance {
  readonly rationale: string;
  readonly approver: string;
  /** ISO time after which the acceptance lapses. */
  readonly expiresAt: string;
  readonly acceptedAt: string;
  /** Who recorded it (the OS user or --actor). */
  readonly recordedBy: string;
}

export type RiskStatus = 'open' | 'mitigated' | 'accepted' | 'retired';

/** One risk of the register. */
export interface Risk {
  /** `R-` and 10 hex digits of the threat fingerprint. */
  readonly id: string;
  readonly fingerprint: string;
  readonly threat: {
    readonly id: string;
    readonly kind: ThreatKind;
    readonly title: string;
    readonly meaning: string;
    readonly asset: AssetRef;
    readonly certainty: 'stated' | 'unknown';
    readonly unknown: readonly string[];
    readonly rules: readonly string[];
    readonly reasons: readonly string[];
    readonly hints: readonly string[];
  };
  readonly title: string;
  readonly owner: string;
  readonly likelihood: { readonly inherent: number; readonly residual: number; readonly steps: readonly ScoreStep[] };
  readonly impact: { readonly value: number; readonly steps: readonly ScoreStep[] };
  readonly inherent: { readonly score: number; readonly level: RiskLevel };
  readonly residual: { readonly score: number; readonly level: RiskLevel };
  readonly controls: readonly ControlStatus[];
  /** Fingerprints of the open findings that are evidence for the risk. */
  readonly findings: readonly string[];
  readonly taxonomy: ThreatTaxonomy;
  readonly status: RiskStatus;
  readonly acceptance: RiskAcceptance | null;
  /** An acceptance that expired (kept for the record; the risk is open again). */
  readonly lapsedAcceptance?: RiskAcceptance;
}

/** The id of the risk of a threat fingerprint. */
export function riskIdOf(fingerprint: string): string {
  return `R-${fingerprint.slice(0, 10)}`;
}

/** What the register needs besides the threat model. */
export interface BuildRegisterOptions {
  readonly evidence: RiskEvidence;
  readonly now: Date;
  /** Owners and acceptances recorded earlier, by fingerprint. */
  readonly previous?: ReadonlyMap<string, Pick<Risk, 'owner' | 'acceptance'>>;
}

/** Whether an acceptance is in force at `now`. */
export function acceptanceActive(acceptance: RiskAcceptance | null | undefined, now: Date): acceptance is RiskAcceptance {
  return acceptance !== null && acceptance !== undefined && Date.parse(acceptance.expiresAt) > now.getTime();
}

/**
 * Score every threat of a model into a risk, worst residual first (then by id).
 *
 * Likelihood: the threat's own (exposure and attacker access), +1 when an open finding of the
 * threat's kind is on its asset, -1 when a test of its kind ran clean; residual: -1 per control
 * in place, at most -2. Claimed controls do not lower it.
 */
export function buildRegister(model: ThreatModel, descriptor: unknown, options: BuildRegisterOptions): Risk[] {
  const system = systemView(descriptor);
  const owner = system.owner ?? 'unassigned';
  const risks = model.threats.map((threat): Risk => {
    const info = threatKindInfo[threat.kind];
    const steps: ScoreStep[] = [{ change: threat.likelihood, why: `exposure and attacker access (${threat.likelihood})${threat.certainty === 'unknown' ? ', worst case assumed for facts not stated' : ''}` }];
    const findings = matchingFindings(threat, system, options.evidence.findings);
    if (findings.length > 0) steps.push({ change: 1, why: `${findings.length} open finding${findings.length === 1 ? '' : 's'} of this kind (+1): ${[...new Set(findings.map((f) => f.ruleId))].sort().join(', ')}` });
    const clean = options.evidence.evaluations.filter((e) => (info.tests as readonly string[]).includes(e.kind) && e.model === threat.asset.name && e.status === 'complete');
    if (clean.length > 0 && findings.length === 0) steps.push({ change: -1, why: `${[...new Set(clean.map((e) => e.kind))].sort().join(', ')} test ran with no finding (-1)` });
    const inherentL = onScale(steps.reduce((s, x) => s + x.change, 0));
    const controls = judgeControls(threat, system, options.evidence);
    const inPlace = controls.filter((x) => x.state === 'in-place').length;
    const residualL = onScale(inherentL - Math.min(2, inPlace));
    if (inPlace > 0) steps.push({ change: -(inherentL - residualL), why: `${inPlace} control${inPlace === 1 ? '' : 's'} in place (residual ${inherentL - residualL === 0 ? 'unchanged' : `-${inherentL - residualL}`}, at most -2)` });
    const impact = impactOf(threat, system);
    const inherentScore = inherentL * impact.value;
    const residualScore = residualL * impact.value;
    const prev = options.previous?.get(threat.fingerprint);
    const acceptance = prev?.acceptance ?? null;
    const active = acceptanceActive(acceptance, options.now);
    const residualLevel = levelOf(residualScore);
    const status: RiskStatus = active ? 'accepted' : inPlace > 0 && residualLevel === 'low' ? 'mitigated' : 'open';
    return {
      id: riskIdOf(threat.fingerprint),
      fingerprint: threat.fingerprint,
      threat: {
        id: threat.id,
        kind: threat.kind,
        title: threat.title,
        meaning: threat.meaning,
        asset: threat.asset,
        certainty: threat.certainty,
        unknown: threat.unknown,
        rules: threat.rules,
        reasons: threat.reasons,
        hints: threat.hints,
      },
      title: threat.title,
      owner: prev?.owner ?? owner,
      likelihood: { inherent: inherentL, residual: residualL, steps },
      impact,
      inherent: { score: inherentScore, level: levelOf(inherentScore) },
      residual: { score: residualScore, level: residualLevel },
      controls,
      findings: [...new Set(findings.map((f) => f.fingerprint))].sort(),
      taxonomy: threat.taxonomy,
      status,
      acceptance: active ? acceptance : null,
      ...(acceptance !== null && !active ? { lapsedAcceptance: acceptance } : {}),
    };
  });
  return risks.sort((a, b) => b.residual.score - a.residual.score || b.inherent.score - a.inherent.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
