/**
 * Dotted paths into a JSON response (`choices.0.message.content`, `reply.text`): keys separated
 * by dots, list indexes as numbers. Lookups follow own properties only, through the JSON-pointer
 * lookup of the HTTP model adapter.
 */
import { lookup } from '../../ml/adapters/json-pointer.js';

/** Most segments in a path. */
const maxSegments = 32;

/** The segments of `path`, or the problem with it. An empty path is the whole body. */
export function parseDottedPath(path: string): { ok: true; segments: readonly string[] } | { ok: false; problem: string } {
  if (path === '') return { ok: true, segments: [] };
  const segments = path.split('.');
  if (segments.length > maxSegments) return { ok: false, problem: `has more than ${maxSegments} parts` };
  if (segments.some((s) => s === '')) return { ok: false, problem: 'has an empty part (two dots in a row, or a dot at an end)' };
  return { ok: true, segments };
}

/** The value at `segments` in `root`, or where the path stops and why (in dotted form). */
export function valueAt(root: unknown, segments: readonly string[]): { found: true; value: unknown } | { found: false; problem: string } {
  const result = lookup(root, segments);
  if (result.found) return { found: true, value: result.value };
  const at = result.at === '' ? 'the body' : result.at.slice(1).split('/').join('.');
  return { found: false, problem: `${at} ${result.problem}` };
}
