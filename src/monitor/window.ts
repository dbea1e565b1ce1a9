/**
 * One tumbling window of one model: counters and bounded per-column samples of the events
 * that fell in it. Memory is bounded by the sample size times the columns tracked.
 */
import { mean, quantile, type DriftColumnType } from '../stats/index.js';
import { ClassCounts } from './class-counts.js';
import { ColumnSample, type ColumnSummary } from './column-sample.js';
import { isError, type MonitorEvent } from './event.js';
import { Reservoir } from './reservoir.js';

/** Most feature columns a window tracks; features past it are counted, not sampled. */
export const maxWindowColumns = 500;

/** The counters of a window. */
export interface WindowCounts {
  /** Every event in the window, of any kind. */
  events: number;
  predictions: number;
  errors: number;
  guardHits: number;
  alarms: number;
  /** Events older than the window's start, counted here and left out of the samples. */
  late: number;
  /** Events refused because the queue was full. */
  dropped: number;
  /** Unknown event fields ignored. */
  extraFields: number;
  /** Feature values not sampled because the window already tracked its most columns. */
  untrackedFeatures: number;
}

/** What the rules see of a closed window. */
export interface WindowSnapshot {
  readonly model: string;
  readonly startAt: number;
  readonly endAt: number;
  readonly counts: Readonly<WindowCounts>;
  readonly columns: Readonly<Record<string, ColumnSummary>>;
  readonly output: ColumnSummary & { readonly classes: Readonly<Record<string, number>> };
  readonly confidence: ColumnSummary;
  readonly latency: ColumnSummary;
}

export class WindowState {
  readonly counts: WindowCounts = { events: 0, predictions: 0, errors: 0, guardHits: 0, alarms: 0, late: 0, dropped: 0, extraFields: 0, untrackedFeatures: 0 };
  readonly #columns = new Map<string, ColumnSample>();
  readonly #output: ColumnSample;
  readonly #classes = new ClassCounts();
  readonly #confidence: ColumnSample;
  readonly #latency: Reservoir<number>;
  #latencyMissing = 0;
  #seed: number;

  constructor(
    readonly model: string,
    readonly startAt: number,
    public endAt: number,
    readonly sampleSize: number,
    seed: number,
  ) {
    this.#seed = seed;
    this.#output = new ColumnSample(sampleSize, this.#seed++);
    this.#confidence = new ColumnSample(sampleSize, this.#seed++);
    this.#latency = new Reservoir(sampleSize, this.#seed++);
  }

  /** Add an event that falls in the window. */
  add(event: MonitorEvent, extraFields: number): void {
    const c = this.counts;
    c.events++;
    c.extraFields += extraFields;
    if (isError(event)) c.errors++;
    if (event.kind === 'guard-hit') c.guardHits++;
    if (event.kind === 'extraction-alarm') c.alarms++;
    if (event.latencyMs === null || event.latencyMs === undefined) this.#latencyMissing++;
    else this.#latency.add(event.latencyMs);
    if (event.kind !== 'prediction') return;
    c.predictions++;
    if (event.features) {
      for (const [name, value] of Object.entries(event.features)) {
        let column = this.#columns.get(name);
        if (column === undefined) {
          if (this.#columns.size >= maxWindowColumns) {
            c.untrackedFeatures++;
            continue;
          }
          column = new ColumnSample(this.sampleSize, this.#seed++);
          this.#columns.set(name, column);
        }
        column.add(value);
      }
    }
    if (event.output !== undefined) {
      this.#output.add(event.output);
      if (event.output !== null) this.#classes.add(event.output);
    }
    if (event.confidence !== undefined) this.#confidence.add(event.confidence);
  }

  /** The window as the rules see it; column types follow the reference where it has the column. */
  snapshot(types: Readonly<Record<string, DriftColumnType>> = {}, outputType?: DriftColumnType): WindowSnapshot {
    const sample = this.#latency.values();
    return {
      model: this.model,
      startAt: this.startAt,
      endAt: this.endAt,
      counts: { ...this.counts },
      columns: Object.fromEntries([...this.#columns].map(([name, column]) => [name, column.summary(types[name])])),
      output: { ...this.#output.summary(outputType), classes: this.#classes.toJSON() },
      confidence: this.#confidence.summary('numerical'),
      latency: { type: 'numerical', count: this.#latency.seen, missing: this.#latencyMissing, sample },
    };
  }
}

/** The part of a window kept in the store: counters and small per-column statistics, no samples. */
export function storedSummary(window: WindowSnapshot): Record<string, unknown> {
  const stats = (s: ColumnSummary) =>
    s.type === 'numerical' && s.sample.length > 0
      ? { type: s.type, count: s.count, missing: s.missing, mean: mean(s.sample as number[]), p50: quantile(s.sample as number[], 0.5), p95: quantile(s.sample as number[], 0.95) }
      : { type: s.type, count: s.count, missing: s.missing };
  return {
    counts: window.counts,
    columns: Object.fromEntries(Object.entries(window.columns).map(([name, s]) => [name, stats(s)])),
    output: { ...stats(window.output), classes: window.output.classes },
    confidence: stats(window.confidence),
    latencyMs: stats(window.latency),
  };
}
