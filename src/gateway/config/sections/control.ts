/**
 * `control:` — the kill switch and review queue (docs/gateway/control.md): how often a
 * replica checks the store for control changes (the fallback when Redis pub/sub is absent or
 * down), and which events open an incident in the store.
 */
import { z } from 'zod';
import { DurationSchema, durationMs } from './review.js';

/** Event severities, least to most severe. */
export const eventSeverities = ['info', 'warning', 'critical'] as const;

/** `control.incidents`: events that open an incident. */
export const IncidentsSchema = z
  .strictObject({
    from: z
      .array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'an event type is dotted lower-case words, e.g. extraction.alarm'))
      .min(1)
      .max(100)
      .describe('Event types that open an incident, e.g. [extraction.alarm, guard.blocked].'),
    minSeverity: z.enum(eventSeverities).default('warning').describe('Only events at least this severe open one.'),
    cooldown: DurationSchema.default('10m')
      .refine((d) => durationMs(d) <= 7 * 86_400_000, 'a cooldown is at most 7d')
      .describe('One incident per (event type, model, principal) within this time; later events of the same kind are not opened again.'),
  })
  .describe('Open incidents in the store from gateway events.');

/** The `control` section. */
export const ControlSchema = z
  .strictObject({
    pollMs: z.number().int().min(100).max(10_000).default(500).describe('How often each replica reads the control change number from the store (ms); changes reach it within this time even without Redis.'),
    incidents: IncidentsSchema.optional(),
  })
  .describe('Model controls (kill switch, review) and incidents.');
