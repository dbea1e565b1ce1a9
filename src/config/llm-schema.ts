/**
 * The `llm[]` entries of aisec.yaml: LLM-based parts of the system, the tools they may call
 * and the sources they retrieve from. Tool permissions and untrusted sources decide what a
 * prompt injection can reach.
 */
import { z } from 'zod';
import { isRecord, reportDuplicateNames } from './schema-checks.js';
import { AssetNameSchema, RelativePathSchema, TextSchema, retrievalKinds, toolPermissions, trustLevels } from './schema-primitives.js';

/** A tool (function) the LLM can call. */
export const LlmToolSchema = z
  .strictObject({
    name: AssetNameSchema.describe('Tool name as the model sees it.'),
    permissions: z
      .array(z.enum(toolPermissions))
      .max(toolPermissions.length)
      .default([])
      .describe('What the tool can do on the model\'s behalf.'),
    description: TextSchema.optional().describe('What the tool does.'),
  })
  .describe('A tool the LLM can call, with what it is allowed to do.');
/** A validated LLM tool entry. */
export type LlmTool = z.output<typeof LlmToolSchema>;

/** A source the LLM part retrieves content from. */
export const RetrievalSourceSchema = z
  .strictObject({
    name: AssetNameSchema.describe('Name of the source.'),
    kind: z.enum(retrievalKinds).describe('What kind of source it is.'),
    trust: z.enum(trustLevels).describe('untrusted: content may be written by outsiders and can carry injected instructions.'),
    description: TextSchema.optional().describe('What the source holds.'),
  })
  .describe('A source of retrieved content (RAG, web, mail, ...).');
/** A validated retrieval source entry. */
export type RetrievalSource = z.output<typeof RetrievalSourceSchema>;

/** One LLM-based part of the system. */
export const LlmComponentSchema = z
  .strictObject({
    name: AssetNameSchema.describe('Unique name of the LLM part.'),
    provider: z.string().min(1).max(100).describe('Who serves the model, e.g. openai, anthropic, azure-openai, self-hosted.'),
    model: z.string().min(1).max(200).describe('Model identifier at the provider.'),
    systemPromptFile: RelativePathSchema.optional().describe('File holding the system prompt, relative to aisec.yaml.'),
    tools: z.array(LlmToolSchema).max(1000).default([]).describe('Tools the model can call.'),
    retrieval: z.array(RetrievalSourceSchema).max(1000).default([]).describe('Sources whose content is put into the prompt.'),
    description: TextSchema.optional().describe('What the LLM part does.'),
  })
  .superRefine(checkUniqueNames, { when: () => true })
  .describe('An LLM-based part of the system (assistant, agent, RAG pipeline).');
/** A validated LLM part entry. */
export type LlmComponent = z.output<typeof LlmComponentSchema>;

function checkUniqueNames(value: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(value)) return;
  reportDuplicateNames(value.tools, 'tools', ctx);
  reportDuplicateNames(value.retrieval, 'retrieval', ctx);
}
