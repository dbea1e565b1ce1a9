/**
 * The drift of each feature column of a window against the reference, with the test and
 * threshold the `feature-drift` rule uses: what the rule alerts on, and what charts draw for
 * every window (stored in the window's summary under `drift`).
 */
import { isAisecError } from '../core/errors.js';
import { columnDrift, type DriftMethodName, type DriftResult } from '../stats/index.js';
import type { ReferenceProfile } from './reference.js';
import type { WindowSnapshot } from './window.js';

/** How the columns are tested (the `feature-drift` rule's options). */
export interface DriftScoreOptions {
  readonly minEvents: number;
  readonly method?: DriftMethodName | undefined;
  readonly threshold?: number | undefined;
}

/** The drift result of every reference column the window has enough values of. */
export function columnDriftScores(window: WindowSnapshot, reference: ReferenceProfile | null, options: DriftScoreOptions): Map<string, DriftResult> {
  const out = new Map<string, DriftResult>();
  if (reference === null) return out;
  for (const [name, ref] of Object.entries(reference.columns)) {
    const cur = window.columns[name];
    if (cur === undefined || cur.sample.length < options.minEvents || ref.sample.length === 0) continue;
    try {
      out.set(name, columnDrift(ref.sample, cur.sample, { columnType: ref.type, ...(options.method ? { method: options.method } : {}), ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) }));
    } catch (error) {
      if (!isAisecError(error, 'ERR_STATS_INPUT')) throw error;
    }
  }
  return out;
}

/** The drift scores as stored in a window summary: per column the test, score, threshold and verdict. */
export function storedDrift(scores: ReadonlyMap<string, DriftResult>): Record<string, { method: string; scoreKind: string; score: number | null; threshold: number; drifted: boolean }> {
  return Object.fromEntries([...scores].map(([name, r]) => [name, { method: r.method, scoreKind: r.scoreKind, score: Number.isFinite(r.score) ? r.score : null, threshold: r.threshold, drifted: r.drifted }]));
}
