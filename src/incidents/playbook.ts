/**
 * Incident playbooks: OASIS CACAO 2.0 JSON documents, checked against the official schema
 * (data/schemas/cacao/) when loaded, then read into the steps aisec runs. What a step does for
 * aisec is in a CACAO step extension (declared in the playbook's `extension_definitions`), so
 * the playbook stays valid CACAO that any other CACAO tool can read.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AisecError } from '../core/errors.js';
import { SchemaSet, member } from './cacao/schema-check.js';

/** The incident-response phases a step belongs to. */
export const phases = ['detection', 'containment', 'eradication', 'recovery', 'evidence'] as const;
export type Phase = (typeof phases)[number];

/** What aisec can do for a step. `manual`: a person does it; `unavailable`: aisec cannot yet. */
export const actionIds = [
  'gateway.disable-model',
  'gateway.restrict-model',
  'gateway.review-model',
  'gateway.enable-model',
  'keys.revoke',
  'data.quarantine',
  'data.release',
  'lineage.models-trained-on',
  'lineage.endpoints-serving',
  'lineage.keys-querying',
  'audit.export',
  'manual',
  'unavailable',
] as const;
export type ActionId = (typeof actionIds)[number];

/** The name of the aisec step extension in a playbook's `extension_definitions`. */
export const stepExtensionName = 'aisec incident step';

const StepExtensionSchema = z.strictObject({
  step: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a step name is lower-case letters, digits and dashes'),
  phase: z.enum(phases),
  action: z.enum(actionIds),
  destructive: z.boolean().optional(),
  capability: z.string().min(1).max(2000).optional(),
});

/** One step of a playbook as aisec runs it. */
export interface PlaybookStep {
  /** Short name used on the command line (`aisec incident act INC disable-model`). */
  readonly step: string;
  /** The CACAO workflow step id (`action--<uuid>`). */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly phase: Phase;
  readonly action: ActionId;
  /** Changes something outside the incident (asks for confirmation). */
  readonly destructive: boolean;
  /** For `unavailable` steps: what aisec cannot do yet and what to do instead. */
  readonly capability: string | null;
}

/** A loaded, validated playbook. */
export interface Playbook {
  /** Short name (the file name without `.json` for built-ins). */
  readonly key: string;
  /** The CACAO id (`playbook--<uuid>`). */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Steps in workflow order (from `workflow_start`, following `on_completion`/`on_success`). */
  readonly steps: readonly PlaybookStep[];
  /** The document, as read. */
  readonly document: Readonly<Record<string, unknown>>;
}

/** Largest playbook file read. */
export const maxPlaybookBytes = 1024 * 1024;

const dataRoot = fileURLToPath(new URL('../../data/', import.meta.url));
/** Folder of the built-in playbooks. */
export const playbookDir = path.join(dataRoot, 'playbooks');
const schemaDir = path.join(dataRoot, 'schemas', 'cacao');

let schemas: SchemaSet | undefined;
function cacaoSchemas(): SchemaSet {
  schemas ??= new SchemaSet(schemaDir, 'playbook.json');
  return schemas;
}

/** The built-in playbooks' short names. */
export const builtinPlaybooks = ['data-poisoning', 'model-extraction', 'prompt-injection', 'model-tampering', 'evasion', 'privacy-leakage'] as const;

function invalid(where: string, at: string, message: string): AisecError {
  return new AisecError('ERR_PLAYBOOK_INVALID', `Playbook ${where} is not valid: ${at}: ${message}.`);
}

/**
 * Read a playbook from a JSON document: CACAO 2.0 schema first (the error names the JSON path,
 * e.g. `$.workflow["action--…"].agent`), then what aisec needs (its step extension, links
 * between steps, unique step names). `ERR_PLAYBOOK_INVALID` on any problem.
 */
export function parsePlaybook(document: unknown, where: string, key: string): Playbook {
  const problems = cacaoSchemas().check('playbook.json', document);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw invalid(where, first.path, `${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : ''}`);
  }
  const doc = document as Record<string, unknown> & { workflow: Record<string, Record<string, unknown>>; workflow_start: string; extension_definitions?: Record<string, { name: string }> };
  const extensionIds = Object.entries(doc.extension_definitions ?? {}).filter(([, def]) => def.name === stepExtensionName).map(([id]) => id);
  if (extensionIds.length !== 1) throw invalid(where, '$.extension_definitions', `must declare the "${stepExtensionName}" extension exactly once (found ${extensionIds.length})`);
  const extensionId = extensionIds[0]!;
  const steps: PlaybookStep[] = [];
  const seen = new Set<string>();
  const names = new Set<string>();
  let current: string | undefined = doc.workflow_start;
  while (current !== undefined) {
    const at = member('$.workflow', current);
    const step: Record<string, unknown> | undefined = doc.workflow[current];
    if (step === undefined) throw invalid(where, at, 'is named as a next step but is not in the workflow');
    if (seen.has(current)) throw invalid(where, at, 'is reached twice: aisec runs playbooks whose steps form one sequence');
    seen.add(current);
    if (step.type === 'action') {
      const data = (step.step_extensions as Record<string, unknown> | undefined)?.[extensionId];
      if (data === undefined) throw invalid(where, member(`${at}.step_extensions`, extensionId), `is missing: every action step says what aisec does with it`);
      const parsed = StepExtensionSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw invalid(where, issue.path.reduce<string>((p, k) => member(p, String(k)), member(`${at}.step_extensions`, extensionId)), issue.message);
      }
      const ext = parsed.data;
      if (names.has(ext.step)) throw invalid(where, `${member(`${at}.step_extensions`, extensionId)}.step`, `the step name "${ext.step}" is used twice`);
      if (ext.action === 'unavailable' && ext.capability === undefined) throw invalid(where, `${member(`${at}.step_extensions`, extensionId)}.capability`, 'an unavailable step says what aisec cannot do yet');
      names.add(ext.step);
      steps.push({
        step: ext.step,
        id: current,
        name: typeof step.name === 'string' ? step.name : ext.step,
        description: typeof step.description === 'string' ? step.description : '',
        phase: ext.phase,
        action: ext.action,
        destructive: ext.destructive ?? false,
        capability: ext.capability ?? null,
      });
    } else if (step.type !== 'start' && step.type !== 'end') {
      throw invalid(where, `${at}.type`, `aisec runs start, action and end steps in sequence; "${String(step.type)}" steps are not supported`);
    }
    const next = (step.on_completion ?? step.on_success) as string | undefined;
    current = step.type === 'end' ? undefined : next;
    if (step.type !== 'end' && next === undefined) throw invalid(where, at, 'has no next step and is not an end step');
  }
  const missing = phases.filter((phase) => !steps.some((s) => s.phase === phase));
  if (missing.length > 0) throw invalid(where, '$.workflow', `has no ${missing.join(', ')} step (every playbook covers detection, containment, eradication, recovery and evidence)`);
  return { key, id: doc.id as string, name: doc.name as string, description: typeof doc.description === 'string' ? doc.description : '', steps, document: doc };
}

/** Read a playbook file (at most 1 MiB of JSON). */
export function readPlaybookFile(file: string, key = path.basename(file, '.json')): Playbook {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new AisecError('ERR_USAGE', `Playbook ${file} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof AisecError) throw error;
    throw new AisecError('ERR_TARGET_NOT_FOUND', `Playbook ${file} does not exist or cannot be read.`);
  }
  if (size > maxPlaybookBytes) throw new AisecError('ERR_PLAYBOOK_INVALID', `Playbook ${file} has ${size} bytes; a playbook has at most ${maxPlaybookBytes}.`);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AisecError('ERR_PLAYBOOK_INVALID', `Playbook ${file} is not valid JSON: ${(error as Error).message}.`);
  }
  return parsePlaybook(document, file, key);
}

/**
 * A built-in playbook by short name (`model-extraction`), or a playbook file (a path ending in
 * `.json`). Unknown names are `ERR_USAGE` listing the built-ins.
 */
export function loadPlaybook(nameOrFile: string): Playbook {
  if (typeof nameOrFile !== 'string' || nameOrFile.length === 0 || nameOrFile.length > 4096) throw new AisecError('ERR_USAGE', 'Name a playbook (one of ' + builtinPlaybooks.join(', ') + ') or a .json file.');
  if ((builtinPlaybooks as readonly string[]).includes(nameOrFile)) return readPlaybookFile(path.join(playbookDir, `${nameOrFile}.json`), nameOrFile);
  if (nameOrFile.endsWith('.json')) return readPlaybookFile(path.resolve(nameOrFile));
  throw new AisecError('ERR_USAGE', `No built-in playbook is called "${nameOrFile.slice(0, 100)}". Use one of ${builtinPlaybooks.join(', ')}, or give a CACAO 2.0 playbook file ending in .json.`);
}

/** A step of a playbook by its short name or CACAO id; `ERR_USAGE` listing the steps otherwise. */
export function findStep(playbook: Playbook, name: string): PlaybookStep {
  const step = playbook.steps.find((s) => s.step === name || s.id === name);
  if (step) return step;
  const shown = name.length > 100 ? `${name.slice(0, 100)}…` : name;
  throw new AisecError('ERR_USAGE', `Playbook ${playbook.key} has no step "${shown.replace(/[\p{Cc}]/gu, '?')}". Its steps: ${playbook.steps.map((s) => s.step).join(', ')}.`);
}
