/**
 * The `details` of a `red-team` evaluation: what the reports need to show a red-team run to a
 * person — every probe with its attack success rate and 95 % interval, what to do about it,
 * its taxonomy ids and up to three example conversations of a successful attack — and the
 * figures per probe × strategy. Written by the assessment, read (and checked with this schema,
 * since a report may come from anywhere) by the HTML and terminal reporters.
 *
 * Example conversations are capped (messages, characters) and never hold the target's
 * credentials; they may hold the planted test values a successful attack leaked.
 */
import { z } from 'zod';

/** Version of this layout, in `details.layout`. */
export const redTeamDetailsLayout = 1;

/** Most example conversations per probe. */
export const maxRedTeamExamples = 3;
/** Most messages kept per example (the last ones; the system prompt is left out). */
export const maxExampleMessages = 8;
/** Longest message text kept in an example, in characters. */
export const maxExampleChars = 800;

const Rate = z.number().min(0).max(1);

/** One message of an example conversation, capped. */
export const RedTeamExampleMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: z.string(),
  /** Tool calls the model made: name and arguments (capped). */
  toolCalls: z.array(z.object({ name: z.string(), arguments: z.string() })).optional(),
  /** For a tool message: the tool's name. */
  name: z.string().optional(),
  /** True when the text was cut to fit. */
  cut: z.boolean().optional(),
});
export type RedTeamExampleMessage = z.output<typeof RedTeamExampleMessageSchema>;

/** One successful attempt, as an example. */
export const RedTeamExampleSchema = z.object({
  key: z.string().describe('The attempt key in the event log: `<probe>/<n>@<strategy>`.'),
  strategy: z.string(),
  /** What the detectors that fired saw (the leaked value masked, the URL, the tool call). */
  evidence: z.array(z.object({ detector: z.string(), evidence: z.string().optional() })),
  /** Earlier messages left out (system prompt, long conversations). */
  omitted: z.number().int().nonnegative().default(0),
  messages: z.array(RedTeamExampleMessageSchema),
});
export type RedTeamExample = z.output<typeof RedTeamExampleSchema>;

/** One probe over all its strategies. */
export const RedTeamProbeDetailSchema = z.object({
  id: z.string(),
  family: z.string(),
  goal: z.string(),
  fix: z.string(),
  attempts: z.number().int().nonnegative(),
  successes: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  successRate: Rate,
  ci95: z.tuple([Rate, Rate]),
  owasp: z.array(z.string()).default([]),
  atlas: z.array(z.string()).default([]),
  /** The severity of the finding it raised, when it raised one. */
  severity: z.enum(['critical', 'high', 'medium', 'low', 'info']).optional(),
  /** Fingerprint of that finding. */
  finding: z.string().optional(),
  examples: z.array(RedTeamExampleSchema).default([]),
});
export type RedTeamProbeDetail = z.output<typeof RedTeamProbeDetailSchema>;

/** One probe × strategy cell. */
export const RedTeamCellDetailSchema = z.object({
  probe: z.string(),
  strategy: z.string(),
  attempts: z.number().int().nonnegative(),
  successes: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  successRate: Rate,
  ci95: z.tuple([Rate, Rate]),
});
export type RedTeamCellDetail = z.output<typeof RedTeamCellDetailSchema>;

/** The whole `details` object of a red-team evaluation. */
export const RedTeamDetailsSchema = z.object({
  layout: z.literal(redTeamDetailsLayout),
  /** The LLM part under test (descriptor name), or the target label. */
  subject: z.string(),
  /** How it was reached: `simulator`, `endpoint`, `url`, `http-template`. */
  via: z.string(),
  mode: z.enum(['harnessed', 'opaque']),
  profile: z.string(),
  seed: z.number(),
  attemptsPerProbe: z.number().int().nonnegative(),
  strategies: z.array(z.string()),
  requests: z.number().int().nonnegative(),
  probes: z.array(RedTeamProbeDetailSchema),
  cells: z.array(RedTeamCellDetailSchema).default([]),
  skipped: z.array(z.object({ probe: z.string(), reason: z.string() })).default([]),
  /** How the application context was built: files skipped, defaults used. */
  notes: z.array(z.string()).default([]),
  /** Path of the event log with every attempt, when one was kept. */
  eventLog: z.string().optional(),
});
export type RedTeamDetails = z.output<typeof RedTeamDetailsSchema>;
export type RedTeamDetailsInput = z.input<typeof RedTeamDetailsSchema>;

/** The red-team details of an evaluation's `details`, or undefined when they do not fit the layout. */
export function readRedTeamDetails(details: unknown): RedTeamDetails | undefined {
  const parsed = RedTeamDetailsSchema.safeParse(details);
  return parsed.success ? parsed.data : undefined;
}
