/**
 * Groups of training rows that are versions of one document: a carrier e-mail with and without a
 * planted instruction, or with different ones. Out-of-fold scores must not see a row's twin in
 * training: a clean carrier whose injected versions trained the fold's model scores as an attack
 * because of the carrier's own words, which a document never seen before would not, and the
 * threshold chosen on such scores is too high for unseen text.
 *
 * Two rows are twins when at least half of the shorter one's runs of `run` words are also runs of
 * the other. A payload planted in several carriers is a small part of each, so it does not join
 * their groups; runs found in more than `commonRun` rows (boilerplate) are not counted.
 */
import { wordRuns } from '../../core/word-runs.js';

export interface TwinGroupOptions {
  /** Words per run. Default 10. */
  readonly run?: number;
  /** Share of the shorter row's runs that must be shared. Default 0.5. */
  readonly share?: number;
  /** Runs in more rows than this are not counted. Default 40. */
  readonly commonRun?: number;
}

/** Runs of `n` words of a text (lower case, split on whitespace), as a set. */
function runsOf(text: string, n: number): Set<string> {
  return new Set(wordRuns(text.toLowerCase().split(/\s+/).filter((w) => w !== ''), n));
}

/** The group of each row: rows that are twins, directly or through other twins, share a number (the smallest row index of the group). */
export function twinGroups(texts: readonly string[], options: TwinGroupOptions = {}): Int32Array {
  const n = options.run ?? 10;
  const share = options.share ?? 0.5;
  const commonRun = options.commonRun ?? 40;
  const runs = texts.map((t) => runsOf(t, n));
  const rowsOf = new Map<string, number[]>();
  runs.forEach((set, i) => {
    for (const r of set) {
      const list = rowsOf.get(r);
      if (list === undefined) rowsOf.set(r, [i]);
      else if (list.length <= commonRun) list.push(i);
    }
  });
  const parent = Int32Array.from(texts, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  runs.forEach((set, i) => {
    if (set.size === 0) return;
    const shared = new Map<number, number>();
    for (const r of set) {
      const list = rowsOf.get(r)!;
      if (list.length > commonRun) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      if (count >= share * Math.min(set.size, runs[j]!.size)) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  return Int32Array.from(texts, (_, i) => find(i));
}
