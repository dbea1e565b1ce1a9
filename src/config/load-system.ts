/**
 * Load and validate aisec.yaml: read it (bounded), parse the YAML (bounded nesting and
 * aliases), check it against {@link SystemDescriptorSchema}, check the paths it names, and
 * report every problem at once with `file:line:column` and its path.
 */
import path from 'node:path';
import type { Document } from 'yaml';
import { AisecError } from '../core/errors.js';
import { checkDescriptorPaths } from './check-paths.js';
import { configIssuesError, dottedPath, fromZodIssues, type ConfigIssue, type UnplacedIssue } from './config-issues.js';
import { readDescriptorText, resolveDescriptorFile } from './descriptor-file.js';
import { SystemDescriptorSchema, type SystemDescriptor } from './system-schema.js';
import { parseYamlDocument } from './yaml-config.js';
import { nearestPosition, type PositionLookup, type SourcePosition } from './yaml-positions.js';

/** Most aliases (`*name`) a descriptor may use; bounds "billion laughs" expansion. */
export const maxAliasCount = 100;

/** A validated descriptor and where it came from. */
export interface LoadedSystem {
  /** The validated, deep-frozen descriptor. */
  descriptor: SystemDescriptor;
  /** Absolute path of the descriptor file. */
  file: string;
  /** Absolute path of the folder holding it; descriptor paths are relative to it. */
  dir: string;
  /** Line and column of a value in the descriptor, e.g. `['datasets', 0, 'path']`. */
  positions: (path: (string | number)[]) => SourcePosition | undefined;
}

/** Options for {@link loadSystemDescriptor}. */
export interface LoadSystemOptions {
  /** Check that named paths exist and stay inside the folder. Default true. */
  checkPaths?: boolean;
  /** Accept absolute paths and paths outside the folder. Default false. */
  allowPathsOutside?: boolean;
}

const fixHint = 'Fix these in the descriptor and run again (docs/config.md describes every field).';

/**
 * Load the system descriptor from a folder (its `aisec.yaml`) or a file.
 *
 * Throws AisecError: ERR_CONFIG_NOT_FOUND (no file), ERR_CONFIG_YAML (not well-formed YAML
 * or not text), ERR_CONFIG_INVALID (schema problems, bad paths, too large). Every problem is
 * listed with its position, and in `details.issues`.
 *
 * @example
 * const { descriptor, dir } = await loadSystemDescriptor('examples/credit-scoring');
 */
export async function loadSystemDescriptor(pathOrDir: string, options: LoadSystemOptions = {}): Promise<LoadedSystem> {
  const file = await resolveDescriptorFile(pathOrDir);
  const dir = path.dirname(file);
  const text = await readDescriptorText(file);
  const { doc, lookup } = parseYaml(file, text);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch (cause) {
    throw new AisecError('ERR_CONFIG_YAML', `${file}: ${(cause as Error).message}. Write the values out instead of repeating aliases.`, { cause, details: { file } });
  }
  const place = (issue: UnplacedIssue): ConfigIssue => ({ file, ...nearestPosition(lookup, issue.path), ...issue, dotted: dottedPath(issue.path) });
  if (data === null || data === undefined) {
    throw configIssuesError('ERR_CONFIG_INVALID', file, 'the descriptor is empty', [place({ path: [], code: 'empty', message: 'the file holds no YAML mapping' })], 'Run `aisec init` to draft one, or see docs/config.md.');
  }
  const parsed = SystemDescriptorSchema.safeParse(data);
  const issues = parsed.success ? [] : fromZodIssues(parsed.error.issues, SystemDescriptorSchema, data);
  if (options.checkPaths !== false) issues.push(...(await checkDescriptorPaths(data, dir, { allowOutside: options.allowPathsOutside === true })));
  if (issues.length > 0 || !parsed.success) {
    throw configIssuesError('ERR_CONFIG_INVALID', file, 'the system descriptor is not valid', issues.map(place), fixHint);
  }
  return { descriptor: deepFreeze(parsed.data), file, dir, positions: (p) => lookup(p) };
}

/** Parse YAML text, refusing deep nesting first; throws ERR_CONFIG_YAML listing all syntax errors. */
function parseYaml(file: string, text: string): { doc: Document; lookup: PositionLookup } {
  return parseYamlDocument(file, text, {
    code: 'ERR_CONFIG_YAML',
    what: 'the descriptor',
    fix: 'Fix the YAML syntax at these positions and run again.',
    nestingFix: '; a descriptor needs about 8.',
    tagHint: 'aisec.yaml takes plain values, not tags',
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
