/**
 * `routes[].review:` (predict routes) — which decisions review mode holds for a person
 * (below a confidence threshold, or in declared high-impact classes), how long a held answer
 * waits, and what happens when nobody decides in time. It takes effect only while the route's
 * model is in review mode (`aisec gateway review MODEL`); docs/gateway/control.md.
 */
import { z } from 'zod';

/** A duration: a whole number with a unit, `s`, `m`, `h` or `d`, e.g. `90s`, `15m`, `24h`. */
export const DurationSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,6}(s|m|h|d)$/, 'write a duration as a whole number and a unit: s, m, h or d (e.g. 30s, 15m, 24h, 7d)');

const unitSeconds: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** The milliseconds of a duration checked by {@link DurationSchema}. */
export function durationMs(text: string): number {
  return Number(text.slice(0, -1)) * unitSeconds[text.slice(-1)]! * 1000;
}

const maxHold = 30 * 86_400_000;

/** The `review` field of a predict route. */
export const ReviewSchema = z
  .strictObject({
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('Hold a decision whose confidence (the largest class probability of a row) is below this. Needs outputs.probabilities.'),
    highImpactClasses: z
      .array(z.string().min(1).max(200))
      .max(1000)
      .default([])
      .describe('Hold every decision in these classes: names from outputs.classes, or labels as the answer gives them.'),
    holdTtl: DurationSchema.default('1h')
      .refine((d) => durationMs(d) <= maxHold, 'hold an answer for at most 30d')
      .describe('How long a held answer waits for a decision.'),
    onExpiry: z.enum(['reject', 'release']).default('reject').describe('When nobody decides in time: refuse the answer (reject) or give it to the caller (release).'),
  })
  .describe('Human review of a classic model\'s decisions (when its model is in review mode). With neither minConfidence nor highImpactClasses, review mode holds every answer.');
