/**
 * The monitor of one system: events go through a bounded queue into tumbling windows per
 * model; a closed window is evaluated by the rules against the model's reference, its summary
 * and alerts are stored in one transaction, alerts past their cool-down are posted to the
 * webhook and may open an incident.
 */
import { randomBytes } from 'node:crypto';
import type { DriftColumnType } from '../stats/index.js';
import { openIncident } from '../incidents/index.js';
import type { NewMonitorAlert, Store } from '../store/index.js';
import { columnDriftScores, storedDrift, type DriftScoreOptions } from './drift-scores.js';
import { evaluateWindow } from './evaluate-window.js';
import { modelOf, parseEvent, type MonitorEvent } from './event.js';
import { isReferenceProfile, type ReferenceProfile } from './reference.js';
import { builtinRules } from './rules/builtin-rules.js';
import type { MonitorRule } from './rules/rule.js';
import { monitorSettings, type MonitorSettings } from './settings.js';
import { WebhookSender } from './webhook.js';
import { WindowState, storedSummary, type WindowSnapshot } from './window.js';

/** Most refused events listed in one ingest result (all are counted). */
export const maxListedRejections = 100;

/** The system a monitor watches. */
export interface MonitoredSystem {
  readonly id: string;
  readonly name: string;
  readonly dir: string;
}

export interface MonitorOptions {
  readonly store: Store;
  readonly system: MonitoredSystem;
  /** Settings (defaults for everything missing). */
  readonly settings?: MonitorSettings;
  readonly rules?: readonly MonitorRule[];
  /** Clock in ms since the epoch (tests pass a fixed one). */
  readonly now?: () => number;
  readonly log?: (line: string) => void;
  /** Who opens incidents (default `monitor`). */
  readonly actor?: string;
  /** Called with each alert stored. */
  readonly onAlert?: (alert: NewMonitorAlert) => void;
}

/** What one ingest call did. */
export interface IngestResult {
  readonly accepted: number;
  /** Refused events (index in the batch, field path, problem): the first {@link maxListedRejections}. */
  readonly rejected: readonly { readonly index: number; readonly path: string; readonly problem: string }[];
  readonly rejectedCount: number;
  /** Valid events not queued because the queue was full. */
  readonly dropped: number;
  /** True when the queue is full: wait for `drain()` before sending more. */
  readonly backPressure: boolean;
  readonly extraFields: number;
}

/** Counts since the monitor started. */
export interface MonitorTotals {
  accepted: number;
  rejected: number;
  dropped: number;
  late: number;
  extraFields: number;
  windows: number;
  alerts: number;
  /** Findings not raised again because their rule+column was cooling down. */
  suppressed: number;
  incidents: number;
}

interface Queued {
  readonly event: MonitorEvent;
  readonly at: number;
  readonly extra: number;
}

const newId = (prefix: string): string => `${prefix}-${randomBytes(8).toString('hex')}`;

export class Monitor {
  readonly settings: MonitorSettings;
  readonly totals: MonitorTotals = { accepted: 0, rejected: 0, dropped: 0, late: 0, extraFields: 0, windows: 0, alerts: 0, suppressed: 0, incidents: 0 };
  readonly #store: Store;
  readonly #system: MonitoredSystem;
  readonly #rules: readonly MonitorRule[];
  readonly #now: () => number;
  readonly #log: (line: string) => void;
  readonly #options: MonitorOptions;
  readonly #webhook: WebhookSender | undefined;
  readonly #queue: Queued[] = [];
  readonly #open = new Map<string, WindowState>();
  readonly #closedUntil = new Map<string, number>();
  readonly #droppedFor = new Map<string, number>();
  readonly #references = new Map<string, Promise<ReferenceProfile | null>>();
  readonly #lastAlert = new Map<string, number>();
  #pump: Promise<void> | undefined;
  #inFlight = 0;
  #failure: unknown;
  #seed: number;

  constructor(options: MonitorOptions) {
    this.#options = options;
    this.#store = options.store;
    this.#system = options.system;
    this.settings = options.settings ?? monitorSettings();
    this.#rules = options.rules ?? builtinRules;
    this.#now = options.now ?? Date.now;
    this.#log = options.log ?? (() => undefined);
    this.#seed = this.settings.seed;
    const hook = this.settings.webhook;
    this.#webhook = hook ? new WebhookSender({ url: hook.url, timeoutMs: hook.timeoutMs, retries: hook.retries, log: this.#log }) : undefined;
  }

  /** Events waiting in the queue. */
  get queued(): number {
    return this.#queue.length + this.#inFlight;
  }

  /** Webhook counters (undefined without a webhook). */
  get webhookStats() {
    return this.#webhook?.stats;
  }

  /**
   * Check and queue events. Refused events are listed with the field's path; when the queue is
   * full the rest are dropped and counted, and `backPressure` tells the caller to wait for
   * {@link drain}. Never throws for bad events.
   */
  ingest(values: readonly unknown[]): IngestResult {
    const clock = { now: this.#now(), maxFutureSkewMs: this.settings.maxFutureSkewSeconds * 1000 };
    const rejected: IngestResult['rejected'][number][] = [];
    let rejectedCount = 0;
    let accepted = 0;
    let dropped = 0;
    let extraFields = 0;
    values.forEach((value, index) => {
      const parsed = parseEvent(value, clock);
      if (!parsed.ok) {
        rejectedCount++;
        if (rejected.length < maxListedRejections) rejected.push({ index, path: parsed.path, problem: parsed.problem });
        return;
      }
      if (parsed.event.system !== undefined && parsed.event.system !== this.#system.name) {
        rejectedCount++;
        if (rejected.length < maxListedRejections) rejected.push({ index, path: 'system', problem: `is "${parsed.event.system}", but this monitor watches the system "${this.#system.name}": send it to that system's monitor` });
        return;
      }
      extraFields += parsed.extraFields;
      if (this.queued >= this.settings.queueSize) {
        dropped++;
        const model = modelOf(parsed.event);
        this.#droppedFor.set(model, (this.#droppedFor.get(model) ?? 0) + 1);
        return;
      }
      this.#queue.push({ event: parsed.event, at: parsed.at, extra: parsed.extraFields });
      accepted++;
    });
    this.totals.accepted += accepted;
    this.totals.rejected += rejectedCount;
    this.totals.dropped += dropped;
    this.totals.extraFields += extraFields;
    const backPressure = dropped > 0 || this.queued >= this.settings.queueSize;
    if (this.#queue.length > 0) this.#startPump();
    return { accepted, rejected, rejectedCount, dropped, backPressure, extraFields };
  }

  /** Resolves when every queued event is in its window and every closed window is stored; rejects with the first store failure. */
  async drain(): Promise<void> {
    while (this.#pump) await this.#pump;
    if (this.#failure !== undefined) {
      const failure = this.#failure;
      this.#failure = undefined;
      throw failure;
    }
  }

  /** Close windows whose end is a minute or more behind the clock (for servers with quiet periods). */
  async tick(): Promise<void> {
    await this.drain();
    const now = this.#now();
    for (const [model, window] of [...this.#open]) if (window.endAt + 60_000 <= now) await this.#close(model, window, window.endAt);
  }

  /** Close every open window (end of a file, shutdown), then wait for stores and webhooks. */
  async close(): Promise<MonitorTotals> {
    await this.drain();
    for (const [model, window] of [...this.#open]) await this.#close(model, window, window.endAt);
    await this.#webhook?.idle();
    return { ...this.totals };
  }

  #startPump(): void {
    if (this.#pump) return;
    this.#pump = (async () => {
      try {
        while (this.#queue.length > 0) {
          const batch = this.#queue.splice(0, 1000);
          this.#inFlight = batch.length;
          for (const item of batch) {
            this.#inFlight--;
            await this.#route(item);
          }
        }
      } catch (error) {
        this.#failure ??= error;
        this.#log(`monitor: ${(error as Error).message}`);
      } finally {
        this.#inFlight = 0;
        this.#pump = undefined;
      }
    })();
  }

  async #route({ event, at, extra }: Queued): Promise<void> {
    const model = modelOf(event);
    const span = this.settings.window.minutes * 60_000;
    let window = this.#open.get(model);
    if (window !== undefined && at >= window.endAt) {
      await this.#close(model, window, window.endAt);
      window = undefined;
    }
    if (window === undefined) {
      const slot = Math.floor(at / span) * span;
      const closedUntil = this.#closedUntil.get(model) ?? Number.NEGATIVE_INFINITY;
      window = new WindowState(model, Math.max(slot, closedUntil), slot + span, this.settings.window.sampleSize, this.#seed);
      this.#seed += 10_000;
      window.counts.dropped += this.#droppedFor.get(model) ?? 0;
      this.#droppedFor.delete(model);
      this.#open.set(model, window);
    }
    if (at < window.startAt) {
      window.counts.late++;
      this.totals.late++;
      return;
    }
    window.add(event, extra);
    const max = this.settings.window.maxEvents;
    if (max !== undefined && window.counts.events >= max) await this.#close(model, window, at + 1);
  }

  async #reference(model: string): Promise<ReferenceProfile | null> {
    let found = this.#references.get(model);
    if (found === undefined) {
      found = this.#store.getMonitorReference(this.#system.id, model).then((r) => (r !== null && isReferenceProfile(r.profile) ? r.profile : null));
      this.#references.set(model, found);
    }
    return found;
  }

  /** Per column drift of a closed window, with the feature-drift rule's test and threshold (for charts); empty when that rule is off. */
  #driftOf(snapshot: WindowSnapshot, reference: ReferenceProfile | null): Record<string, unknown> {
    const options = this.settings.rules['feature-drift'] as (DriftScoreOptions & { enabled: boolean }) | undefined;
    if (reference === null || options === undefined || !options.enabled) return {};
    try {
      return storedDrift(columnDriftScores(snapshot, reference, options));
    } catch (error) {
      this.#log(`monitor: drift scores of ${snapshot.model}: ${(error as Error).message}`);
      return {};
    }
  }

  async #close(model: string, window: WindowState, endAt: number): Promise<void> {
    this.#open.delete(model);
    this.#closedUntil.set(model, endAt);
    window.endAt = endAt;
    window.counts.dropped += this.#droppedFor.get(model) ?? 0;
    this.#droppedFor.delete(model);
    const reference = await this.#reference(model);
    const types: Record<string, DriftColumnType> = Object.fromEntries(Object.entries(reference?.columns ?? {}).map(([name, c]) => [name, c.type]));
    const snapshot = window.snapshot(types, reference?.output?.type);
    const findings = evaluateWindow(snapshot, reference, this.settings, this.#rules);
    const windowId = newId('win');
    const at = new Date(endAt).toISOString();
    const raisedAt = new Date(this.#now()).toISOString();
    const alerts: (NewMonitorAlert & { openIncident: boolean; playbook: string })[] = [];
    for (const finding of findings) {
      const options = this.settings.rules[finding.rule.id] ?? finding.rule.options.parse({});
      const key = `${model}\u0000${finding.rule.id}\u0000${finding.column}`;
      let last = this.#lastAlert.get(key);
      if (last === undefined) {
        const stored = await this.#store.lastMonitorAlertAt(this.#system.id, model, finding.rule.id, finding.column);
        last = stored === null ? Number.NEGATIVE_INFINITY : Date.parse(stored);
      }
      if (Math.abs(endAt - last) < options.cooldownMinutes * 60_000) {
        this.totals.suppressed++;
        continue;
      }
      this.#lastAlert.set(key, endAt);
      alerts.push({
        id: newId('al'),
        systemId: this.#system.id,
        model,
        rule: finding.rule.id,
        column: finding.column,
        windowId,
        at,
        raisedAt,
        severity: finding.severity,
        value: finding.value !== null && Number.isFinite(finding.value) ? finding.value : null,
        threshold: finding.threshold,
        message: finding.message,
        detail: { ...(finding.detail ?? {}), ...(finding.value !== null && !Number.isFinite(finding.value) ? { value: String(finding.value) } : {}), window: { start: new Date(window.startAt).toISOString(), end: at } },
        openIncident: options.openIncident,
        playbook: finding.rule.playbook,
      });
    }
    const c = snapshot.counts;
    await this.#store.saveMonitorWindow(
      { id: windowId, systemId: this.#system.id, model, startAt: new Date(window.startAt).toISOString(), endAt: at, events: c.events, errors: c.errors, guardHits: c.guardHits, alarms: c.alarms, late: c.late, dropped: c.dropped, summary: { ...storedSummary(snapshot), drift: this.#driftOf(snapshot, reference) } },
      alerts.map(({ openIncident: _o, playbook: _p, ...alert }) => alert),
    );
    this.totals.windows++;
    this.totals.alerts += alerts.length;
    for (const { openIncident: open, playbook, ...alert } of alerts) {
      this.#webhook?.send({ format: 'aisec.monitor-alert/v1', system: this.#system.name, ...alert });
      this.#options.onAlert?.(alert);
      if (open) {
        const incident = await openIncident(this.#store, {
          playbook,
          title: `Monitor: ${alert.rule}${alert.column ? ` (${alert.column})` : ''} on ${model}`.slice(0, 500),
          severity: alert.severity,
          system: this.#system,
          subjects: { model },
          actor: this.#options.actor ?? 'monitor',
          now: new Date(this.#now()),
        });
        await this.#store.updateMonitorAlert(alert.id, { by: this.#options.actor ?? 'monitor', incidentId: incident.id });
        this.totals.incidents++;
      }
    }
  }
}

/** Check and queue events for a monitor (what the server and a gateway part call); see {@link Monitor.ingest}. */
export function ingestEvents(monitor: Monitor, events: readonly unknown[]): IngestResult {
  return monitor.ingest(events);
}
