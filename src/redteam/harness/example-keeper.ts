/**
 * The example attempts of a run, kept in memory with a bound: per probe, the first `max`
 * successful attempts in plan order among those seen so far (attempts finish in any order, so a
 * later-finishing attempt earlier in the plan takes the place of a later one). These are the
 * attempts the probe summaries name as examples (see results.ts). Successes judged in an earlier
 * session of a resumed run are offered by key only; their outcomes are read back from the event
 * log at the end, the only time the log is read.
 */
import { scanEventLog, withoutType } from '../event-log-read.js';
import type { AttemptOutcome, ProbeSummary } from '../types.js';

interface Kept {
  readonly index: number;
  readonly key: string;
  readonly outcome?: AttemptOutcome;
}

/** Collects the example outcomes while a run goes on. */
export interface ExampleKeeper {
  /** A successful attempt at plan position `index`; without `outcome` when it was judged in an earlier session. */
  offer(probe: string, index: number, key: string, outcome?: AttemptOutcome): void;
  /**
   * The outcomes of the examples `probes` name, in their order; those kept by key only are read
   * from `eventLog`. Examples found nowhere are left out.
   */
  examples(probes: readonly ProbeSummary[], eventLog: string | undefined): Promise<AttemptOutcome[]>;
}

/** A keeper of at most `max` outcomes a probe. */
export function createExampleKeeper(max: number): ExampleKeeper {
  const byProbe = new Map<string, Kept[]>();
  return {
    offer(probe, index, key, outcome) {
      let kept = byProbe.get(probe);
      if (kept === undefined) byProbe.set(probe, (kept = []));
      if (kept.length >= max && kept[kept.length - 1]!.index < index) return;
      let at = kept.length;
      while (at > 0 && kept[at - 1]!.index > index) at--;
      kept.splice(at, 0, outcome === undefined ? { index, key } : { index, key, outcome });
      if (kept.length > max) kept.pop();
    },
    async examples(probes, eventLog) {
      const known = new Map<string, AttemptOutcome | undefined>();
      for (const kept of byProbe.values()) for (const k of kept) known.set(k.key, k.outcome);
      const wanted = probes.flatMap((p) => p.examples);
      const missing = new Set(wanted.filter((key) => known.get(key) === undefined));
      if (missing.size > 0 && eventLog !== undefined) {
        // The latest line of each key wins, as when the log is resumed.
        await scanEventLog(eventLog, (event) => {
          if (event.type === 'attempt' && missing.has(event.key)) known.set(event.key, withoutType(event));
        });
      }
      return wanted.map((key) => known.get(key)).filter((o): o is AttemptOutcome => o !== undefined);
    },
  };
}
