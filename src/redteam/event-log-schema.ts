/**
 * The lines of a red-team event log (JSONL), as zod schemas: the `run` header, one `attempt`
 * line per finished attempt (an {@link AttemptOutcome}), and `summary` lines. Other fields may
 * be added to a line in later versions; these may not be renamed.
 */
import { z } from 'zod';
import type { AttemptOutcome, RedTeamResult } from './types.js';
import type { RunSettings } from './run-settings.js';

/** The version of the log format written in the header. */
export const eventLogVersion = 1;

const PluginRefSchema = z.object({ id: z.string(), version: z.number() });

/** The first line of a log. */
export const RunHeaderSchema = z.object({
  type: z.literal('run'),
  version: z.number(),
  settingsDigest: z.string(),
  startedAt: z.string(),
  target: z.string(),
  mode: z.enum(['harnessed', 'opaque']),
  seed: z.number(),
  attemptsPerProbe: z.number(),
  maxToolRounds: z.number(),
  probes: z.array(PluginRefSchema),
  strategies: z.array(PluginRefSchema),
  detectors: z.array(PluginRefSchema),
  app: z.string(),
});

const ToolCallSchema = z.object({ id: z.string(), name: z.string(), arguments: z.string() });

const ChatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: z.string(),
  toolCalls: z.array(ToolCallSchema).optional(),
  toolCallId: z.string().optional(),
  name: z.string().optional(),
});

/** One finished attempt. */
export const AttemptLineSchema = z.object({
  type: z.literal('attempt'),
  /** The attempt's place in the run's plan (attempts are logged as they finish). */
  index: z.number().int().nonnegative().optional(),
  key: z.string(),
  probe: z.string(),
  strategy: z.string(),
  status: z.enum(['success', 'resisted', 'error']),
  detectors: z.array(z.object({ id: z.string(), hit: z.boolean(), score: z.number(), evidence: z.string().optional() })),
  provenance: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  messages: z.array(ChatMessageSchema),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  latencyMs: z.number(),
});

/** The end of a run (or of one of its sessions, when it was resumed). */
export const SummaryLineSchema = z.looseObject({ type: z.literal('summary'), status: z.enum(['complete', 'incomplete']) });

/** The header line as written. */
export type RunHeader = RunSettings & { readonly type: 'run'; readonly version: number; readonly settingsDigest: string; readonly startedAt: string };
/** An attempt line as written. */
export type AttemptLine = AttemptOutcome & { readonly type: 'attempt'; readonly index?: number };
/** A summary line as written: the result without the attempts and examples, which the attempt lines hold. */
export type SummaryLine = Omit<RedTeamResult, 'eventLog' | 'attempts' | 'examples'> & { readonly type: 'summary'; readonly finishedAt: string };

/** Any line of a log. */
export type EventLine = RunHeader | AttemptLine | SummaryLine;
