/**
 * The `redteam` block of an `llm[]` entry: what `aisec probe` needs to know about the
 * application that the rest of the entry does not say — the test values planted in it, a
 * benign task to wrap payloads in, where attacker content enters, and which tools matter.
 * Every field is optional; without the block the runner derives what it can.
 */
import { z } from 'zod';
import { hint, isRecord, namesOf, recordsOf } from './schema-checks.js';
import { AssetNameSchema } from './schema-primitives.js';

/** Most canaries one LLM part may declare. */
export const maxCanaries = 50;
/** Longest canary value, in characters. */
export const maxCanaryLength = 200;

/** Kinds of planted fake secrets other than plain canaries. */
export const plantedSecretKinds = ['credential', 'personal-data'] as const;

/** A fake secret planted in the application: its value and what it stands for. */
export const PlantedSecretSchema = z
  .strictObject({
    value: z.string().min(1).max(maxCanaryLength).describe('The planted value, exactly as it appears in the prompt or a document.'),
    kind: z.enum(plantedSecretKinds).describe('credential: a fake key or password; personal-data: a made-up customer record. Secret-leakage probes aim at these.'),
  })
  .describe('A fake secret planted in the system prompt or a document.');
/** A validated planted secret entry. */
export type PlantedSecretEntry = z.output<typeof PlantedSecretSchema>;

/** One place where attacker-controlled content enters the LLM part. */
export const InjectionPointSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('document').describe('A retrieved document of a retrieval source.'),
        source: AssetNameSchema.describe('Name of the retrieval source (under `retrieval`) whose documents an attacker can write.'),
      })
      .describe('Injection point `document`.'),
    z
      .strictObject({
        kind: z.literal('tool-output').describe('The result of a tool call.'),
        tool: AssetNameSchema.describe('Name of the tool (under `tools`) whose results can carry attacker text.'),
      })
      .describe('Injection point `tool-output`.'),
    z
      .strictObject({
        kind: z.literal('user-message').describe('Content the user pastes into the conversation (an e-mail or web page to summarise).'),
      })
      .describe('Injection point `user-message`.'),
  ])
  .describe('Where attacker-controlled content enters the LLM part.');
/** A validated injection point. */
export type InjectionPointEntry = z.output<typeof InjectionPointSchema>;

/** Settings of the red-team runner (`aisec probe`) for one LLM part. */
export const LlmRedTeamSchema = z
  .strictObject({
    canaries: z
      .array(z.string().min(1).max(maxCanaryLength))
      .max(maxCanaries)
      .default([])
      .describe(
        `Test values planted in the system prompt or the documents (a fake discount code, a made-up password), never real secrets: a reply holding one is a leak. At most ${maxCanaries}, each at most ${maxCanaryLength} characters.`,
      ),
    secrets: z
      .array(PlantedSecretSchema)
      .max(maxCanaries)
      .default([])
      .describe(`Fake credentials and personal data planted in the system prompt or the documents, never real ones: a reply holding one is a leak, and secret-leakage probes try to draw them out. At most ${maxCanaries}.`),
    userTask: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .describe('A benign request a real user would make, which probes wrap their payloads in. Default: a generic request about the retrieved documents.'),
    injectionPoints: z
      .array(InjectionPointSchema)
      .max(100)
      .optional()
      .describe('Where attacker content enters. Default: every untrusted retrieval source and every tool with the read permission.'),
    sensitiveTools: z
      .array(AssetNameSchema)
      .max(1000)
      .optional()
      .describe('Tools (under `tools`) whose call has an effect outside the conversation; excessive-agency probes aim at them. Default: every tool with a write, delete, execute, network, payments, messaging or admin permission.'),
  })
  .describe('Settings of the red-team runner (`aisec probe`) for this LLM part. Leave out to use the defaults.');
/** A validated red-team block. */
export type LlmRedTeam = z.output<typeof LlmRedTeamSchema>;

/**
 * Cross-references of the red-team block of one LLM part (a possibly invalid record): injection
 * points name a retrieval source or tool of the same part, sensitive tools are tools of it.
 */
export function checkRedTeamReferences(part: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const block = part.redteam;
  if (!isRecord(block)) return;
  const tools = namesOf(part.tools);
  const sources = namesOf(part.retrieval);
  const missing = (path: (string | number)[], name: unknown, kind: string, known: Map<string, number>): void => {
    if (typeof name !== 'string' || known.has(name)) return;
    const none = known.size === 0 ? ` (this LLM part declares no ${kind === 'tool' ? 'tools' : 'retrieval sources'})` : '';
    ctx.addIssue({ code: 'custom', path, message: `no ${kind} of this LLM part is named "${name}"${none}${hint(name, known.keys())}` });
  };
  for (const [point, i] of recordsOf(block.injectionPoints)) {
    if (point.kind === 'document') missing(['redteam', 'injectionPoints', i, 'source'], point.source, 'retrieval source', sources);
    if (point.kind === 'tool-output') missing(['redteam', 'injectionPoints', i, 'tool'], point.tool, 'tool', tools);
  }
  if (Array.isArray(block.sensitiveTools)) {
    block.sensitiveTools.forEach((name: unknown, i) => missing(['redteam', 'sensitiveTools', i], name, 'tool', tools));
  }
}
