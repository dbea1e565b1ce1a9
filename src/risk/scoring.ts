/**
 * The 5×5 risk scale (docs/risk.md): likelihood and impact from 1 to 5, score = likelihood ×
 * impact, level from the score. Impact comes from the system's stakes; likelihood from the
 * threat (exposure, attacker access) and the evidence of findings and tests.
 */
import type { Severity } from '../core/severity.js';
import type { SystemView } from './system-view.js';
import type { Threat } from './threat.js';
import { highImpactCriticalities } from './rules/rule-helpers.js';

/** Risk levels of the register (worst first); they read as severities in the report. */
export type RiskLevel = Extract<Severity, 'critical' | 'high' | 'medium' | 'low'>;

/** Level of a score: 20-25 critical, 10-16 high, 5-9 medium, 1-4 low. */
export function levelOf(score: number): RiskLevel {
  return score >= 20 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
}

/** Clamp to the 1-5 scale. */
export function onScale(n: number): number {
  return Math.min(5, Math.max(1, Math.round(n)));
}

/** One step of a score with its reason. */
export interface ScoreStep {
  readonly change: number;
  readonly why: string;
}

/** A value on the scale with the steps that made it. */
export interface Scored {
  readonly value: number;
  readonly steps: readonly ScoreStep[];
}

const privacyKinds = new Set(['membership-inference', 'model-inversion', 'sensitive-information-disclosure', 'system-prompt-leakage']);

/**
 * Impact of a threat: criticality (decisions about people's lives 4, content 3, other 2,
 * internal tooling 2, not stated 4), +1 for personal data at stake, +1 at scale (≥ 100 000
 * people or requests a day), -1 when small (< 1 000 of both, stated), +1 fully automated,
 * -1 advisory.
 */
export function impactOf(threat: Threat, system: SystemView): Scored {
  const steps: ScoreStep[] = [];
  const c = system.criticality;
  const base = c === undefined || highImpactCriticalities.has(c) ? 4 : c === 'content' ? 3 : 2;
  steps.push({ change: base, why: c === undefined ? 'criticality not stated: assumed decisions about people (4)' : `criticality ${c} (${base})` });
  const involved = threat.datasets.length > 0 ? threat.datasets.map((n) => system.dataset(n)) : privacyKinds.has(threat.kind) ? system.datasets : [];
  if (involved.some((d) => d?.personalData === true)) steps.push({ change: 1, why: 'personal data at stake (+1)' });
  else if (privacyKinds.has(threat.kind) && involved.length === 0 && threat.asset.kind === 'llm') steps.push({ change: 1, why: 'what the LLM part can disclose is not stated: assumed personal data (+1)' });
  const people = system.peopleAffected;
  const requests = system.requestsPerDay;
  if ((people ?? 0) >= 100_000 || (requests ?? 0) >= 100_000) steps.push({ change: 1, why: 'large scale: 100 000 people or requests a day or more (+1)' });
  else if (people !== undefined && requests !== undefined && people < 1000 && requests < 1000) steps.push({ change: -1, why: 'small scale: under 1 000 people and requests a day (-1)' });
  if (system.automation === 'fully-automated') steps.push({ change: 1, why: 'fully automated: no person checks the outcome (+1)' });
  else if (system.automation === 'advisory') steps.push({ change: -1, why: 'advisory: a person decides (-1)' });
  else if (system.automation === undefined) steps.push({ change: 1, why: 'automation not stated: assumed fully automated (+1)' });
  return { value: onScale(steps.reduce((sum, s) => sum + s.change, 0)), steps };
}
