/**
 * The contract of an alert rule: an id, what it watches, its options with their defaults
 * (every rule has a minimum window size, a cool-down and whether its alerts open an incident),
 * and a pure function from a closed window (and the reference) to what it found.
 */
import { z } from 'zod';
import type { Severity } from '../../core/severity.js';
import type { ReferenceProfile } from '../reference.js';
import type { WindowSnapshot } from '../window.js';

/** What a rule found in a window: becomes an alert unless the rule+column is cooling down. */
export interface RuleFinding {
  /** The column it is about; empty for the whole window. */
  readonly column: string;
  readonly value: number | null;
  readonly threshold: number | null;
  readonly severity: Severity;
  readonly message: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** The options every rule has. */
export function ruleOptions<T extends z.ZodRawShape>(defaults: { minEvents: number; cooldownMinutes?: number; openIncident?: boolean }, shape: T) {
  return z
    .object({
      enabled: z.boolean().default(true),
      /** Fewest values (events, samples) a window needs before the rule looks at it. */
      minEvents: z.number().int().min(1).max(100_000_000).default(defaults.minEvents),
      /** No second alert of this rule on the same column within this many minutes of event time. */
      cooldownMinutes: z.number().min(0).max(525_600).default(defaults.cooldownMinutes ?? 360),
      /** Open an incident with the rule's playbook for each alert. */
      openIncident: z.boolean().default(defaults.openIncident ?? false),
      ...shape,
    })
    .strict();
}

/** Options common to every rule, after defaults. */
export interface CommonRuleOptions {
  readonly enabled: boolean;
  readonly minEvents: number;
  readonly cooldownMinutes: number;
  readonly openIncident: boolean;
}

/** An alert rule. */
export interface MonitorRule<O extends CommonRuleOptions = CommonRuleOptions> {
  /** Kebab-case id, stored with each alert. */
  readonly id: string;
  /** One line: what it watches and when it alerts. */
  readonly summary: string;
  /** The incident playbook that fits its alerts. */
  readonly playbook: string;
  /** Its options; `parse({})` gives the defaults. */
  readonly options: z.ZodType<O, unknown>;
  evaluate(window: WindowSnapshot, reference: ReferenceProfile | null, options: O): RuleFinding[];
}

/** Make a rule (frozen; its options must parse from `{}`). */
export function defineRule<O extends CommonRuleOptions>(rule: MonitorRule<O>): MonitorRule<O> {
  rule.options.parse({});
  return Object.freeze(rule);
}

/** A share as a percentage for messages. */
export const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;
