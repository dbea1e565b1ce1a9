/**
 * The `llm[]` entries of aisec.yaml: LLM-based parts of the system, the tools they may call
 * and the sources they retrieve from. Tool permissions and untrusted sources decide what a
 * prompt injection can reach.
 */
import { z } from 'zod';
import { LlmRedTeamSchema, checkRedTeamReferences } from './llm-redteam-schema.js';
import { isRecord, reportDuplicateNames } from './schema-checks.js';
import { AssetNameSchema, RelativePathSchema, TextSchema, retrievalKinds, toolPermissions, trustLevels } from './schema-primitives.js';

/** Deepest nesting of a tool's `parameters` schema; real tool schemas need about 6. */
export const maxToolParametersDepth = 16;
/** Largest `parameters` schema of one tool, in characters of JSON. */
export const maxToolParametersChars = 16_384;

/** The JSON Schema of a tool's arguments (OpenAI `function.parameters`), bounded in depth and size. */
export const ToolParametersSchema = z
  .record(z.string(), z.unknown())
  .superRefine(checkToolParameters)
  .describe(
    `JSON Schema of the tool's arguments, as given to the model (OpenAI function parameters), e.g. {type: object, properties: {to: {type: string}}, required: [to]}. At most ${maxToolParametersDepth} levels deep and ${maxToolParametersChars} characters as JSON. Default: any object.`,
  );

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
    parameters: ToolParametersSchema.optional(),
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
    path: RelativePathSchema.optional().describe(
      'Folder (or single file) holding the documents of the source, relative to aisec.yaml. `aisec probe` puts them into the context the way the application would.',
    ),
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
    redteam: LlmRedTeamSchema.optional(),
  })
  .superRefine(checkUniqueNames, { when: () => true })
  .describe('An LLM-based part of the system (assistant, agent, RAG pipeline).');
/** A validated LLM part entry. */
export type LlmComponent = z.output<typeof LlmComponentSchema>;

function checkUniqueNames(value: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(value)) return;
  reportDuplicateNames(value.tools, 'tools', ctx);
  reportDuplicateNames(value.retrieval, 'retrieval', ctx);
  checkRedTeamReferences(value, ctx);
}

/** Depth and size bounds of a `parameters` schema (the YAML loader already bounds the whole file). */
function checkToolParameters(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const depth = nestingDepth(value, maxToolParametersDepth + 1);
  if (depth > maxToolParametersDepth) {
    ctx.addIssue({ code: 'custom', message: `the parameters schema nests more than ${maxToolParametersDepth} levels deep; tool schemas need far fewer` });
    return;
  }
  const size = JSON.stringify(value).length;
  if (size > maxToolParametersChars) {
    ctx.addIssue({ code: 'custom', message: `the parameters schema is ${size} characters as JSON; at most ${maxToolParametersChars} are allowed` });
  }
  if ('type' in value && value.type !== 'object') {
    ctx.addIssue({ code: 'custom', path: ['type'], message: 'a tool takes its arguments as one object: write type: object (or leave type out)' });
  }
}

/** Nesting depth of arrays and objects in `value`, counted up to `limit` (deeper values stop the walk). */
function nestingDepth(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, nestingDepth(child, limit - 1));
    if (deepest >= limit) break;
  }
  return deepest + 1;
}
