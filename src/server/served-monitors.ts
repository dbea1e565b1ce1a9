/**
 * The monitors of the served systems: one `Monitor` per system, made on the first event the
 * server is sent for it (default settings, docs/monitoring.md), ticked every minute so quiet
 * windows close, and closed (every window stored) when the server stops.
 */
import { Monitor } from '../monitor/index.js';
import type { StoredSystem } from '../store/index.js';
import type { ServedSystem } from './served-stores.js';

export class ServedMonitors {
  readonly #monitors = new Map<string, Monitor>();
  readonly #timer: NodeJS.Timeout;
  readonly #log: (line: string) => void;

  constructor(log: (line: string) => void, tickMs = 60_000) {
    this.#log = log;
    this.#timer = setInterval(() => {
      for (const [name, monitor] of this.#monitors) monitor.tick().catch((error: unknown) => this.#log(`serve: monitor of ${name}: ${error instanceof Error ? error.message : String(error)}`));
    }, tickMs);
    this.#timer.unref();
  }

  /** The monitor of a system (made on first use). */
  of(system: ServedSystem, row: StoredSystem): Monitor {
    let monitor = this.#monitors.get(system.name);
    if (monitor === undefined) {
      monitor = new Monitor({ store: system.store, system: { id: row.id, name: row.name, dir: system.dir ?? '' }, log: this.#log, actor: 'serve:monitor' });
      this.#monitors.set(system.name, monitor);
    }
    return monitor;
  }

  /** Close every monitor: open windows are closed and stored. */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    for (const [name, monitor] of this.#monitors) {
      await monitor.close().catch((error: unknown) => this.#log(`serve: closing the monitor of ${name}: ${error instanceof Error ? error.message : String(error)}`));
    }
    this.#monitors.clear();
  }
}
