/**
 * The monitor's settings, all with defaults (docs/monitoring.md): windows, clock skew, the
 * queue, each rule's options, and the webhook alerts are posted to.
 */
import { z } from 'zod';
import { builtinRules } from './rules/builtin-rules.js';
import type { CommonRuleOptions } from './rules/rule.js';

const WebhookSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }),
    timeoutMs: z.number().int().min(100).max(60_000).default(5000),
    retries: z.number().int().min(0).max(10).default(2),
  })
  .strict();

const RulesSchema = z
  .object(Object.fromEntries(builtinRules.map((rule) => [rule.id, (rule.options as unknown as z.ZodObject).prefault({})])))
  .strict()
  .prefault({});

export const MonitorSettingsSchema = z
  .object({
    window: z
      .object({
        /** Length of a tumbling window of event time. */
        minutes: z.number().min(1 / 60).max(7 * 24 * 60).default(60),
        /** Close a window after this many events too (default: by time only). */
        maxEvents: z.number().int().min(1).max(100_000_000).optional(),
        /** Values kept per column of a window. */
        sampleSize: z.number().int().min(10).max(1_000_000).default(5000),
      })
      .strict()
      .prefault({}),
    /** How far in the future an event may be stamped before it is refused. */
    maxFutureSkewSeconds: z.number().min(0).max(86_400).default(300),
    /** Events waiting to be processed; past it, ingest reports back-pressure and drops (counted). */
    queueSize: z.number().int().min(1).max(10_000_000).default(10_000),
    /** Seed of the window samples. */
    seed: z.number().int().min(0).max(2 ** 31).default(1),
    rules: RulesSchema,
    webhook: WebhookSchema.optional(),
  })
  .strict();

export type MonitorSettingsInput = z.input<typeof MonitorSettingsSchema>;
/** Settings after defaults; `rules` has the options of every built-in rule. */
export type MonitorSettings = Omit<z.output<typeof MonitorSettingsSchema>, 'rules'> & { readonly rules: Readonly<Record<string, CommonRuleOptions>> };

/** The settings with every default filled in. */
export function monitorSettings(input: unknown = {}): MonitorSettings {
  return MonitorSettingsSchema.parse(input) as unknown as MonitorSettings;
}
