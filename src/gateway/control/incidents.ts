/**
 * Open incidents in the store from gateway events (`control.incidents`): an event of a listed
 * type and at least the given severity opens one incident per (type, model, principal) within
 * the cooldown. Replicas dedupe too: the incident id is derived from that key and the cooldown
 * window, and the store refuses a second incident with the same id.
 */
import { createHash } from 'node:crypto';
import type { IncidentRecord, Store } from '../../store/index.js';
import type { GatewayEvent } from '../pipeline/part.js';
import { eventSeverities } from '../config/sections/control.js';

/** What the opener needs. */
export interface IncidentOpenerOptions {
  readonly from: readonly string[];
  readonly minSeverity: GatewayEvent['severity'];
  readonly cooldownMs: number;
  readonly store: () => Promise<Store>;
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** Called once an incident is stored. */
  readonly opened?: (incident: IncidentRecord) => void;
}

const severityOf: Record<GatewayEvent['severity'], IncidentRecord['severity']> = { info: 'low', warning: 'medium', critical: 'high' };
const maxKeys = 10_000;

/** Turns events into incidents. */
export interface IncidentOpener {
  onEvent(event: GatewayEvent): void;
  /** Wait for incidents being written. */
  flush(): Promise<void>;
}

/** Make the opener. */
export function createIncidentOpener(options: IncidentOpenerOptions): IncidentOpener {
  const types = new Set(options.from);
  const floor = eventSeverities.indexOf(options.minSeverity);
  const last = new Map<string, number>();
  const writing = new Set<Promise<void>>();
  return {
    onEvent(event) {
      if (!types.has(event.type) || eventSeverities.indexOf(event.severity) < floor) return;
      const now = options.now();
      const key = JSON.stringify([event.type, event.model ?? event.route ?? '', event.principal ?? '']);
      const previous = last.get(key);
      if (previous !== undefined && now - previous < options.cooldownMs) return;
      if (last.size >= maxKeys) for (const [k, at] of last) if (now - at >= options.cooldownMs || last.size >= maxKeys) last.delete(k);
      last.set(key, now);
      const window = Math.floor(now / options.cooldownMs);
      const id = `gw-${createHash('sha256').update(`${key}\n${window}`).digest('hex').slice(0, 24)}`;
      const subject = event.model ?? event.route ?? 'the gateway';
      const incident: IncidentRecord = {
        id,
        systemId: null,
        title: `Gateway ${event.type} on ${subject.slice(0, 200)}${event.principal ? ` (principal ${event.principal.slice(0, 200)})` : ''}`,
        severity: severityOf[event.severity],
        status: 'open',
        openedAt: new Date(now).toISOString(),
        detail: { source: 'gateway', event: { type: event.type, severity: event.severity, at: event.at, requestId: event.requestId ?? null, principal: event.principal ?? null, route: event.route ?? null, model: event.model ?? null, detail: event.detail } },
      };
      const write = (async () => {
        try {
          const store = await options.store();
          await store.createIncident(incident);
          options.opened?.(incident);
        } catch (error) {
          // Another replica opened the same incident in this window: nothing to do.
          const message = error instanceof Error ? error.message : String(error);
          if (!message.includes('already exists')) options.log(`gateway: control: could not open an incident for ${event.type}: ${message}`);
        }
      })();
      writing.add(write);
      void write.finally(() => writing.delete(write));
    },
    flush: async () => {
      await Promise.all([...writing]);
    },
  };
}
