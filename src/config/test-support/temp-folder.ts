/**
 * Temporary folders with files built by the test, removed after it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A temporary folder and a way to remove it. */
export interface TempFolder {
  /** Absolute path of the folder. */
  dir: string;
  /** Write a file (parent folders are created); returns its absolute path. */
  write(relative: string, content: string | Uint8Array): Promise<string>;
  /** Remove the folder and everything in it. */
  remove(): Promise<void>;
}

/** Create a temporary folder holding `files` (relative path → content). */
export async function makeTempFolder(files: Record<string, string | Uint8Array> = {}, prefix = 'aisec-config-'): Promise<TempFolder> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  const write = async (relative: string, content: string | Uint8Array): Promise<string> => {
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
    return file;
  };
  for (const [relative, content] of Object.entries(files)) await write(relative, content);
  return { dir, write, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A small valid descriptor as YAML text; `extra` lines are appended at the top level. */
export function minimalDescriptor(extra = ''): string {
  return [
    'name: demo-system',
    'owner: Data Science',
    'purpose: Demo purpose.',
    'criticality: credit',
    'automation: human-review',
    'exposure: internal',
    extra,
  ].join('\n');
}
