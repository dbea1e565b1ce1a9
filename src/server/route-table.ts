/**
 * Every API route and who may call it: one table, enforced on every request before the
 * handler runs (docs/dashboard.md prints it). Roles are cumulative: viewer < analyst < admin.
 * Incident steps that change the gateway need admin inside the analyst route (handlers/incidents.ts).
 */
import type { ApiHandler } from './api-context.js';
import { disableModel, enableModel, gatewayStatus, restrictModel } from './handlers/gateway.js';
import { gatewayTraffic } from './handlers/gateway-traffic.js';
import { actOnAnIncident, closeAnIncident, listIncidents, noteOnIncident, showIncident } from './handlers/incidents.js';
import { listFindings, suppressFinding } from './handlers/findings.js';
import { listKeys, revokeKey } from './handlers/keys.js';
import { ackMonitorAlert, ingestMonitorEvents, listMonitorAlerts, listMonitorReferences, listMonitorWindows } from './handlers/monitor.js';
import { showLineage } from './handlers/lineage.js';
import { acceptRisk, listRisks } from './handlers/risks.js';
import { login, logout, whoAmI } from './handlers/session.js';
import { health, listAssessments, listSystems, showAssessment, showSystem } from './handlers/systems.js';
import type { Access } from './roles.js';

/** One route. `path` segments starting with `:` are parameters. */
export interface ApiRoute {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  readonly access: Access;
  readonly handler: ApiHandler;
  readonly summary: string;
}

const sys = '/api/v1/systems/:system';

/** The API. */
export const apiRoutes: readonly ApiRoute[] = Object.freeze([
  { method: 'GET', path: '/api/v1/health', access: 'public', handler: health, summary: 'the server is up' },
  { method: 'POST', path: '/api/v1/session', access: 'public', handler: login, summary: 'sign in with a token: sets the session cookie' },
  { method: 'GET', path: '/api/v1/session', access: 'viewer', handler: whoAmI, summary: 'who the caller is' },
  { method: 'DELETE', path: '/api/v1/session', access: 'viewer', handler: logout, summary: 'sign out: ends the session' },
  { method: 'GET', path: '/api/v1/systems', access: 'viewer', handler: listSystems, summary: 'systems with their posture' },
  { method: 'GET', path: sys, access: 'viewer', handler: showSystem, summary: 'one system and its posture' },
  { method: 'GET', path: `${sys}/assessments`, access: 'viewer', handler: listAssessments, summary: 'assessments of a system, newest first' },
  { method: 'GET', path: `${sys}/assessments/:assessment`, access: 'viewer', handler: showAssessment, summary: 'one assessment\'s aisec.report/v1 report' },
  { method: 'GET', path: `${sys}/findings`, access: 'viewer', handler: listFindings, summary: 'findings of the latest assessment, filtered and paged' },
  { method: 'POST', path: `${sys}/findings/:finding/suppress`, access: 'analyst', handler: suppressFinding, summary: 'suppress a finding with a reason and an expiry' },
  { method: 'GET', path: `${sys}/risks`, access: 'viewer', handler: listRisks, summary: 'the risk register' },
  { method: 'POST', path: `${sys}/risks/:risk/accept`, access: 'analyst', handler: acceptRisk, summary: 'accept a risk (rationale, approver, expiry)' },
  { method: 'GET', path: `${sys}/lineage`, access: 'viewer', handler: showLineage, summary: 'dataset → model → endpoint lineage' },
  { method: 'GET', path: `${sys}/monitor/alerts`, access: 'viewer', handler: listMonitorAlerts, summary: 'monitor alerts (?status=open|acknowledged|closed|all&model=&limit=&offset=)' },
  { method: 'POST', path: `${sys}/monitor/alerts/:alert/ack`, access: 'analyst', handler: ackMonitorAlert, summary: 'acknowledge a monitor alert, or close it with {"close": true}' },
  { method: 'GET', path: `${sys}/monitor/windows`, access: 'viewer', handler: listMonitorWindows, summary: 'closed monitor windows, oldest first: counts, rates, latency p95, confidence, drift per column' },
  { method: 'POST', path: `${sys}/monitor/events`, access: 'analyst', handler: ingestMonitorEvents, summary: 'ingest monitor events (JSON array or NDJSON, at most 4 MiB and 10,000 events)' },
  { method: 'GET', path: `${sys}/monitor/references`, access: 'viewer', handler: listMonitorReferences, summary: 'reference profiles, and the columns of each model\'s newest' },
  { method: 'GET', path: '/api/v1/incidents', access: 'viewer', handler: listIncidents, summary: 'incidents of the systems the token opens (?system=)' },
  { method: 'GET', path: '/api/v1/incidents/:incident', access: 'viewer', handler: showIncident, summary: 'one incident, its timeline and steps' },
  { method: 'POST', path: '/api/v1/incidents/:incident/notes', access: 'analyst', handler: noteOnIncident, summary: 'add a note to the timeline' },
  { method: 'POST', path: '/api/v1/incidents/:incident/act', access: 'analyst', handler: actOnAnIncident, summary: 'run a playbook step (steps that change the gateway: admin)' },
  { method: 'POST', path: '/api/v1/incidents/:incident/close', access: 'analyst', handler: closeAnIncident, summary: 'close an incident with its resolution' },
  { method: 'GET', path: '/api/v1/gateway/controls', access: 'viewer', handler: gatewayStatus, summary: 'gateway model controls in force' },
  { method: 'GET', path: '/api/v1/gateway/traffic', access: 'viewer', handler: gatewayTraffic, summary: 'the running gateway\'s traffic, limits refusals, guard hits and extraction alarms (from its /metrics)' },
  { method: 'POST', path: '/api/v1/gateway/models/:model/disable', access: 'admin', handler: disableModel, summary: 'switch a model off at the gateway' },
  { method: 'POST', path: '/api/v1/gateway/models/:model/restrict', access: 'admin', handler: restrictModel, summary: 'restrict a model to labels only' },
  { method: 'POST', path: '/api/v1/gateway/models/:model/enable', access: 'admin', handler: enableModel, summary: 'serve a model normally again' },
  { method: 'GET', path: '/api/v1/keys', access: 'admin', handler: listKeys, summary: 'API keys and tokens (never their secrets)' },
  { method: 'POST', path: '/api/v1/keys/:key/revoke', access: 'admin', handler: revokeKey, summary: 'revoke a key and end its sessions' },
] satisfies ApiRoute[]);
