/**
 * Incidents with a playbook and a timeline, kept in the store (`incidents` table, the detail
 * below as JSON). Every change appends to the timeline and to the store's audit trail.
 */
import { randomBytes } from 'node:crypto';
import { AisecError } from '../core/errors.js';
import type { IncidentRecord, Store } from '../store/index.js';
import { findStep, loadPlaybook, type Playbook, type PlaybookStep } from './playbook.js';

/** One entry of an incident's timeline. */
export interface TimelineEntry {
  readonly at: string;
  readonly actor: string;
  readonly kind: 'opened' | 'act' | 'note' | 'closed';
  readonly step?: string;
  readonly action?: string;
  /** For acts: `changed` (it did something), `unchanged` (already so), `answered` (a question), `recorded` (manual), `unavailable`. */
  readonly outcome?: 'changed' | 'unchanged' | 'answered' | 'recorded' | 'unavailable';
  readonly text: string;
  readonly result?: unknown;
}

/** What the incident is about: filled at open, used by the steps. */
export interface IncidentSubjects {
  readonly model?: string;
  readonly key?: string;
  readonly dataset?: string;
  readonly datasetDigest?: string;
  /** Absolute path of the gateway configuration. */
  readonly gatewayConfig?: string;
}

/** The `detail` of an incident record written by this module. */
export interface IncidentDetail {
  readonly format: 'aisec.incident/v1';
  readonly playbook: { readonly key: string; readonly id: string; readonly name: string };
  readonly system: { readonly name: string; readonly dir: string } | null;
  readonly subjects: IncidentSubjects;
  readonly timeline: readonly TimelineEntry[];
  readonly resolution: { readonly at: string; readonly by: string; readonly text: string } | null;
}

/** An incident as this module reads it. */
export interface Incident extends IncidentRecord {
  readonly detail: IncidentDetail & Readonly<Record<string, unknown>>;
}

/** Longest note, title or resolution text. */
export const maxTextLength = 10_000;
/** Most timeline entries one incident keeps. */
export const maxTimeline = 2_000;

/** Check a text given from outside. */
export function checkText(value: unknown, what: string, max = maxTextLength): string {
  if (typeof value !== 'string' || value.trim().length === 0) throw new AisecError('ERR_USAGE', `${what} is empty: say what happened.`);
  if (value.length > max) throw new AisecError('ERR_USAGE', `${what} has ${value.length} characters; at most ${max} are kept. Put long material in a file and note where it is.`);
  return value;
}

const idPattern = /^inc-[0-9a-z]{1,40}$/;

/** Check an incident id given from outside. */
export function checkIncidentId(value: unknown): string {
  if (typeof value !== 'string' || !idPattern.test(value)) throw new AisecError('ERR_USAGE', `"${String(value).slice(0, 60).replace(/[\p{Cc}]/gu, '?')}" is not an incident id (inc- followed by letters and digits, as aisec incident list shows).`);
  return value;
}

/** What opening an incident needs. */
export interface OpenIncidentOptions {
  readonly playbook: string;
  readonly title?: string;
  readonly severity?: IncidentRecord['severity'];
  readonly system: { readonly id: string; readonly name: string; readonly dir: string } | null;
  readonly subjects: IncidentSubjects;
  readonly actor: string;
  readonly now?: Date;
}

/** Open an incident with its playbook; the store keeps it and the audit trail says who opened it. */
export async function openIncident(store: Store, options: OpenIncidentOptions): Promise<Incident> {
  const playbook = loadPlaybook(options.playbook);
  const at = (options.now ?? new Date()).toISOString();
  const title = options.title === undefined ? `${playbook.name}${options.subjects.model ? ` on ${options.subjects.model}` : ''}` : checkText(options.title, '--title', 500);
  const id = `inc-${at.slice(0, 10).replaceAll('-', '')}${randomBytes(5).toString('hex')}`;
  const detail: IncidentDetail = {
    format: 'aisec.incident/v1',
    playbook: { key: playbook.key, id: playbook.id, name: playbook.name },
    system: options.system ? { name: options.system.name, dir: options.system.dir } : null,
    subjects: options.subjects,
    timeline: [{ at, actor: options.actor, kind: 'opened', text: `Opened with the ${playbook.key} playbook: ${title}` }],
    resolution: null,
  };
  const record: IncidentRecord = { id, systemId: options.system?.id ?? null, title, severity: options.severity ?? 'high', status: 'open', openedAt: at, detail: detail as unknown as Record<string, unknown> };
  await store.createIncident(record);
  await store.appendAudit({ actor: options.actor, action: 'incident.open', subject: `incident:${id}`, detail: { playbook: playbook.key, title, subjects: options.subjects }, at });
  return record as Incident;
}

/** The incident with this id; `ERR_USAGE` when there is none. */
export async function getIncident(store: Store, id: string): Promise<Incident> {
  checkIncidentId(id);
  const found = (await store.listIncidents()).find((i) => i.id === id);
  if (!found) throw new AisecError('ERR_INCIDENT_NOT_FOUND', `No incident has the id ${id} in the store at ${store.location}. aisec incident list shows the incidents.`);
  if ((found.detail as { format?: unknown }).format !== 'aisec.incident/v1') throw new AisecError('ERR_USAGE', `Incident ${id} was not opened with a playbook (it was opened by ${String((found.detail as { source?: unknown }).source ?? 'another tool')}); open one with aisec incident open --playbook … to act on it.`);
  return found as Incident;
}

/** The playbook an incident was opened with. */
export function playbookOf(incident: Incident): Playbook {
  return loadPlaybook(incident.detail.playbook.key);
}

/** The step named on the command line. */
export function stepOf(incident: Incident, name: string): PlaybookStep {
  return findStep(playbookOf(incident), name);
}

/** Append a timeline entry (and optionally change status); audited. */
export async function appendTimeline(store: Store, incident: Incident, entry: TimelineEntry, patch: { status?: IncidentRecord['status']; resolution?: IncidentDetail['resolution'] } = {}): Promise<Incident> {
  if (incident.detail.timeline.length >= maxTimeline) throw new AisecError('ERR_USAGE', `Incident ${incident.id} already has ${maxTimeline} timeline entries; open a follow-up incident.`);
  const detail: IncidentDetail = { ...incident.detail, timeline: [...incident.detail.timeline, entry], resolution: patch.resolution === undefined ? incident.detail.resolution : patch.resolution };
  const status = patch.status ?? incident.status;
  await store.updateIncident(incident.id, { status, detail: detail as unknown as Record<string, unknown> });
  await store.appendAudit({
    actor: entry.actor,
    action: `incident.${entry.kind}`,
    subject: `incident:${incident.id}`,
    detail: { step: entry.step ?? null, action: entry.action ?? null, outcome: entry.outcome ?? null, text: entry.text.slice(0, 2000), status },
    at: entry.at,
  });
  return { ...incident, status, detail: detail as Incident['detail'] };
}

/** Add a note to the timeline. */
export async function noteIncident(store: Store, id: string, text: string, actor: string): Promise<Incident> {
  const incident = await getIncident(store, id);
  return appendTimeline(store, incident, { at: new Date().toISOString(), actor, kind: 'note', text: checkText(text, 'The note') });
}

/** Close an incident with its resolution (status `resolved`). Closing a closed incident is refused. */
export async function closeIncident(store: Store, id: string, resolution: string, actor: string): Promise<Incident> {
  const incident = await getIncident(store, id);
  if (incident.status === 'resolved') throw new AisecError('ERR_USAGE', `Incident ${id} is already closed (${incident.detail.resolution?.text.slice(0, 200) ?? ''}); add to it with aisec incident note.`);
  const at = new Date().toISOString();
  const text = checkText(resolution, '--resolution');
  return appendTimeline(store, incident, { at, actor, kind: 'closed', text }, { status: 'resolved', resolution: { at, by: actor, text } });
}

/** Incidents opened with a playbook (newest first), of one system or all. */
export async function listPlaybookIncidents(store: Store, systemId?: string): Promise<Incident[]> {
  return (await store.listIncidents(systemId)).filter((i) => (i.detail as { format?: unknown }).format === 'aisec.incident/v1') as Incident[];
}
