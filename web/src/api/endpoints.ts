/**
 * One function per server route the dashboard calls (docs/dashboard.md lists the routes). Paths
 * are relative to `api/v1/`; every name in a path is encoded.
 */
import type { ApiClient } from './client.js';
import type { MonitorWindow, WindowRates } from '../lib/monitor-series.js';
import type { FindingPage, GatewayControl, GatewayTraffic, Incident, Inventory, MonitorAlert, Risk, SessionInfo, SystemPosture } from './types.js';

const seg = encodeURIComponent;

export interface FindingFilters {
  readonly severity?: string;
  readonly scanner?: string;
  readonly status?: string;
  readonly text?: string;
  readonly offset?: number;
  readonly limit?: number;
}

export const endpoints = {
  login: (api: ApiClient, token: string) => api.post<SessionInfo>('session', { token }),
  logout: (api: ApiClient) => api.delete<unknown>('session'),
  session: (api: ApiClient) => api.get<SessionInfo>('session'),

  systems: (api: ApiClient) => api.get<{ systems: SystemPosture[] }>('systems'),
  inventory: (api: ApiClient, system: string) => api.get<Inventory>(`systems/${seg(system)}/lineage`),
  findings: (api: ApiClient, system: string, filters: FindingFilters) => api.get<FindingPage>(`systems/${seg(system)}/findings`, { ...filters }),
  suppress: (api: ApiClient, system: string, finding: string, body: { reason: string; expiresAt: string | null }) =>
    api.post<{ id: string; fingerprint: string; expiresAt: string | null }>(`systems/${seg(system)}/findings/${seg(finding)}/suppress`, body),
  risks: (api: ApiClient, system: string) => api.get<{ risks: Risk[] }>(`systems/${seg(system)}/risks`),
  acceptRisk: (api: ApiClient, system: string, risk: string, body: { rationale: string; approver: string; expiresAt: string }) =>
    api.post<unknown>(`systems/${seg(system)}/risks/${seg(risk)}/accept`, body),

  incidents: (api: ApiClient) => api.get<{ incidents: Incident[] }>('incidents'),
  incident: (api: ApiClient, id: string) => api.get<Incident>(`incidents/${seg(id)}`),
  noteIncident: (api: ApiClient, id: string, text: string) => api.post<unknown>(`incidents/${seg(id)}/notes`, { text }),
  actOnIncident: (api: ApiClient, id: string, step: string) => api.post<{ entry: { outcome?: string; text: string }; incident: Incident }>(`incidents/${seg(id)}/act`, { step, confirmed: true }),
  closeIncident: (api: ApiClient, id: string, resolution: string) => api.post<Incident>(`incidents/${seg(id)}/close`, { resolution }),

  gatewayTraffic: (api: ApiClient) => api.get<GatewayTraffic>('gateway/traffic'),
  controls: (api: ApiClient) => api.get<{ controls: GatewayControl[]; models?: string[] }>('gateway/controls'),
  setControl: (api: ApiClient, model: string, state: 'disable' | 'restrict' | 'enable', reason: string) =>
    api.post<{ control: GatewayControl; warnings: string[] }>(`gateway/models/${seg(model)}/${state}`, { reason }),

  monitorWindows: (api: ApiClient, system: string) => api.get<{ windows: (MonitorWindow & WindowRates)[] }>(`systems/${seg(system)}/monitor/windows`),
  monitorAlerts: (api: ApiClient, system: string) => api.get<{ alerts: MonitorAlert[] }>(`systems/${seg(system)}/monitor/alerts`, { status: 'all', limit: '200' }),
  ackAlert: (api: ApiClient, system: string, alert: string, close: boolean) => api.post<{ alert: MonitorAlert }>(`systems/${seg(system)}/monitor/alerts/${seg(alert)}/ack`, close ? { close: true } : {}),
};
