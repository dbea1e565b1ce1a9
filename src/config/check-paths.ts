/**
 * Check the file paths a descriptor names: each must be relative, stay inside the folder of
 * aisec.yaml (also through symbolic links), and exist. A descriptor is often shared or
 * checked into a repository; a path that escapes its folder would let it point aisec at
 * files elsewhere on the machine.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { UnplacedIssue } from './config-issues.js';
import { recordsOf, isRecord } from './schema-checks.js';

/** Options for {@link checkDescriptorPaths}. */
export interface CheckPathsOptions {
  /** Accept absolute paths and paths outside the descriptor's folder. Default false. */
  allowOutside?: boolean;
}

/** A path named in the descriptor, where it was named, and what it must be. */
export interface NamedPath {
  /** Where in the descriptor, e.g. `['datasets', 0, 'path']`. */
  at: (string | number)[];
  /** The path as written. */
  value: string;
  /** Whether it must be a file, or may also be a folder. */
  expect: 'file' | 'file-or-folder';
}

/**
 * Every path named in a (possibly invalid) descriptor: `models[].path`, `datasets[].path`,
 * `llm[].systemPromptFile` and `llm[].retrieval[].path`. Entries that are not strings are left
 * to the schema.
 */
export function namedPaths(data: unknown): NamedPath[] {
  if (!isRecord(data)) return [];
  const out: NamedPath[] = [];
  const add = (list: unknown, key: string, field: string, expect: NamedPath['expect']): void => {
    for (const [entry, i] of recordsOf(list)) {
      const value = entry[field];
      if (typeof value === 'string' && value.length > 0) out.push({ at: [key, i, field], value, expect });
    }
  };
  add(data.models, 'models', 'path', 'file-or-folder');
  add(data.datasets, 'datasets', 'path', 'file-or-folder');
  add(data.llm, 'llm', 'systemPromptFile', 'file');
  for (const [part, i] of recordsOf(data.llm)) {
    for (const [source, j] of recordsOf(part.retrieval)) {
      if (typeof source.path === 'string' && source.path.length > 0) out.push({ at: ['llm', i, 'retrieval', j, 'path'], value: source.path, expect: 'file-or-folder' });
    }
  }
  return out;
}

/** Check every named path against the folder `dir`; returns one issue per bad path. */
export async function checkDescriptorPaths(data: unknown, dir: string, options: CheckPathsOptions = {}): Promise<UnplacedIssue[]> {
  const root = await realpath(dir);
  const results = await Promise.all(namedPaths(data).map((named) => checkOne(named, dir, root, options.allowOutside === true)));
  return results.filter((issue): issue is UnplacedIssue => issue !== undefined);
}

/** Why a path as written cannot name a file inside the system folder, or undefined if it can. */
export function relativePathProblem(value: string): { code: 'path-invalid' | 'path-outside'; message: string } | undefined {
  if (value.includes('\\')) return { code: 'path-invalid', message: `"${value}" uses \\ as a separator; write paths with / (they are relative to aisec.yaml on every platform)` };
  // `~` is never expanded, but `~/x` or `~user/x` was certainly meant as a home folder.
  const absolute = path.isAbsolute(value) || /^[A-Za-z]:([\\/]|$)/.test(value) || /^~[\w.-]*(\/|$)/.test(value);
  if (absolute) return { code: 'path-outside', message: `"${value}" is not relative; name files relative to the folder of aisec.yaml` };
  const normal = path.posix.normalize(value);
  if (normal === '..' || normal.startsWith('../')) return { code: 'path-outside', message: `"${value}" escapes the system folder; keep models, data and prompts inside it` };
  return undefined;
}

async function checkOne(named: NamedPath, dir: string, root: string, allowOutside: boolean): Promise<UnplacedIssue | undefined> {
  const { at, value } = named;
  const issue = (code: string, message: string): UnplacedIssue => ({ path: at, code, message });
  const problem = relativePathProblem(value);
  if (problem && (problem.code === 'path-invalid' || !allowOutside)) return issue(problem.code, `${problem.message} (${dir})`);
  const target = path.resolve(dir, value);
  let info;
  try {
    info = await stat(target);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return issue('path-missing', `"${value}" does not exist (looked for ${target})`);
    return issue('path-unreadable', `"${value}" cannot be read (${code ?? 'error'})`);
  }
  if (!allowOutside) {
    const real = await realpath(target).catch(() => target);
    if (!isInside(real, root)) return issue('path-outside', `"${value}" leads outside the system folder through a symbolic link (to ${real}); keep the files inside ${dir}`);
  }
  if (named.expect === 'file' && !info.isFile()) return issue('path-not-file', `"${value}" is not a file`);
  if (!info.isFile() && !info.isDirectory()) return issue('path-not-file', `"${value}" is neither a file nor a folder`);
  return undefined;
}

/** Whether `child` is `parent` or lies under it (both real, absolute paths). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
