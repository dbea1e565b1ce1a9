/**
 * The file of a generic HTTP target (`aisec probe --http-template FILE`): the request template
 * and the response mapping of an application with its own API, in JSON or YAML, e.g.
 *
 * ```yaml
 * url: http://127.0.0.1:8080/chat
 * apiKeyEnv: SUPPORT_BOT_KEY          # sent as Authorization: Bearer …
 * body: { message: "{{prompt}}", session: "{{session}}" }
 * response: { content: reply.text }   # dotted paths into the JSON answer
 * sessionPath: session_id             # optional: the app keeps the conversation
 * mode: opaque                        # default: the app has its own prompt and tools
 * ```
 *
 * A streamed answer is read with `stream` instead of (or besides) `response`:
 *
 * ```yaml
 * stream: { format: sse, path: choices.0.delta.content, done: "[DONE]" }
 * ```
 *
 * The file is read bounded (64 KiB, nesting and aliases capped) and checked with a zod schema;
 * every problem names its field, and an unknown field gets a did-you-mean.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { findExcessiveNesting } from '../../config/yaml-depth.js';
import { AisecError } from '../../core/errors.js';
import { didYouMean } from '../../core/suggest.js';
import type { HttpTemplateTargetOptions } from '../../redteam/index.js';

/** Largest template file read. */
export const maxTemplateFileBytes = 64 * 1024;
/** Deepest nesting accepted in a template file. */
export const maxTemplateDepth = 32;

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/u, 'must be the name of an environment variable (letters, digits, _)');

/** The schema of a template file. */
export const HttpTemplateFileSchema = z.strictObject({
  url: z.string().min(1).max(2048).describe('Where requests go (http or https).'),
  method: z.enum(['POST', 'PUT', 'PATCH']).optional(),
  headers: z.record(z.string().min(1).max(200), z.string().max(4096)).optional().describe('Header values may use ${env:NAME}.'),
  apiKeyEnv: envName.optional().describe('Environment variable holding a key sent as Authorization: Bearer.'),
  body: z.unknown().refine((v) => v !== undefined && v !== null, 'is required: the JSON request body with {{prompt}} or {{messages}} in it'),
  response: z
    .strictObject({
      content: z.string().min(1).max(500).describe('Dotted path of the reply text, e.g. reply.text or choices.0.message.content.'),
      toolCalls: z.string().min(1).max(500).optional().describe('Dotted path of the tool calls, when the app reports them.'),
    })
    .optional()
    .describe('Where the reply is in a JSON answer; required without stream.'),
  stream: z
    .strictObject({
      format: z.enum(['sse', 'ndjson']).describe('sse: server-sent events; ndjson: one JSON value a line.'),
      path: z.string().max(500).describe('Dotted path of the text piece in each event, e.g. choices.0.delta.content; empty: the whole event.'),
      done: z.string().min(1).max(200).optional().describe('An event whose data is exactly this text ends the stream, e.g. [DONE].'),
      donePath: z.string().min(1).max(500).optional().describe('An event with true at this dotted path ends the stream, e.g. done.'),
    })
    .optional()
    .describe('Read the answer as a stream of events.'),
  sessionPath: z.string().min(1).max(500).optional(),
  mode: z.enum(['harnessed', 'opaque']).optional(),
  label: z.string().min(1).max(200).optional(),
  maxResponseBytes: z.number().int().positive().optional(),
  maxReplyChars: z.number().int().positive().optional(),
});
export type HttpTemplateFile = z.output<typeof HttpTemplateFileSchema>;

const topKeys = Object.keys(HttpTemplateFileSchema.shape);
const nestedKeys: Record<string, string[]> = { response: ['content', 'toolCalls'], stream: ['format', 'path', 'done', 'donePath'] };

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = nestedKeys[at] ?? topKeys;
      return issue.keys
        .map((key) => {
          const near = didYouMean(key, known);
          return `${at === '' ? '' : `${at}.`}${key}: unknown field${near ? `; did you mean "${near}"?` : ''} (known: ${known.join(', ')})`;
        })
        .join('; ');
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) return `${at}: is required`;
    return `${at || '(file)'}: ${issue.message}`;
  });
}

/** Check a parsed template against the schema; ERR_PROBE_TARGET lists every problem with its field. */
export function checkTemplateFile(value: unknown, where: string): HttpTemplateTargetOptions {
  const parsed = HttpTemplateFileSchema.safeParse(value);
  const problems = parsed.success ? [] : problemsOf(parsed.error);
  const given = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (given.response === undefined && given.stream === undefined) problems.push('response: is required (response.content: the dotted path of the reply text), or stream for a streamed answer');
  if (!parsed.success || problems.length > 0) {
    throw new AisecError('ERR_PROBE_TARGET', `${where} is not a valid HTTP target template:\n  ${problems.join('\n  ')}\n(see aisec probe --help for the fields)`, { details: { file: where, problems } });
  }
  const file = parsed.data;
  return {
    url: file.url,
    body: file.body,
    ...(file.response !== undefined ? { response: { content: file.response.content, ...(file.response.toolCalls !== undefined ? { toolCalls: file.response.toolCalls } : {}) } } : {}),
    ...(file.stream !== undefined
      ? { stream: { format: file.stream.format, path: file.stream.path, ...(file.stream.done !== undefined ? { done: file.stream.done } : {}), ...(file.stream.donePath !== undefined ? { donePath: file.stream.donePath } : {}) } }
      : {}),
    ...(file.method !== undefined ? { method: file.method } : {}),
    ...(file.headers !== undefined ? { headers: file.headers } : {}),
    ...(file.apiKeyEnv !== undefined ? { apiKeyEnv: file.apiKeyEnv } : {}),
    ...(file.sessionPath !== undefined ? { sessionPath: file.sessionPath } : {}),
    ...(file.mode !== undefined ? { mode: file.mode } : {}),
    ...(file.label !== undefined ? { label: file.label } : {}),
    ...(file.maxResponseBytes !== undefined ? { maxResponseBytes: file.maxResponseBytes } : {}),
    ...(file.maxReplyChars !== undefined ? { maxReplyChars: file.maxReplyChars } : {}),
  };
}

/** Parse the text of a template file (JSON or YAML); ERR_PROBE_TARGET names what is wrong. */
export function parseTemplateText(text: string, where: string): HttpTemplateTargetOptions {
  const excess = findExcessiveNesting(text, maxTemplateDepth);
  if (excess) throw new AisecError('ERR_PROBE_TARGET', `${where}:${excess.line}: nests deeper than ${maxTemplateDepth} levels; a request template needs a few`, { details: { file: where } });
  let value: unknown;
  try {
    const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' });
    // An unknown tag (`!foo`) is a mistake in a template, not something to pass over with a warning.
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem !== undefined) throw problem;
    value = doc.toJS({ maxAliasCount: 20 });
  } catch (cause) {
    throw new AisecError('ERR_PROBE_TARGET', `${where} is neither JSON nor YAML: ${(cause as Error).message.split('\n')[0]}`, { cause, details: { file: where } });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AisecError('ERR_PROBE_TARGET', `${where} must hold a mapping with url, body and response (it holds ${value === null ? 'nothing' : Array.isArray(value) ? 'a list' : typeof value})`, { details: { file: where } });
  }
  return checkTemplateFile(value, where);
}

/** Read and check a template file. ERR_TARGET_NOT_FOUND when it does not exist; ERR_PROBE_TARGET for its content. */
export async function readTemplateFile(file: string): Promise<HttpTemplateTargetOptions> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new AisecError('ERR_PROBE_TARGET', `--http-template ${file} is not a file`);
    size = info.size;
  } catch (cause) {
    if (cause instanceof AisecError) throw cause;
    throw new AisecError('ERR_TARGET_NOT_FOUND', `--http-template ${file} does not exist; give the path of a JSON or YAML file with url, body and response`, { cause });
  }
  if (size > maxTemplateFileBytes) throw new AisecError('ERR_PROBE_TARGET', `--http-template ${file} is ${size} bytes; a template file may hold at most ${maxTemplateFileBytes}`);
  const text = await readFile(file, 'utf8');
  return parseTemplateText(text, file);
}
