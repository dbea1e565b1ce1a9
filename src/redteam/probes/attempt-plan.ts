/**
 * What every probe needs to build its attempts: a checked attempt count, fresh markers, a fair
 * order over the authored phrasings, and stable attempt ids. All of it is drawn from the run's
 * seeded random numbers, so the same seed gives the same attempts.
 */
import { AisecError } from '../../core/errors.js';
import { pickIndex } from '../strategies/pick.js';
import type { ProbeContext } from '../types.js';

/** Most attempts one probe builds in a run. */
export const MAX_ATTEMPTS_PER_PROBE = 10_000;

/** `context.attemptsPerProbe`, checked: an integer from 1 to 10,000. */
export function attemptCount(context: ProbeContext): number {
  const n = context.attemptsPerProbe;
  if (!Number.isInteger(n) || n < 1 || n > MAX_ATTEMPTS_PER_PROBE) {
    throw new AisecError('ERR_CONFIG_INVALID', `attemptsPerProbe must be an integer from 1 to ${MAX_ATTEMPTS_PER_PROBE}, got ${String(n)}.`, {
      details: { place: 'attemptsPerProbe' },
    });
  }
  return n;
}

/** Six hexadecimal digits from `random`. */
export function hex6(random: () => number): string {
  return pickIndex(random, 0x1000000).toString(16).padStart(6, '0');
}

/** A fresh marker for one attempt: `AISEC-<PROBE-ID>-<6 hex>`. */
export function makeMarker(probeId: string, random: () => number): string {
  return `AISEC-${probeId.toUpperCase()}-${hex6(random)}`;
}

/**
 * `length` indexes into a list of `size` phrasings: shuffled rounds, so every phrasing is used
 * once before any is used again.
 */
export function roundRobin(random: () => number, size: number, length: number): number[] {
  const out: number[] = [];
  while (out.length < length && size > 0) {
    const round = Array.from({ length: size }, (_, i) => i);
    for (let i = size - 1; i > 0; i--) {
      const j = pickIndex(random, i + 1);
      [round[i], round[j]] = [round[j]!, round[i]!];
    }
    out.push(...round.slice(0, length - out.length));
  }
  return out;
}

/** The id of attempt `i` (0-based) of a probe: `<probe-id>/<i + 1>`. */
export function attemptId(probeId: string, i: number): string {
  return `${probeId}/${i + 1}`;
}

/** Fill `{name}` slots of an authored template in one pass (inserted values are never scanned again; unknown slots stay). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? values[name]! : slot));
}
