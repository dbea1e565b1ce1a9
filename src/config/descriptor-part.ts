/**
 * Validate one part of a loaded descriptor with a schema defined elsewhere (e.g. the settings
 * of a test suite, whose schema lives in a higher layer), and report its problems like the
 * loader does: `file:line:column`, the path in the descriptor, did-you-mean for unknown keys.
 */
import type { z } from 'zod';
import { configIssuesError, dottedPath, fromZodIssues } from './config-issues.js';
import type { LoadedSystem } from './load-system.js';
import { nearestPosition, type DescriptorPath } from './yaml-positions.js';

/**
 * Parse `value`, found at `at` in the descriptor, with `schema`. Throws ERR_CONFIG_INVALID
 * listing every problem at its line.
 *
 * @example
 * const options = parseDescriptorPart(loaded, ['models', 0, 'tests', 'robustness'], suite.options, settings);
 */
export function parseDescriptorPart<S extends z.ZodType>(loaded: Pick<LoadedSystem, 'file' | 'positions'>, at: DescriptorPath, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = fromZodIssues(parsed.error.issues, schema, value).map((issue) => {
    const path = [...at, ...issue.path];
    return { file: loaded.file, ...nearestPosition((p) => loaded.positions([...p]), path), ...issue, path, dotted: dottedPath(path) };
  });
  throw configIssuesError('ERR_CONFIG_INVALID', loaded.file, `the settings at ${dottedPath(at)} are not valid`, issues, 'Fix these in the descriptor and run again.');
}
