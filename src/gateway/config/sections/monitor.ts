/**
 * `monitor:` — production monitoring of the models behind the gateway: every predict answer
 * and every LLM answer becomes a monitor event (docs/monitoring.md), fed off the hot path into
 * tumbling windows compared with the reference profiles kept in the gateway's store.
 */
import { z } from 'zod';
import { MonitorSettingsSchema } from '../../../monitor/index.js';

/** A feature column name. */
const ColumnSchema = z.string().min(1).max(256).regex(/^[^\p{Cc}]+$/u, 'a column name has no control characters');

/** The `monitor` section. */
export const MonitorSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Feed the monitor; false keeps the section but sends nothing. Applies on restart.'),
    system: z
      .string()
      .min(1)
      .max(256)
      .regex(/^[^\p{Cc}]+$/u, 'a system name has no control characters')
      .describe('The system (its aisec.yaml name) the events belong to, in the store of state.database; reference profiles are looked up under it. Applies on restart.'),
    columns: z
      .record(z.string().min(1).max(256), z.array(ColumnSchema).min(1).max(1000))
      .optional()
      .describe('Feature column names per predict model, in input order, for models whose mapped input is a row of numbers (an object input is named by its keys). Omitted: x0, x1, …'),
    settings: MonitorSettingsSchema.prefault({}).describe('Monitor settings: window, queueSize, rules (overrides per rule), webhook (docs/monitoring.md). Applies on restart.'),
    flushMs: z.number().int().min(1).max(60_000).default(50).describe('Events are handed to the monitor at most this long after their answer closed (batched, off the request path).'),
    tickSeconds: z.number().int().min(1).max(3600).default(30).describe('How often windows whose end has passed are closed and stored, in quiet periods too.'),
    maxPending: z.number().int().min(1).max(1_000_000).default(10_000).describe('Most events waiting to be handed over; past it (or when the monitor reports back-pressure) events are dropped and counted in metrics and /healthz.'),
  })
  .describe('Feed the monitor with every answer (docs/monitoring.md).');

/** The validated section. */
export type MonitorSection = z.output<typeof MonitorSchema>;
