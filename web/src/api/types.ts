/**
 * The shapes of the server's JSON answers the dashboard reads (docs/dashboard.md, routes).
 * Only the fields the pages use are declared; the pages check what they rely on.
 */
import type { Role } from '../lib/roles.js';

export interface SessionInfo {
  readonly role: Role;
  readonly keyId: string;
  readonly owner?: string;
  readonly expiresAt?: string;
}

export type SeverityCounts = Readonly<Record<string, number>>;

export interface SystemPosture {
  readonly name: string;
  readonly latest: {
    readonly id: string;
    readonly finishedAt: string;
    readonly status: 'complete' | 'incomplete';
    readonly exitCode: number | null;
    readonly findings?: number;
    readonly counts: SeverityCounts;
  } | null;
  readonly openRisks?: number;
  readonly openIncidents?: number;
  /** Present once the server has monitoring. */
  readonly openAlerts?: number | null;
  readonly owner?: string | null;
  readonly criticality?: string | null;
}

export interface Finding {
  readonly id: string;
  readonly ruleId: string;
  readonly title: string;
  readonly severity: string;
  readonly confidence?: string;
  readonly location: { readonly path: string; readonly member?: string; readonly line?: number; readonly row?: number; readonly column?: string };
  readonly message: string;
  readonly why?: string;
  readonly fix?: string;
  readonly fingerprint: string;
}

export interface Suppression {
  readonly reason: string;
  readonly owner: string;
  readonly expiresAt: string | null;
  readonly createdAt: string;
}

export interface StoredFinding {
  readonly finding: Finding;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly suppression: Suppression | null;
}

export interface FindingPage {
  readonly findings: readonly StoredFinding[];
  readonly total: number;
  readonly offset?: number;
  readonly limit?: number;
}

export interface RiskAcceptance {
  readonly rationale: string;
  readonly approver: string;
  readonly expiresAt: string;
  readonly acceptedAt?: string;
}

export interface Risk {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly status: string;
  readonly inherent: { readonly score: number; readonly level: string };
  readonly residual: { readonly score: number; readonly level: string };
  readonly findings?: readonly string[];
  readonly acceptance: RiskAcceptance | null;
  readonly threat?: { readonly kind?: string; readonly meaning?: string; readonly asset?: { readonly kind?: string; readonly name?: string } };
}

export interface TimelineEntry {
  readonly at: string;
  readonly actor: string;
  readonly kind: string;
  readonly step?: string;
  readonly outcome?: string;
  readonly text: string;
}

export interface PlaybookStep {
  readonly step: string;
  readonly name: string;
  readonly action?: string | null;
  readonly destructive?: boolean;
  readonly gateway?: boolean;
  readonly description?: string;
}

export interface Incident {
  readonly id: string;
  readonly systemId: string | null;
  /** The served system it belongs to, by name. */
  readonly system?: string | null;
  readonly title: string;
  readonly severity: string;
  readonly status: 'open' | 'contained' | 'resolved';
  readonly openedAt: string;
  readonly detail: {
    readonly playbook?: { readonly id: string; readonly name: string };
    readonly system?: { readonly name: string } | null;
    readonly subjects?: Readonly<Record<string, string>>;
    readonly timeline?: readonly TimelineEntry[];
    readonly resolution?: { readonly at: string; readonly by: string; readonly text: string } | null;
  };
  readonly steps?: readonly PlaybookStep[];
}

export interface GatewayControl {
  readonly subject: string;
  readonly state: 'enabled' | 'disabled' | 'restricted' | 'review';
  /** Null for a model never changed (enabled by default). */
  readonly reason: string | null;
  readonly actor: string | null;
  readonly updatedAt: string | null;
  /** Route ids that serve it at the gateway. */
  readonly routes?: readonly string[];
}

export interface LineageEdge {
  readonly dataset: string;
  readonly model: string;
  readonly endpoints: readonly string[];
  /** Endpoints served through the aisec gateway, with the route id. */
  readonly gateways?: readonly { readonly endpoint: string; readonly route: string }[];
}

export interface Inventory {
  readonly system: string;
  readonly assets: readonly { readonly kind: string; readonly name: string; readonly path?: string }[];
  readonly lineage: readonly LineageEdge[];
}

/** An alert the monitor raised (the store's MonitorAlertRecord). */
export interface MonitorAlert {
  readonly id: string;
  readonly model: string;
  readonly rule: string;
  readonly column: string;
  readonly at: string;
  readonly severity: string;
  readonly status: 'open' | 'acknowledged' | 'closed';
  readonly value: number | null;
  readonly threshold: number | null;
  readonly message: string;
}

/** GET gateway/traffic: the running gateway's counters (totals since it started), or why there are none. */
export type GatewayTraffic =
  | { readonly state: 'not-configured' | 'unreachable'; readonly reason: string; readonly fetchedAt: string }
  | {
      readonly state: 'live';
      readonly fetchedAt: string;
      readonly gateway: string;
      readonly ready: boolean | null;
      readonly notReady: readonly string[];
      readonly health: string | null;
      readonly configLoadedAt: string | null;
      readonly totals: {
        readonly requests: number;
        readonly byStatusClass: Readonly<Record<string, number>>;
        readonly limitRefusals: number;
        readonly guardHits: number;
        readonly extractionAlarms: number;
        readonly upstreamErrors: number;
        /** Reads of the gateway's /metrics, /healthz and /readyz, not counted as requests. */
        readonly probes: number;
      };
      readonly routes: readonly { readonly route: string; readonly requests: number; readonly byStatusClass: Readonly<Record<string, number>>; readonly latency: { readonly p50: number; readonly p95: number; readonly p99: number } | null }[];
      readonly limits: readonly { readonly reason: string; readonly scope: string; readonly count: number }[];
      readonly guards: readonly { readonly guard: string; readonly outcome: string; readonly count: number }[];
      readonly extraction: readonly { readonly model: string; readonly signal: string; readonly count: number }[];
      readonly configVersion: string | null;
      readonly startedAt: string | null;
      readonly uptimeSeconds: number | null;
    };
