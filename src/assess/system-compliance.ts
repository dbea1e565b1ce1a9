/**
 * The compliance roll-up of a system (`aisec risk compliance`): read, never write, the latest
 * stored assessment report, the risk register and recorded controls, what each endpoint's
 * gateway configuration enforces now, and the built-in incident playbooks; gather the evidence
 * and evaluate one framework (docs/compliance.md).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AisecError, isAisecError } from '../core/errors.js';
import { loadGatewayConfig } from '../gateway/index.js';
import { builtinPlaybooks, loadPlaybook } from '../incidents/index.js';
import {
  evaluateCompliance,
  gatherEvidence,
  parseFramework,
  type AssessmentView,
  type ComplianceEvidence,
  type ComplianceResult,
  type EndpointFacts,
  type RegisterView,
} from '../risk/index.js';
import type { Store } from '../store/index.js';
import { assessDeployment } from './deployment/assess-deployment.js';
import type { EndpointPosture } from './deployment/endpoint-posture.js';
import { resolveSystem, type ResolvedSystem } from './resolve-system.js';
import { defaultSqlitePath, openSystemStore } from './system-store.js';

export interface SystemComplianceOptions {
  readonly dir: string;
  /** `eu-ai-act`, `nist-ai-rmf` or `iso-42001`; anything else is `ERR_USAGE`. */
  readonly framework: string;
  readonly databaseUrl?: string;
  readonly now?: Date;
}

/** The parts of a stored report the roll-up reads; anything else in it is ignored. */
const ReportSchema = z.object({
  assessmentId: z.string().optional(),
  finishedAt: z.string(),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      severity: z.string(),
      location: z.object({ path: z.string() }),
      evidence: z.record(z.string(), z.unknown()).optional(),
      suppression: z.unknown().optional(),
    }),
  ),
  targets: z.array(z.object({ path: z.string(), key: z.string().nullish(), kind: z.string(), status: z.string(), scanners: z.array(z.string()).optional() })),
  evaluations: z.array(z.object({ kind: z.string(), model: z.string(), status: z.string(), headline: z.string().optional() })).optional(),
  summary: z.object({ incomplete: z.number() }).optional(),
});

/** Where a zod problem is, as `findings[3].ruleId`. */
function where(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'the report';
  return issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}${acc ? '.' : ''}${String(p)}`), '') || 'the report';
}

async function readAssessment(store: Store, systemId: string, display: string): Promise<AssessmentView | null> {
  const latest = (await store.listAssessments(systemId, 1))[0];
  if (!latest) return null;
  const corrupt = (detail: string) =>
    new AisecError('ERR_STORE_CORRUPT', `The stored report of assessment ${latest.id} cannot be read (${detail}). Run \`aisec assess ${display}\` to store a fresh assessment.`);
  let raw: unknown;
  try {
    raw = await store.getAssessmentReport(latest.id);
  } catch (error) {
    if (isAisecError(error) && error.code !== 'ERR_INTERNAL') throw error;
    throw corrupt('it is not valid JSON');
  }
  if (raw === null) throw corrupt('it is missing');
  const parsed = ReportSchema.safeParse(raw);
  if (!parsed.success) throw corrupt(`${where(parsed.error.issues[0])}: ${parsed.error.issues[0]?.message ?? 'wrong shape'}`);
  const r = parsed.data;
  return {
    id: latest.id,
    finishedAt: latest.finishedAt,
    findings: r.findings,
    targets: r.targets.map((t) => ({ path: t.path, kind: t.kind, status: t.status, ...(t.key ? { key: t.key } : {}), ...(t.scanners ? { scanners: t.scanners } : {}) })),
    evaluations: r.evaluations ?? [],
    incomplete: r.summary?.incomplete ?? r.targets.filter((t) => t.status !== 'complete').length,
  };
}

/** A register entry (stored, or a risk just built) as the roll-up reads it. */
export function registerViewOf(entry: { riskId: string; status: string; entry: Readonly<Record<string, unknown>> }): RegisterView {
  const e = entry.entry;
  const residual = e.residual !== null && typeof e.residual === 'object' ? (e.residual as Record<string, unknown>) : {};
  const controls = Array.isArray(e.controls) ? e.controls : [];
  return {
    riskId: entry.riskId,
    status: entry.status,
    owner: typeof e.owner === 'string' && e.owner.trim() !== '' ? e.owner : undefined,
    level: typeof residual.level === 'string' ? residual.level : undefined,
    accepted: entry.status === 'accepted',
    controls: controls.flatMap((c) => (c !== null && typeof c === 'object' && typeof (c as Record<string, unknown>).id === 'string' && typeof (c as Record<string, unknown>).state === 'string' ? [{ id: (c as { id: string }).id, state: (c as { state: string }).state }] : [])),
  };
}

const placeholderEnv = new Proxy({} as NodeJS.ProcessEnv, { get: (_t, key) => (typeof key === 'string' ? 'value-set-at-run-time' : undefined) });

/** What each endpoint enforces (its posture), plus the kill switch (every aisec gateway has one) and review mode of its route. */
export async function endpointFacts(system: ResolvedSystem, postures: readonly EndpointPosture[]): Promise<EndpointFacts[]> {
  const endpoints = system.loaded?.descriptor.endpoints ?? [];
  const out: EndpointFacts[] = [];
  for (const p of postures) {
    let review: boolean | undefined;
    const gateway = endpoints.find((e) => e.name === p.endpoint)?.gateway;
    if (p.source === 'gateway' && gateway) {
      // assessDeployment read this file already (inside the system folder); only the route's review section is added here.
      const loaded = await loadGatewayConfig(path.resolve(system.dir, gateway.config), placeholderEnv).catch(() => undefined);
      const route = loaded?.config.routes.find((r) => r.id === gateway.route);
      review = route !== undefined && route.kind === 'predict' && route.review !== undefined;
    }
    out.push({ ...p, killSwitch: p.source === 'gateway', review, routeKind: p.routeKind });
  }
  return out;
}

/** The built-in playbooks that load and validate. */
export function validPlaybooks(): string[] {
  return builtinPlaybooks.filter((key) => {
    try {
      loadPlaybook(key);
      return true;
    } catch {
      return false;
    }
  });
}

/** Evidence of the system in `dir`, read-only; `ERR_ASSET_NOT_FOUND` when it has no store yet. */
export async function systemComplianceEvidence(options: Omit<SystemComplianceOptions, 'framework'>): Promise<ReturnType<typeof gatherEvidence>> {
  const system = await resolveSystem(options.dir);
  if (!system.loaded) throw new AisecError('ERR_CONFIG_NOT_FOUND', `The compliance roll-up needs a system descriptor and ${system.displayDir} has no aisec.yaml. Run \`aisec init ${system.displayDir}\` to draft one.`);
  const url = options.databaseUrl ?? process.env.AISEC_DATABASE_URL;
  const sqlite = defaultSqlitePath(system.dir);
  if (!url && !existsSync(sqlite)) {
    throw new AisecError('ERR_ASSET_NOT_FOUND', `${system.displayDir} was never assessed: there is no store at ${path.join(system.displayDir, '.aisec', 'aisec.db')}. Run \`aisec assess ${system.displayDir}\` first (or set AISEC_DATABASE_URL to the store it uses).`);
  }
  const store = await openSystemStore(system.dir, { url });
  try {
    const stored = await store.getSystem(system.name);
    const assessment = stored ? await readAssessment(store, stored.id, system.displayDir) : null;
    const register = stored ? (await store.listRegister(stored.id)).map(registerViewOf) : [];
    const controls = stored ? (await store.listControls(stored.id)).map((c) => ({ id: c.id, status: c.status, ...(typeof c.evidence.note === 'string' ? { note: c.evidence.note } : {}) })) : [];
    const endpoints = await endpointFacts(system, (await assessDeployment(system)).postures);
    return gatherEvidence({
      system: system.name,
      descriptor: system.loaded.descriptor,
      assessment,
      endpoints,
      register,
      controls,
      playbooks: validPlaybooks(),
      readAt: options.now ? options.now.toISOString() : null,
    });
  } finally {
    await store.close();
  }
}

/** The roll-up of the system in `dir` to one framework, with the evidence it rests on. */
export async function systemCompliance(options: SystemComplianceOptions): Promise<{ result: ComplianceResult; evidence: ComplianceEvidence }> {
  const framework = parseFramework(options.framework);
  const evidence = await systemComplianceEvidence(options);
  return { result: evaluateCompliance(framework, evidence), evidence };
}
