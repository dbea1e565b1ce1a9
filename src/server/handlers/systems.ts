/**
 * Systems and their posture: the latest assessment's counts by severity, exit code and time;
 * the assessments of a system and one assessment's `aisec.report/v1` report.
 */
import { AisecError } from '../../core/errors.js';
import { toolVersion } from '../../core/version.js';
import type { Store } from '../../store/index.js';
import { mayOpenSystem } from '../authenticate.js';
import { callerOf, ok, storedSystemOf, systemOf, type ApiHandler } from '../api-context.js';
import { intQuery } from '../request-input.js';
import type { ServedSystem } from '../served-stores.js';

/** The latest assessment of a system, as its posture shows it. */
export interface LatestAssessment {
  readonly id: string;
  readonly finishedAt: string;
  readonly status: 'complete' | 'incomplete';
  readonly findings: number;
  /** Counts by severity. */
  readonly counts: Record<string, number>;
  readonly exitCode: number | null;
}

interface ReportSummary {
  summary?: { bySeverity?: Record<string, number>; exitCode?: number };
  system?: { name?: string } | null;
}

async function latestOf(store: Store, systemId: string): Promise<LatestAssessment | null> {
  const latest = (await store.listAssessments(systemId, 1))[0];
  if (latest === undefined) return null;
  const report = (await store.getAssessmentReport(latest.id)) as ReportSummary | null;
  const exitCode = report?.summary?.exitCode;
  return { id: latest.id, finishedAt: latest.finishedAt, status: latest.status, findings: latest.findingCount, counts: report?.summary?.bySeverity ?? {}, exitCode: typeof exitCode === 'number' ? exitCode : null };
}

/** A system with its posture: latest assessment, open risks, open incidents. */
async function describe(s: ServedSystem) {
  const row = await s.store.getSystem(s.name);
  const d = s.descriptor;
  const incidents = row === null && s.shared ? [] : await s.store.listIncidents(s.shared ? row!.id : undefined);
  return {
    name: s.name,
    hasDescriptor: d !== null,
    ...(d ? { owner: d.owner ?? null, purpose: d.purpose ?? null, criticality: d.criticality ?? null, exposure: d.exposure ?? null } : {}),
    latest: row === null ? null : await latestOf(s.store, row.id),
    openRisks: row === null ? 0 : (await s.store.listRegister(row.id)).filter((e) => e.status === 'open').length,
    openIncidents: incidents.filter((i) => i.status !== 'resolved').length,
  };
}

/** GET /api/v1/health */
export const health: ApiHandler = async (ctx) => ok({ status: 'ok', version: toolVersion(), backend: ctx.app.stores.backend, gateway: ctx.app.gateway !== undefined });

/** GET /api/v1/systems: the systems this caller may open, with their posture. */
export const listSystems: ApiHandler = async (ctx) => {
  const caller = callerOf(ctx);
  const systems = (await ctx.app.stores.systems()).filter((s) => mayOpenSystem(caller, s.name));
  return ok({ systems: await Promise.all(systems.map(describe)) });
};

/** GET /api/v1/systems/:system */
export const showSystem: ApiHandler = async (ctx) => ok(await describe(await systemOf(ctx)));

/** GET /api/v1/systems/:system/assessments?limit= */
export const listAssessments: ApiHandler = async (ctx) => {
  const limit = intQuery(ctx.query, 'limit', 50, 1, 500);
  const system = await systemOf(ctx);
  const row = await system.store.getSystem(system.name);
  return ok({ assessments: row === null ? [] : await system.store.listAssessments(row.id, limit) });
};

const assessmentId = /^[A-Za-z0-9_-]{1,100}$/;

/** GET /api/v1/systems/:system/assessments/:assessment: the saved aisec.report/v1 report. */
export const showAssessment: ApiHandler = async (ctx) => {
  const id = ctx.params.assessment!;
  if (!assessmentId.test(id)) throw new AisecError('ERR_USAGE', 'The assessment id is 1 to 100 letters, digits, "-" or "_" (GET …/assessments lists them).');
  const { system } = await storedSystemOf(ctx);
  const report = (await system.store.getAssessmentReport(id)) as ReportSummary | null;
  // In a shared store the id could be another system's: it is not this system's assessment.
  if (report === null || (system.shared && report.system?.name !== system.name)) throw new AisecError('ERR_ASSET_NOT_FOUND', `The system "${system.name}" has no assessment ${id}.`);
  return ok(report);
};
