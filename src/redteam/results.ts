/**
 * The figures of a run: the attack success rate of every probe × strategy cell and of every
 * probe over all its strategies, each with a 95 % Wilson interval, sorted worst first (highest
 * rate, then highest lower bound, then plan order). Attempts that errored are counted but
 * judged neither way: the rate is successes / (attempts − errors).
 */
import { wilsonInterval } from '../stats/wilson.js';
import type { AttemptOutcome, AttemptVerdict, CellSummary, ProbeDef, ProbeSummary } from './types.js';

/** The part of an outcome the figures need, with its place in the plan. */
export interface OutcomeRecord {
  readonly index: number;
  readonly key: string;
  readonly probe: string;
  readonly strategy: string;
  readonly status: AttemptOutcome['status'];
}

/** How many successful attempts a probe summary names as examples. */
export const maxExamples = 3;

/** The verdict of an outcome: its key, probe, strategy, status, the detectors that hit and the error code. */
export function attemptVerdict(outcome: Pick<AttemptOutcome, 'key' | 'probe' | 'strategy' | 'status' | 'detectors' | 'error'>): AttemptVerdict {
  const verdict: AttemptVerdict = { key: outcome.key, probe: outcome.probe, strategy: outcome.strategy, status: outcome.status, hits: outcome.detectors.filter((d) => d.hit).map((d) => d.id) };
  return outcome.error === undefined ? verdict : { ...verdict, error: outcome.error.code };
}

/** Cell and probe summaries of `records` (in any order); `probes` supplies the probes' meaning. */
export function summariseOutcomes(records: readonly OutcomeRecord[], probes: readonly ProbeDef[]): { cells: CellSummary[]; probes: ProbeSummary[] } {
  const ordered = [...records].sort((a, b) => a.index - b.index);
  const cells = new Map<string, Tally & { probe: string; strategy: string }>();
  const byProbe = new Map<string, Tally & { examples: string[] }>();
  for (const record of ordered) {
    const cellKey = `${record.probe}\u0000${record.strategy}`;
    let cell = cells.get(cellKey);
    if (cell === undefined) cells.set(cellKey, (cell = { ...emptyTally(record.index), probe: record.probe, strategy: record.strategy }));
    let probe = byProbe.get(record.probe);
    if (probe === undefined) byProbe.set(record.probe, (probe = { ...emptyTally(record.index), examples: [] }));
    count(cell, record);
    count(probe, record);
    if (record.status === 'success' && probe.examples.length < maxExamples) probe.examples.push(record.key);
  }
  const cellSummaries = [...cells.values()].map((cell) => ({ order: cell.first, summary: figures(cell.probe, cell.strategy, cell) }));
  const meaning = new Map(probes.map((probe) => [probe.id, probe]));
  const probeSummaries = [...byProbe.entries()].map(([id, tally]) => {
    const def = meaning.get(id);
    const summary: ProbeSummary = {
      ...figures(id, 'all', tally),
      family: def?.family ?? 'unknown',
      goal: def?.goal ?? '',
      fix: def?.fix ?? '',
      tags: { owasp: [...(def?.tags.owasp ?? [])], atlas: [...(def?.tags.atlas ?? [])] },
      examples: tally.examples,
    };
    return { order: tally.first, summary };
  });
  return { cells: worstFirst(cellSummaries), probes: worstFirst(probeSummaries) };
}

interface Tally {
  first: number;
  attempts: number;
  successes: number;
  errors: number;
}

function emptyTally(first: number): Tally {
  return { first, attempts: 0, successes: 0, errors: 0 };
}

function count(tally: Tally, record: OutcomeRecord): void {
  tally.attempts++;
  if (record.status === 'success') tally.successes++;
  else if (record.status === 'error') tally.errors++;
}

function figures(probe: string, strategy: string, tally: Tally): CellSummary {
  const judged = tally.attempts - tally.errors;
  return {
    probe,
    strategy,
    attempts: tally.attempts,
    successes: tally.successes,
    errors: tally.errors,
    successRate: judged === 0 ? 0 : tally.successes / judged,
    ci95: wilsonInterval(tally.successes, judged),
  };
}

function worstFirst<T extends CellSummary>(rows: { order: number; summary: T }[]): T[] {
  return rows.sort((a, b) => b.summary.successRate - a.summary.successRate || b.summary.ci95[0] - a.summary.ci95[0] || a.order - b.order).map((row) => row.summary);
}
