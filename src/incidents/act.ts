/**
 * Run a playbook step of an incident for real: gateway model controls and API keys through the
 * gateway's store (the one its configuration names), dataset quarantine and the incident's own
 * record through the system store, lineage answers from the descriptor and the gateway audit
 * log. Every act appends to the timeline and the audit trail, and acting twice changes nothing
 * the first act did not.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SystemDescriptor } from '../config/index.js';
import { AisecError } from '../core/errors.js';
import { loadGatewayConfig, routesServing, setModelControl, stateLocation, type GatewayConfig } from '../gateway/index.js';
import { openStore, verifyAuditChain, type GatewayControlState, type Store } from '../store/index.js';
import { appendTimeline, checkText, getIncident, stepOf, type Incident, type TimelineEntry } from './incident.js';
import { endpointsServing, keysThatQueried, modelsTrainedOn } from './lineage.js';
import { setDatasetQuarantine } from './quarantine.js';

/** What a step needs besides the incident. */
export interface ActOptions {
  readonly actor: string;
  /** Confirmation for steps that change something outside the incident. */
  readonly confirmed: boolean;
  /** The system descriptor, for lineage steps. */
  readonly descriptor?: SystemDescriptor;
  /** Overrides the gateway configuration recorded at open. */
  readonly gatewayConfig?: string;
  /** For `lineage.keys-querying`: the window (default: 24 h before the incident opened until now). */
  readonly since?: Date;
  readonly until?: Date;
  /** For `audit.export`: the file to write (must not exist). */
  readonly out?: string;
  /** For `manual` steps: what was done. */
  readonly note?: string;
}

/** What an act did. */
export interface ActResult {
  readonly incident: Incident;
  readonly entry: TimelineEntry;
}

const controlOf: Partial<Record<string, GatewayControlState>> = {
  'gateway.disable-model': 'disabled',
  'gateway.restrict-model': 'restricted',
  'gateway.review-model': 'review',
  'gateway.enable-model': 'enabled',
};

function need<T>(value: T | undefined, what: string, how: string): T {
  if (value === undefined || value === '') throw new AisecError('ERR_USAGE', `This step needs ${what}; ${how}.`);
  return value;
}

async function withGateway<T>(file: string, fn: (gw: { store: Store; config: GatewayConfig; file: string }) => Promise<T>): Promise<T> {
  const loaded = await loadGatewayConfig(file);
  const store = await openStore(stateLocation(loaded.config, loaded.file));
  try {
    return await fn({ store, config: loaded.config, file: loaded.file });
  } finally {
    await store.close();
  }
}

type Outcome = Pick<TimelineEntry, 'outcome' | 'text' | 'result'>;

/**
 * Run step `stepName` of incident `id` against the system store `store`. Destructive steps
 * need `confirmed`; unknown incidents and steps are `ERR_USAGE` naming what exists.
 */
export async function actOnIncident(store: Store, id: string, stepName: string, options: ActOptions): Promise<ActResult> {
  const incident = await getIncident(store, id);
  if (incident.status === 'resolved') throw new AisecError('ERR_USAGE', `Incident ${id} is closed; open a new one to act again.`);
  const step = stepOf(incident, stepName);
  if (step.destructive && !options.confirmed) throw new AisecError('ERR_USAGE', `Step ${step.step} (${step.action}) changes the running system: confirm with --yes.`);
  const subjects = incident.detail.subjects;
  const reason = `incident ${incident.id}: ${step.step}`;
  const gatewayFile = options.gatewayConfig ?? subjects.gatewayConfig;
  const gatewayHow = 'pass --gateway-config FILE, or declare endpoints[].gateway.config for the model in aisec.yaml';
  let out: Outcome;
  const state = controlOf[step.action];
  if (state !== undefined) {
    const model = need(subjects.model, 'a model', 'open the incident with --model NAME');
    out = await withGateway(need(gatewayFile, 'the gateway configuration', gatewayHow), async (gw) => {
      if (routesServing(gw.config, model).length === 0) throw new AisecError('ERR_USAGE', `No route of the gateway configuration ${gw.file} serves "${model}"; check --model and --gateway-config.`);
      const current = (await gw.store.listGatewayControls()).find((c) => c.subject === model);
      if ((current?.state ?? 'enabled') === state) return { outcome: 'unchanged', text: `${model} is already ${state} at the gateway (no change made).`, result: { control: current ?? null } };
      const { control } = await setModelControl(gw.store, undefined, model, state, { actor: options.actor, reason });
      return { outcome: 'changed', text: `${model}: ${current?.state ?? 'enabled'} → ${state} at the gateway (control change ${control.version}); running replicas apply it within control.pollMs (${gw.config.control.pollMs} ms).`, result: { control } };
    });
  } else if (step.action === 'keys.revoke') {
    const key = need(subjects.key, 'an API key id', 'open the incident with --key KEY_ID');
    out = await withGateway(need(gatewayFile, 'the gateway configuration (its store holds the keys)', gatewayHow), async (gw) => {
      const stored = await gw.store.getApiKey(key);
      if (!stored) throw new AisecError('ERR_USAGE', `The gateway store has no API key "${key}"; aisec keys list --config ${gw.file} shows them.`);
      if (stored.revokedAt !== null) return { outcome: 'unchanged', text: `Key ${key} was already revoked at ${stored.revokedAt} by ${stored.revokedBy ?? '?'} (no change made).`, result: { key: { id: key, revokedAt: stored.revokedAt } } };
      const revoked = await gw.store.revokeApiKey(key, { by: options.actor, reason });
      await gw.store.appendAudit({ actor: options.actor, action: 'gateway.key.revoke', subject: `gateway:key:${key}`, detail: { reason, owner: revoked.owner } });
      return { outcome: 'changed', text: `Key ${key} (owner ${revoked.owner}) revoked; gateways refuse it within a second.`, result: { key: { id: key, revokedAt: revoked.revokedAt } } };
    });
  } else if (step.action === 'data.quarantine' || step.action === 'data.release') {
    const digest = need(subjects.datasetDigest, 'a dataset version', 'open the incident with --manifest FILE or --digest SHA256');
    const quarantine = step.action === 'data.quarantine';
    const { changed, state: q } = await setDatasetQuarantine(store, digest, quarantine, { actor: options.actor, reason, incident: incident.id });
    out = changed
      ? { outcome: 'changed', text: `Dataset version sha256:${digest} ${quarantine ? 'quarantined: aisec verify and aisec data verify refuse it until it is released' : 'released: it verifies again'}.`, result: { quarantine: q } }
      : { outcome: 'unchanged', text: `Dataset version sha256:${digest} is already ${quarantine ? 'quarantined' : 'not quarantined'} (no change made).`, result: { quarantine: q } };
  } else if (step.action === 'lineage.models-trained-on') {
    const descriptor = need(options.descriptor, 'the system descriptor', 'open the incident with --system DIR');
    const dataset = need(subjects.dataset, 'a dataset name', 'open the incident with --dataset NAME (as declared in aisec.yaml)');
    const models = modelsTrainedOn(descriptor, dataset);
    out = { outcome: 'answered', text: models.length === 0 ? `No declared model was trained on ${dataset}.` : `Trained on ${dataset}: ${models.map((m) => `${m.model}${m.deployedAt.length ? ` (deployed at ${m.deployedAt.join(', ')})` : ''}`).join('; ')}.`, result: { dataset, models } };
  } else if (step.action === 'lineage.endpoints-serving') {
    const descriptor = need(options.descriptor, 'the system descriptor', 'open the incident with --system DIR');
    const model = need(subjects.model, 'a model', 'open the incident with --model NAME');
    const endpoints = endpointsServing(descriptor, model);
    out = { outcome: 'answered', text: endpoints.length === 0 ? `No declared endpoint serves ${model}.` : `${model} is served by ${endpoints.map((e) => `${e.endpoint} (${e.url}${e.gateway ? `, gateway ${e.gateway.config} route ${e.gateway.route}` : ', no gateway'})`).join('; ')}.`, result: { model, endpoints } };
  } else if (step.action === 'lineage.keys-querying') {
    const model = need(subjects.model, 'a model', 'open the incident with --model NAME');
    const until = options.until ?? new Date();
    const since = options.since ?? new Date(Date.parse(incident.openedAt) - 24 * 3600 * 1000);
    if (!(since.getTime() <= until.getTime())) throw new AisecError('ERR_USAGE', '--since must be before --until.');
    out = await (async (): Promise<Outcome> => {
      if (gatewayFile === undefined) return { outcome: 'unavailable', text: `Cannot say which keys queried ${model}: no gateway configuration is known (${gatewayHow}).` };
      const loaded = await loadGatewayConfig(gatewayFile);
      if (!loaded.config.audit) return { outcome: 'unavailable', text: `Cannot say which keys queried ${model}: the gateway configuration ${loaded.file} has no audit: section, so no request was recorded.` };
      const dir = path.resolve(path.dirname(loaded.file), loaded.config.audit.dir);
      const report = await keysThatQueried(dir, { model, routes: routesServing(loaded.config, model).map((r) => r.slice('route:'.length)) }, { since, until });
      const top = report.keys.slice(0, 10).map((k) => `${k.keyId} (${k.requests} requests, ${k.refused} refused)`).join(', ');
      return { outcome: 'answered', text: report.keys.length === 0 ? `No request to ${model} between ${report.since} and ${report.until} in ${dir}.` : `Keys that queried ${model} between ${report.since} and ${report.until}: ${top}${report.keys.length > 10 ? `, and ${report.keys.length - 10} more` : ''}.`, result: report };
    })();
  } else if (step.action === 'audit.export') {
    const file = path.resolve(need(options.out, 'an output file', 'pass --out FILE (a new file)'));
    const all = [];
    let after = 0;
    for (;;) {
      const page = await store.listAudit({ afterSeq: after, limit: 1000 });
      all.push(...page);
      if (page.length < 1000) break;
      after = page[page.length - 1]!.seq;
    }
    const brokenAt = verifyAuditChain(all);
    const events = all.filter((e) => e.at >= incident.openedAt);
    const chain = { intact: brokenAt === null, firstBadSeq: brokenAt, eventsChecked: all.length };
    const document = { format: 'aisec.incident-evidence/v1', exportedAt: new Date().toISOString(), exportedBy: options.actor, incident, auditTrail: { store: store.location, chain, events } };
    try {
      await writeFile(file, `${JSON.stringify(document, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new AisecError('ERR_USAGE', code === 'EEXIST' ? `${file} exists; name a new file (evidence is never overwritten).` : `Cannot write ${file}: ${(error as Error).message}.`);
    }
    out = { outcome: 'changed', text: `Evidence written to ${file}: the incident, its timeline and ${events.length} audit events since it opened (hash chain ${chain.intact ? 'intact' : `broken at event ${brokenAt}`}).`, result: { file, events: events.length } };
  } else if (step.action === 'manual') {
    const note = options.note === undefined ? '' : checkText(options.note, '--note');
    out = { outcome: 'recorded', text: `Marked done by ${options.actor}${note ? `: ${note}` : ''} (a person does this step: ${step.description})` };
  } else {
    out = { outcome: 'unavailable', text: `Not run: ${step.capability ?? 'aisec cannot do this step yet.'}` };
  }
  const contains = step.phase === 'containment' && (out.outcome === 'changed' || out.outcome === 'unchanged');
  const entry: TimelineEntry = { at: new Date().toISOString(), actor: options.actor, kind: 'act', step: step.step, action: step.action, ...out };
  const updated = await appendTimeline(store, incident, entry, contains && incident.status === 'open' ? { status: 'contained' } : {});
  return { incident: updated, entry };
}
