/**
 * Reading the files an LLM part of the descriptor names — its system prompt and the documents of
 * its retrieval sources — with the same containment rules as the descriptor loader (relative,
 * inside the system folder, also through symbolic links) and with size and count limits, so a
 * hostile folder cannot make the runner read without bound or hang on a device file.
 */
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside, relativePathProblem } from '../config/index.js';
import { AisecError } from '../core/errors.js';

/** Largest file read (system prompt or document); larger documents are skipped with a note. */
export const MAX_FILE_BYTES = 256 * 1024;
/** Most documents read per retrieval source. */
export const MAX_DOCUMENTS_PER_SOURCE = 200;
/** Most bytes of documents read per retrieval source. */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;
/** Most folder entries looked at per retrieval source, and how deep folders are walked. */
export const MAX_ENTRIES_PER_SOURCE = 5000;
export const MAX_FOLDER_DEPTH = 8;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

/** A descriptor path resolved inside the system folder. */
interface Resolved {
  readonly absolute: string;
  readonly real: string;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}

/**
 * Resolve `value` (a path as written at `field`, e.g. `llm[0].systemPromptFile`) against `baseDir`.
 * ERR_CONFIG_INVALID when it is absolute or escapes the folder; ERR_TARGET_NOT_FOUND when it does
 * not exist; ERR_TARGET_UNREADABLE when it cannot be looked at.
 */
export async function resolveInside(baseDir: string, value: string, field: string): Promise<Resolved> {
  const problem = relativePathProblem(value);
  if (problem) throw new AisecError('ERR_CONFIG_INVALID', `${field}: ${problem.message}`, { details: { field, path: value } });
  const root = await realpath(baseDir).catch((cause: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `the system folder ${baseDir} does not exist`, { cause, details: { field } });
  });
  const absolute = path.resolve(baseDir, value);
  let info;
  try {
    info = await stat(absolute);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AisecError('ERR_TARGET_NOT_FOUND', `${field}: "${value}" does not exist (looked for ${absolute}); fix the path in aisec.yaml`, { cause, details: { field, path: value } });
    }
    throw new AisecError('ERR_TARGET_UNREADABLE', `${field}: "${value}" cannot be read (${code ?? 'error'})`, { cause, details: { field, path: value } });
  }
  const real = await realpath(absolute).catch(() => absolute);
  if (!isInside(real, root)) {
    throw new AisecError('ERR_CONFIG_INVALID', `${field}: "${value}" leads outside the system folder through a symbolic link (to ${real}); keep the files inside ${baseDir}`, {
      details: { field, path: value },
    });
  }
  return { absolute, real, isFile: info.isFile(), isDirectory: info.isDirectory() };
}

/**
 * Read a regular file of at most `max` bytes as UTF-8 (invalid bytes become U+FFFD and
 * `replaced` is set); `tooLarge` with the size when it is larger. The type is checked before
 * the file is opened, so a device or pipe is never read.
 */
async function readCapped(file: string, max: number): Promise<{ text: string; replaced: boolean } | { tooLarge: number }> {
  if (!(await stat(file)).isFile()) throw new AisecError('ERR_TARGET_UNREADABLE', `${file} is not a regular file`);
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.size > max) return { tooLarge: info.size };
    const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > max) return { tooLarge: bytesRead };
    const bytes = buffer.subarray(0, bytesRead);
    try {
      return { text: strictUtf8.decode(bytes), replaced: false };
    } catch {
      return { text: lenientUtf8.decode(bytes), replaced: true };
    }
  } finally {
    await handle.close();
  }
}

/** Read the system prompt file named at `field`. ERR_CONFIG_INVALID when it is over the size limit or not a file. */
export async function readPromptFile(baseDir: string, value: string, field: string): Promise<{ text: string; notes: string[] }> {
  const resolved = await resolveInside(baseDir, value, field);
  if (!resolved.isFile) throw new AisecError('ERR_CONFIG_INVALID', `${field}: "${value}" is not a file`, { details: { field, path: value } });
  const read = await readCapped(resolved.absolute, MAX_FILE_BYTES);
  if ('tooLarge' in read) {
    throw new AisecError('ERR_CONFIG_INVALID', `${field}: "${value}" is ${read.tooLarge} bytes; a system prompt file may hold at most ${MAX_FILE_BYTES} bytes`, { details: { field, path: value } });
  }
  return { text: read.text, notes: read.replaced ? [`${field}: "${value}" is not valid UTF-8; invalid bytes were replaced`] : [] };
}

/** The documents of one retrieval source and what was skipped. */
export interface SourceDocuments {
  readonly documents: string[];
  readonly notes: string[];
}

/** Whether the start of a file looks like text (no NUL byte). */
function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\0');
}

/**
 * Read the documents of a retrieval source: the file, or every file under the folder (sorted by
 * path, hidden files and symbolic links out of the system folder skipped, binary files skipped),
 * each at most {@link MAX_FILE_BYTES}, at most {@link MAX_DOCUMENTS_PER_SOURCE} of them.
 */
export async function readSourceDocuments(baseDir: string, value: string, field: string): Promise<SourceDocuments> {
  const resolved = await resolveInside(baseDir, value, field);
  const root = await realpath(baseDir);
  const notes: string[] = [];
  const files: string[] = [];
  if (resolved.isFile) files.push(resolved.absolute);
  else if (resolved.isDirectory) await walk(resolved.absolute, root, 0, files, notes, field, { entries: 0 });
  else throw new AisecError('ERR_CONFIG_INVALID', `${field}: "${value}" is neither a file nor a folder`, { details: { field, path: value } });

  const documents: string[] = [];
  let total = 0;
  for (const file of files.sort()) {
    const shown = path.relative(baseDir, file).split(path.sep).join('/');
    if (documents.length >= MAX_DOCUMENTS_PER_SOURCE) {
      notes.push(`${field}: only the first ${MAX_DOCUMENTS_PER_SOURCE} documents were read; ${files.length - MAX_DOCUMENTS_PER_SOURCE} more were left out`);
      break;
    }
    let read;
    try {
      read = await readCapped(file, MAX_FILE_BYTES);
    } catch (cause) {
      notes.push(`${field}: ${shown} was skipped: ${cause instanceof Error ? cause.message : 'it cannot be read'}`);
      continue;
    }
    if ('tooLarge' in read) {
      notes.push(`${field}: ${shown} was skipped: ${read.tooLarge} bytes is over the ${MAX_FILE_BYTES}-byte limit for a document`);
      continue;
    }
    if (looksBinary(read.text)) {
      notes.push(`${field}: ${shown} was skipped: it is not text`);
      continue;
    }
    if (total + read.text.length > MAX_SOURCE_BYTES) {
      notes.push(`${field}: reading stopped at ${shown}: the source's documents exceed ${MAX_SOURCE_BYTES} bytes`);
      break;
    }
    total += read.text.length;
    if (read.text.trim() !== '') documents.push(read.text.trim());
  }
  return { documents, notes };
}

async function walk(dir: string, root: string, depth: number, files: string[], notes: string[], field: string, count: { entries: number }): Promise<void> {
  if (depth > MAX_FOLDER_DEPTH) {
    notes.push(`${field}: folders deeper than ${MAX_FOLDER_DEPTH} levels were not read (${dir})`);
    return;
  }
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    notes.push(`${field}: ${dir} was skipped: ${(cause as NodeJS.ErrnoException).code ?? 'it cannot be read'}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (++count.entries > MAX_ENTRIES_PER_SOURCE) {
      if (count.entries === MAX_ENTRIES_PER_SOURCE + 1) notes.push(`${field}: only the first ${MAX_ENTRIES_PER_SOURCE} folder entries were looked at`);
      return;
    }
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let info = entry.isSymbolicLink() ? undefined : await lstat(full).catch(() => undefined);
    if (entry.isSymbolicLink()) {
      const real = await realpath(full).catch(() => undefined);
      if (real === undefined || !isInside(real, root)) {
        notes.push(`${field}: ${path.relative(root, full) || entry.name} was skipped: a symbolic link that leads outside the system folder or nowhere`);
        continue;
      }
      info = await stat(full).catch(() => undefined);
    }
    if (info?.isDirectory()) await walk(full, root, depth + 1, files, notes, field, count);
    else if (info?.isFile()) files.push(full);
  }
}
