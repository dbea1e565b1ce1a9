/**
 * Incidents of the systems a caller may open: list, show, note, act, close (analyst and up). A step that changes
 * the gateway (a model control, a key revocation) needs the admin role; `audit.export`, which
 * writes a file on the server, is left to `aisec incident act … --out`.
 */
import { z } from 'zod';
import { AisecError, isAisecError } from '../../core/errors.js';
import { actOnIncident, checkIncidentId, closeIncident, findStep, getIncident, listPlaybookIncidents, noteIncident, playbookOf, type Incident } from '../../incidents/index.js';
import { actorOf, mayOpenSystem } from '../authenticate.js';
import { callerOf, ok, type ApiContext, type ApiHandler } from '../api-context.js';
import { checkBody, textQuery } from '../request-input.js';
import { roleAllows } from '../roles.js';
import type { ServedSystem } from '../served-stores.js';

/** Step actions that change the gateway: admin only. */
export const adminActions: ReadonlySet<string> = new Set(['gateway.disable-model', 'gateway.restrict-model', 'gateway.review-model', 'gateway.enable-model', 'keys.revoke']);

/** The stores this caller may read incidents from, each with a way to name the system of an incident. */
async function incidentStores(ctx: ApiContext): Promise<{ store: ServedSystem['store']; system: (incident: Incident) => ServedSystem | undefined }[]> {
  const caller = callerOf(ctx);
  const systems = (await ctx.app.stores.systems()).filter((s) => mayOpenSystem(caller, s.name));
  const out: { store: ServedSystem['store']; system: (incident: Incident) => ServedSystem | undefined }[] = [];
  const shared = systems.filter((s) => s.shared);
  if (shared.length > 0) {
    // One PostgreSQL store: an incident belongs to the system of its systemId (or to none).
    const byId = new Map<string, ServedSystem>();
    for (const s of shared) {
      const row = await s.store.getSystem(s.name);
      if (row !== null) byId.set(row.id, s);
    }
    out.push({ store: shared[0]!.store, system: (i) => (i.systemId === null ? undefined : byId.get(i.systemId)) });
  }
  for (const s of systems.filter((x) => !x.shared)) out.push({ store: s.store, system: () => s });
  return out;
}

async function incidentOf(ctx: ApiContext): Promise<{ system: ServedSystem | undefined; store: ServedSystem['store']; incident: Incident }> {
  const id = checkIncidentId(ctx.params.incident);
  for (const where of await incidentStores(ctx)) {
    const incident = await getIncident(where.store, id).catch((error: unknown) => {
      if (isAisecError(error, 'ERR_INCIDENT_NOT_FOUND')) return undefined;
      throw error;
    });
    if (incident !== undefined) return { system: where.system(incident), store: where.store, incident };
  }
  throw new AisecError('ERR_INCIDENT_NOT_FOUND', `No incident ${id} is in the stores this token opens; GET /api/v1/incidents lists them.`);
}

const systemNameOf = (system: ServedSystem | undefined): string | null => system?.name ?? null;

/** GET /api/v1/incidents?system=: incidents of the systems this caller may open, newest first. */
export const listIncidents: ApiHandler = async (ctx) => {
  const only = textQuery(ctx.query, 'system', 256);
  const incidents: (Incident & { system: string | null })[] = [];
  for (const where of await incidentStores(ctx)) {
    for (const incident of await listPlaybookIncidents(where.store)) {
      const system = systemNameOf(where.system(incident));
      if (only === undefined || only === system) incidents.push({ ...incident, system });
    }
  }
  incidents.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  return ok({ incidents });
};

/** GET /api/v1/incidents/:incident: the incident, its timeline and its playbook's steps. */
export const showIncident: ApiHandler = async (ctx) => {
  const { system, incident } = await incidentOf(ctx);
  const steps = playbookOf(incident).steps.map((s) => ({ step: s.step, name: s.name, description: s.description, phase: s.phase, action: s.action, destructive: s.destructive, gateway: adminActions.has(s.action), role: adminActions.has(s.action) ? 'admin' : 'analyst' }));
  return ok({ ...incident, system: systemNameOf(system), steps });
};

const NoteBody = z.object({ text: z.string() }).strict();

/** POST /api/v1/incidents/:incident/notes {text} */
export const noteOnIncident: ApiHandler = async (ctx) => {
  const body = checkBody(NoteBody, await ctx.body());
  const { store, incident } = await incidentOf(ctx);
  const updated = await noteIncident(store, incident.id, body.text, actorOf(callerOf(ctx)));
  return { status: 201, body: updated.detail.timeline.at(-1) };
};

const CloseBody = z.object({ resolution: z.string() }).strict();

/** POST /api/v1/incidents/:incident/close {resolution} */
export const closeAnIncident: ApiHandler = async (ctx) => {
  const body = checkBody(CloseBody, await ctx.body());
  const { store, incident } = await incidentOf(ctx);
  return ok(await closeIncident(store, incident.id, body.resolution, actorOf(callerOf(ctx))));
};

const time = z.string().max(64).refine((t) => !Number.isNaN(Date.parse(t)), 'an ISO 8601 time such as 2026-08-10T09:00:00Z');
const ActBody = z
  .object({
    step: z.string().min(1).max(200),
    /** Confirms a step that changes the running system (the CLI's --yes). */
    confirmed: z.boolean().optional(),
    since: time.optional(),
    until: time.optional(),
    note: z.string().optional(),
  })
  .strict();

/** POST /api/v1/incidents/:incident/act {step, confirmed, since, until, note} */
export const actOnAnIncident: ApiHandler = async (ctx) => {
  const body = checkBody(ActBody, await ctx.body());
  const caller = callerOf(ctx);
  const { system, store, incident } = await incidentOf(ctx);
  const step = findStep(playbookOf(incident), body.step);
  if (adminActions.has(step.action) && !roleAllows(caller.role, 'admin')) throw new AisecError('ERR_AUTH_FORBIDDEN', `Step ${step.step} (${step.action}) changes the gateway and needs the admin role; this token is ${caller.role}.`);
  if (step.action === 'audit.export') throw new AisecError('ERR_USAGE', `Step ${step.step} writes an evidence file on the server; run aisec incident act ${incident.id} ${step.step} --out FILE there.`);
  const gatewayConfig = ctx.app.gateway?.file;
  const result = await actOnIncident(store, incident.id, step.step, {
    actor: actorOf(caller),
    confirmed: body.confirmed === true,
    ...(system?.descriptor ? { descriptor: system.descriptor } : {}),
    ...(gatewayConfig ? { gatewayConfig } : {}),
    ...(body.since ? { since: new Date(body.since) } : {}),
    ...(body.until ? { until: new Date(body.until) } : {}),
    ...(body.note !== undefined ? { note: body.note } : {}),
  });
  return ok({ entry: result.entry, incident: result.incident });
};
