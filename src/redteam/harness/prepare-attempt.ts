/**
 * An attempt made ready to send: its strategy applied to the payload turns and to injected
 * payload content (plain turns and plain injected content stay as written), the payloads as
 * sent (so detectors do not credit an echo of them), and the strategy's provenance.
 */
import type { InjectionPoint, ProbeAttempt, StrategyDef } from '../types.js';

/** The texts to send. */
export interface PreparedAttempt {
  /** User turns in order; never empty (an attempt without turns gets the app's user task). */
  readonly turns: readonly string[];
  readonly injected?: { readonly point: InjectionPoint; readonly content: string };
  readonly sentPayloads: readonly string[];
  readonly provenance?: Readonly<Record<string, string | number>>;
}

/** Apply `strategy` (none when undefined) to `attempt`, drawing from `random`. */
export function prepareAttempt(attempt: ProbeAttempt, strategy: StrategyDef | undefined, random: () => number, userTask: string): PreparedAttempt {
  const sentPayloads: string[] = [];
  const provenances: Readonly<Record<string, string | number>>[] = [];
  const transform = (text: string, payload: boolean): string => {
    if (!payload) return text;
    if (strategy === undefined) {
      sentPayloads.push(text);
      return text;
    }
    const output = strategy.apply(text, random);
    sentPayloads.push(output.text);
    provenances.push(output.provenance);
    return output.text;
  };
  const turns = attempt.turns.length === 0 ? [userTask] : attempt.turns.map((turn) => transform(turn.text, turn.payload));
  const injected = attempt.injected === undefined ? undefined : { point: attempt.injected.point, content: transform(attempt.injected.content, attempt.injected.payload) };
  const provenance = strategy === undefined ? undefined : mergeProvenance(strategy.id, provenances);
  return { turns, ...(injected === undefined ? {} : { injected }), sentPayloads, ...(provenance === undefined ? {} : { provenance }) };
}

/**
 * One provenance record for an attempt: the strategy id, and each parameter once; a parameter
 * that differed between payloads lists its values in order, joined by ` | `.
 */
export function mergeProvenance(strategyId: string, records: readonly Readonly<Record<string, string | number>>[]): Record<string, string | number> {
  const merged: Record<string, string | number> = { strategy: strategyId };
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
  for (const key of keys) {
    const values = records.map((record) => record[key]).filter((value) => value !== undefined);
    const distinct = [...new Set(values)];
    merged[key] = distinct.length === 1 ? distinct[0]! : values.join(' | ');
  }
  return merged;
}
