/**
 * The threat model and risk register of a system, for every face: `aisec risk threats|list|
 * accept|history` and the risk step of `aisec assess`. The register weighs the latest stored
 * assessment (findings, tests, scanned targets), what each endpoint's gateway configuration
 * enforces (read now), and controls recorded in the store; every change is kept in the
 * register's history.
 */
import type { Finding } from '../core/finding.js';
import { AisecError } from '../core/errors.js';
import type { Target } from '../core/target.js';
import type { ReportRisk } from '../report/index.js';
import {
  acceptStoredRisk,
  buildRegister,
  buildThreatModel,
  previousOf,
  syncRegister,
  type AcceptanceInput,
  type ObservedEvaluation,
  type Risk,
  type RiskEvidence,
  type ThreatModel,
} from '../risk/index.js';
import type { RiskHistoryEvent, Store, StoredRisk } from '../store/index.js';
import { assessDeployment } from './deployment/assess-deployment.js';
import type { EndpointPosture } from './deployment/endpoint-posture.js';
import { resolveSystem, type ResolvedSystem } from './resolve-system.js';
import { riskConsequence } from './risk-consequences.js';
import { openSystemStore } from './system-store.js';

/** The threat model of the system in `dir` (its aisec.yaml); `ERR_CONFIG_NOT_FOUND` without one. */
export async function systemThreatModel(dir: string): Promise<ThreatModel> {
  return buildThreatModel(await descriptorOf(await resolveSystem(dir)));
}

async function descriptorOf(system: ResolvedSystem): Promise<unknown> {
  if (!system.loaded) throw new AisecError('ERR_CONFIG_NOT_FOUND', `The threat model needs a system descriptor and ${system.displayDir} has no aisec.yaml. Run \`aisec init ${system.displayDir}\` to draft one.`);
  return system.loaded.descriptor;
}

/** Evidence from a run's findings, tests, targets and endpoint postures, plus the store's control claims. */
export async function riskEvidence(
  store: Store,
  systemId: string,
  run: { findings: readonly Finding[]; evaluations: readonly ObservedEvaluation[]; targets: readonly Target[]; postures: readonly EndpointPosture[] },
): Promise<RiskEvidence> {
  const claims = (await store.listControls(systemId)).map((c) => ({ id: c.id, status: c.status, ...(typeof c.evidence.note === 'string' ? { note: c.evidence.note } : {}) }));
  return { findings: run.findings, evaluations: run.evaluations, targets: run.targets, endpoints: run.postures, claims };
}

/** Build the register from evidence, record its changes in the store, and return it. */
export async function updateRegister(store: Store, systemId: string, descriptor: unknown, evidence: RiskEvidence, options: { actor: string; now: Date }): Promise<Risk[]> {
  const stored = await store.listRegister(systemId);
  const risks = buildRegister(buildThreatModel(descriptor), descriptor, { evidence, now: options.now, previous: previousOf(stored) });
  await syncRegister(store, systemId, risks, { ...options, stored });
  return risks;
}

/** Where a risk stands: accepted (an acceptance in force), mitigated, or open (retired risks are never reported). */
function statusOf(risk: Risk): 'open' | 'mitigated' | 'accepted' {
  return risk.status === 'accepted' ? 'accepted' : risk.status === 'mitigated' ? 'mitigated' : 'open';
}

function acceptanceOf(risk: Risk): ReportRisk['acceptance'] {
  return risk.acceptance ? { by: risk.acceptance.approver, reason: risk.acceptance.rationale, expiresAt: risk.acceptance.expiresAt } : null;
}

/**
 * A risk as the report's `risks[]` shows it (`aisec.report/v1`): the scores and controls in
 * place, and for readers who are not engineers what it would mean, who owns it, where it
 * stands, what is only claimed or missing, and any acceptance in force.
 */
export function reportRiskOf(risk: Risk): ReportRisk {
  const ids = (state: 'in-place' | 'claimed' | 'missing') => risk.controls.filter((c) => c.state === state).map((c) => c.id);
  return {
    id: risk.id,
    title: risk.title,
    level: risk.residual.level,
    likelihood: risk.likelihood.residual,
    impact: risk.impact.value,
    findings: [...risk.findings],
    controls: ids('in-place'),
    taxonomy: { atlas: [...risk.taxonomy.atlas], cosai: [...risk.taxonomy.cosai], owasp: [...risk.taxonomy.owasp] },
    meaning: riskConsequence(risk),
    asset: { kind: risk.threat.asset.kind, name: risk.threat.asset.name },
    owner: risk.owner,
    status: statusOf(risk),
    inherentLevel: risk.inherent.level,
    acceptance: acceptanceOf(risk),
    controlsClaimed: ids('claimed'),
    controlsMissing: ids('missing'),
    controlTitles: Object.fromEntries(risk.controls.map((c) => [c.id, c.title])),
  };
}

/** A risk as saved with an assessment. */
export function storedRiskOf(risk: Risk): StoredRisk {
  const { id, title, level, likelihood, impact, findings, controls, taxonomy } = reportRiskOf(risk);
  return { id, title, level, likelihood, impact, findings, controls, taxonomy, status: statusOf(risk), acceptance: acceptanceOf(risk) };
}

/** Options of the register commands. */
export interface SystemRiskOptions {
  readonly dir: string;
  readonly databaseUrl?: string;
  readonly actor: string;
  readonly now?: Date;
}

async function withSystemStore<T>(options: SystemRiskOptions, fn: (store: Store, systemId: string, system: ResolvedSystem) => Promise<T>): Promise<T> {
  const system = await resolveSystem(options.dir);
  const store = await openSystemStore(system.dir, { url: options.databaseUrl });
  try {
    const stored = await store.upsertSystem(system.name, system.loaded?.file ?? null);
    return await fn(store, stored.id, system);
  } finally {
    await store.close();
  }
}

/**
 * The register of the system in `dir`, brought up to date: the threat model of its descriptor,
 * the evidence of its latest stored assessment (none when never assessed) and what its gateway
 * configurations enforce now.
 */
export async function systemRiskRegister(options: SystemRiskOptions): Promise<{ system: string; risks: Risk[]; assessed: boolean }> {
  return withSystemStore(options, async (store, systemId, system) => {
    const descriptor = await descriptorOf(system);
    const latest = (await store.listAssessments(systemId, 1))[0];
    const report = latest ? ((await store.getAssessmentReport(latest.id)) as { findings?: Finding[]; evaluations?: ObservedEvaluation[]; targets?: Target[] } | null) : null;
    const findings = latest ? (await store.listFindings(systemId)).map((f) => (f.suppression ? { ...f.finding, suppression: f.suppression } : f.finding)) : [];
    const deployment = await assessDeployment(system);
    const evidence = await riskEvidence(store, systemId, { findings, evaluations: report?.evaluations ?? [], targets: report?.targets ?? [], postures: deployment.postures });
    const risks = await updateRegister(store, systemId, descriptor, evidence, { actor: options.actor, now: options.now ?? new Date() });
    return { system: system.name, risks, assessed: latest !== undefined };
  });
}

/** Accept a risk of the register with a rationale, an approver and an expiry (all required). */
export async function acceptSystemRisk(options: SystemRiskOptions & { riskId: string; acceptance: AcceptanceInput }): Promise<Risk> {
  return withSystemStore(options, (store, systemId) => acceptStoredRisk(store, systemId, options.riskId, options.acceptance, { actor: options.actor, now: options.now ?? new Date() }));
}

/** The history of one risk, or of the whole register. */
export async function systemRiskHistory(options: SystemRiskOptions & { riskId?: string }): Promise<RiskHistoryEvent[]> {
  return withSystemStore(options, (store, systemId) => store.listRiskHistory(systemId, options.riskId));
}
