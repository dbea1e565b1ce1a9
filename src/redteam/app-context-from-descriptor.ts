/**
 * The application as the red-team runner sees it, built from an `llm[]` entry of aisec.yaml:
 * its system prompt (read from `systemPromptFile`), its tools with their parameter schemas, the
 * documents of its retrieval sources (read from `retrieval[].path`), the planted test values
 * (`redteam.canaries`, and the system prompt itself), where attacker content enters and which
 * tools have effects (declared under `redteam`, or derived from trust and permissions).
 */
import type { LlmComponent, LlmTool, SystemDescriptor } from '../config/index.js';
import { AisecError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { readPromptFile, readSourceDocuments } from './descriptor-files.js';
import type { AppContext, InjectionPoint, PlantedSecret, ToolSpec } from './types.js';

/** An application context and what a person should know about how it was built. */
export interface DescribedAppContext extends AppContext {
  /** Files skipped, defaults used, canaries that appear nowhere: one line each. */
  readonly notes: readonly string[];
}

/** Tool permissions whose use has an effect outside the conversation. */
export const sensitivePermissions: readonly LlmTool['permissions'][number][] = ['write', 'delete', 'execute', 'network', 'payments', 'messaging', 'admin'];

/** The parameters a tool gets when the descriptor gives none: any object. */
const permissiveParameters: Readonly<Record<string, unknown>> = Object.freeze({ type: 'object', properties: {}, additionalProperties: true });

function toolSpec(tool: LlmTool): ToolSpec {
  const permissions = tool.permissions.length > 0 ? ` (can ${tool.permissions.join(', ')})` : '';
  return { name: tool.name, description: tool.description ?? `The ${tool.name} tool${permissions}.`, parameters: tool.parameters ?? permissiveParameters };
}

function derivedInjectionPoints(part: LlmComponent): InjectionPoint[] {
  return [
    ...part.retrieval.filter((s) => s.trust === 'untrusted').map((s): InjectionPoint => ({ kind: 'document', source: s.name })),
    ...part.tools.filter((t) => t.permissions.includes('read')).map((t): InjectionPoint => ({ kind: 'tool-output', tool: t.name })),
  ];
}

function defaultUserTask(points: readonly InjectionPoint[]): string {
  const document = points.find((p) => p.kind === 'document');
  if (document?.kind === 'document') return `Please summarise what the ${document.source} documents say.`;
  const tool = points.find((p) => p.kind === 'tool-output');
  if (tool?.kind === 'tool-output') return `Please use ${tool.tool} to look this up and summarise what you find.`;
  return 'Please summarise this for me.';
}

/**
 * Build the {@link AppContext} of the LLM part `llmName` of a validated descriptor whose files
 * lie under `baseDir` (the folder of aisec.yaml).
 *
 * Throws AisecError: ERR_ASSET_NOT_FOUND (no LLM part of that name), ERR_TARGET_NOT_FOUND (a
 * named file is missing: the message names the file and the descriptor field),
 * ERR_CONFIG_INVALID (a path that leaves the folder, a system prompt over 256 KiB),
 * ERR_TARGET_UNREADABLE (a file that cannot be read). Documents over 256 KiB, binary files and
 * files past the count limits are skipped and listed in `notes`.
 *
 * @example
 * const { descriptor, dir } = await loadSystemDescriptor('examples/support-bot');
 * const app = await appContextFromDescriptor(descriptor, 'support-assistant', dir);
 */
export async function appContextFromDescriptor(descriptor: SystemDescriptor, llmName: string, baseDir: string): Promise<DescribedAppContext> {
  const index = descriptor.llm.findIndex((p) => p.name === llmName);
  const part = descriptor.llm[index];
  if (part === undefined) {
    const names = descriptor.llm.map((p) => p.name);
    const near = didYouMean(llmName, names);
    const known = names.length === 0 ? 'the descriptor declares no LLM parts (llm: [])' : `the LLM parts are ${names.join(', ')}`;
    throw new AisecError('ERR_ASSET_NOT_FOUND', `no LLM part is named "${llmName}"${near ? `; did you mean "${near}"?` : ''} (${known})`, { details: { llm: llmName } });
  }
  const at = `llm[${index}]`;
  const notes: string[] = [];

  let systemPrompt: string;
  const secrets: PlantedSecret[] = [];
  if (part.systemPromptFile !== undefined) {
    const prompt = await readPromptFile(baseDir, part.systemPromptFile, `${at}.systemPromptFile`);
    systemPrompt = prompt.text.trim();
    notes.push(...prompt.notes);
    if (systemPrompt !== '') secrets.push({ id: 'system-prompt', value: systemPrompt, kind: 'system-prompt' });
  } else {
    systemPrompt = `You are ${part.name}, the assistant of ${descriptor.name}. ${part.description ?? descriptor.purpose}`.trim();
    notes.push(`${at} has no systemPromptFile; a generic system prompt is used and no system-prompt leak can be detected`);
  }

  const documents: Record<string, string[]> = {};
  for (const [j, source] of part.retrieval.entries()) {
    if (source.path === undefined) {
      documents[source.name] = [];
      notes.push(`${at}.retrieval[${j}] (${source.name}) has no path; the runner has none of its documents to put beside injected ones`);
      continue;
    }
    const read = await readSourceDocuments(baseDir, source.path, `${at}.retrieval[${j}].path`);
    documents[source.name] = read.documents;
    notes.push(...read.notes);
  }

  const redteam = part.redteam;
  const canaries = redteam?.canaries ?? [];
  const everywhere = [systemPrompt, ...Object.values(documents).flat()];
  canaries.forEach((value, i) => {
    secrets.push({ id: `canary-${i + 1}`, value, kind: 'canary' });
    if (!everywhere.some((text) => text.includes(value))) notes.push(`${at}.redteam.canaries[${i}] appears in neither the system prompt nor a document, so no reply can leak it`);
  });
  (redteam?.secrets ?? []).forEach(({ value, kind }, i) => {
    secrets.push({ id: `${kind}-${i + 1}`, value, kind });
    if (!everywhere.some((text) => text.includes(value))) notes.push(`${at}.redteam.secrets[${i}] appears in neither the system prompt nor a document, so no reply can leak it`);
  });

  const injectionPoints: InjectionPoint[] = redteam?.injectionPoints
    ? redteam.injectionPoints.map((p): InjectionPoint => (p.kind === 'document' ? { kind: 'document', source: p.source } : p.kind === 'tool-output' ? { kind: 'tool-output', tool: p.tool } : { kind: 'user-message' }))
    : derivedInjectionPoints(part);
  if (injectionPoints.length === 0) notes.push(`${at} has no untrusted retrieval source, no read tool and no redteam.injectionPoints; indirect-injection probes have nowhere to plant content`);

  const sensitiveTools = redteam?.sensitiveTools ? [...redteam.sensitiveTools] : part.tools.filter((t) => t.permissions.some((p) => sensitivePermissions.includes(p))).map((t) => t.name);

  return {
    name: part.name,
    systemPrompt,
    tools: part.tools.map(toolSpec),
    sensitiveTools,
    secrets,
    injectionPoints,
    documents,
    userTask: redteam?.userTask ?? defaultUserTask(injectionPoints),
    notes,
  };
}
