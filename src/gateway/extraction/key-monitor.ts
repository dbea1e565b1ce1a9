/**
 * The monitor's state for one key on one model, and the three signals computed from it as each
 * distinct query arrives:
 *
 * - `prada`: Shapiro–Wilk W of the minimum distances (see `prada.ts`) below δ;
 * - `ood`: the share of the last `window` distinct queries whose standardised RMS distance from
 *   the training mean exceeds the profile's threshold, at or above `maxRate`;
 * - `coverage`: the number of distinct cells (see `coverage.ts`) the key has queried, at or above
 *   `maxCells`.
 *
 * Exact repeats are dropped first (by hash) and count in no signal.
 */
import type { ExtractionSignal, MonitorConfig } from '../config/sections/extraction.js';
import type { CellMap } from './coverage.js';
import { PradaState } from './prada.js';
import { oodScore, type CompiledProfile } from './profile.js';
import { hashRow, RecentHashes } from './repeats.js';

/** Most distinct predicted classes told apart per key; further ones share the last slot. */
export const maxClassesPerKey = 1024;

/** The settings of one model's monitor, ready to use. */
export interface MonitorPlan {
  readonly config: MonitorConfig;
  readonly profile: CompiledProfile | undefined;
  readonly ood: { readonly threshold: number; readonly window: number; readonly minQueries: number; readonly maxRate: number } | undefined;
  readonly coverage: { readonly cells: CellMap; readonly maxCells: number } | undefined;
}

/** A signal that alarmed, with its statistic. */
export interface SignalAlarm {
  readonly signal: ExtractionSignal;
  /** The statistic, the bound it crossed and `atQuery`, the key's query count when it did (no inputs). */
  readonly values: Readonly<Record<string, number>>;
}

/** One key's state on one model. */
export class KeyMonitor {
  /** Rows seen, repeats included. */
  queries = 0;
  /** Distinct rows seen. */
  distinct = 0;
  /** When the last event of each signal was sent (ms), for the cooldown. */
  readonly lastEvent = new Map<ExtractionSignal, number>();
  private readonly repeats: RecentHashes | undefined;
  private prada: PradaState | undefined;
  private dimensions: number | undefined;
  private readonly classIds = new Map<string, number>();
  private readonly oodBits: Uint8Array | undefined;
  private oodHead = 0;
  private oodFilled = 0;
  private oodCount = 0;
  private readonly cells: Set<number> | undefined;
  private lastW: number | undefined;

  constructor(
    private readonly plan: MonitorPlan,
    readonly startedAt: number,
  ) {
    const c = plan.config;
    this.repeats = c.rememberRepeats > 0 ? new RecentHashes(c.rememberRepeats) : undefined;
    this.dimensions = c.dimensions ?? plan.profile?.dimensions;
    this.oodBits = plan.ood ? new Uint8Array(plan.ood.window) : undefined;
    this.cells = plan.coverage ? new Set() : undefined;
  }

  /** The features per row this key is held to (fixed by its first row when not configured). */
  get expectedDimensions(): number | undefined {
    return this.dimensions;
  }

  /** Bytes held (approximately), for the memory figure in /healthz. */
  get bytes(): number {
    return 200 + (this.repeats ? this.repeats.size * 40 + this.repeats.capacity * 8 : 0) + (this.prada?.bytes ?? 0) + (this.oodBits?.length ?? 0) + (this.cells ? this.cells.size * 40 : 0) + this.classIds.size * 60;
  }

  /** Statistics for the admin API and events. */
  stats(): Record<string, number | null> {
    return {
      queries: this.queries,
      distinct: this.distinct,
      growingSet: this.prada?.growingSetSize ?? 0,
      w: this.lastW ?? null,
      oodRate: this.oodBits ? this.oodCount / Math.max(1, this.oodFilled) : null,
      cells: this.cells?.size ?? null,
    };
  }

  /** Take in one row (its length already checked) of predicted class `classKey`; returns the signals alarming now. */
  observe(row: Float64Array, classKey: string): SignalAlarm[] {
    this.queries++;
    if (this.repeats?.repeat(hashRow(row))) return [];
    this.distinct++;
    this.dimensions ??= row.length;
    const alarms: SignalAlarm[] = [];
    const { ood, coverage, config } = this.plan;

    if (ood && this.oodBits) {
      const out = oodScore(this.plan.profile!, row) > ood.threshold ? 1 : 0;
      if (this.oodFilled === this.oodBits.length) this.oodCount -= this.oodBits[this.oodHead]!;
      else this.oodFilled++;
      this.oodBits[this.oodHead] = out;
      this.oodCount += out;
      this.oodHead = (this.oodHead + 1) % this.oodBits.length;
      const rate = this.oodCount / this.oodFilled;
      if (this.distinct >= ood.minQueries && rate >= ood.maxRate) alarms.push({ signal: 'ood', values: { oodRate: rate, maxRate: ood.maxRate, window: this.oodFilled, atQuery: this.queries } });
    }

    if (coverage && this.cells) {
      if (this.cells.size < coverage.maxCells) this.cells.add(coverage.cells.cellOf(row));
      if (this.cells.size >= coverage.maxCells) alarms.push({ signal: 'coverage', values: { cells: this.cells.size, maxCells: coverage.maxCells, atQuery: this.queries } });
    }

    const prada = config.prada;
    if (prada.enabled) {
      this.prada ??= new PradaState(prada, row.length);
      this.prada.observe(row, this.classId(classKey));
      if (this.distinct % prada.testEvery === 0) {
        const test = this.prada.test();
        if (test) {
          this.lastW = test.w;
          if (test.w < prada.delta) alarms.push({ signal: 'prada', values: { w: test.w, delta: prada.delta, distances: test.n, atQuery: this.queries } });
        }
      }
    }
    return alarms;
  }

  private classId(key: string): number {
    let id = this.classIds.get(key);
    if (id === undefined) {
      id = Math.min(this.classIds.size, maxClassesPerKey - 1);
      if (this.classIds.size < maxClassesPerKey) this.classIds.set(key, id);
    }
    return id;
  }
}
