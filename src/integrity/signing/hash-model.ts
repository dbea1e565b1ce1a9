/**
 * Hash a model (a folder, or one file) the way model-transparency's `files` serialization does:
 * one SHA-256 per file, named by its POSIX path relative to the model, `.` for a single file.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { hashFile } from '../hash-file.js';
import { walkFolder } from '../walk-folder.js';
import type { Resource } from './statement.js';

/** Options of {@link hashModel}. */
export interface HashModelOptions {
  /** Relative paths left out (with everything below them). */
  readonly ignore: readonly string[];
  readonly allowSymlinks?: boolean;
  readonly maxFiles?: number;
  readonly signal?: AbortSignal;
  /** Called as bytes are hashed, over all files. */
  readonly onProgress?: (progress: { file: string; bytesDone: number; bytesTotal: number }) => void;
}

/** A hashed model. */
export interface HashedModel {
  /** The folder's (or file's) own name, as the statement's subject names it. */
  readonly name: string;
  readonly type: 'file' | 'folder';
  /** Files in path order. */
  readonly resources: Resource[];
}

/**
 * Hash every file of a model. Symbolic links, special files and limits fail as in
 * {@link walkFolder}: a model is signed or checked whole, or not at all.
 *
 * @example
 * const { resources } = await hashModel('models/bert', { ignore: ['model.sig', '.git'] });
 */
export async function hashModel(target: string, options: HashModelOptions): Promise<HashedModel> {
  const info = await stat(target).catch((error: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `${target} does not exist: check the path.`, { cause: error, details: { path: target } });
  });
  const name = path.basename(path.resolve(target));
  if (!info.isDirectory()) {
    if (!info.isFile()) throw new AisecError('ERR_TARGET_UNREADABLE', `${target} is neither a file nor a folder.`);
    const digest = await hashFile(target, options.signal ? { signal: options.signal } : {});
    return { name, type: 'file', resources: [{ name: '.', digest: digest.sha256 }] };
  }
  const files = await walkFolder(target, {
    ignore: options.ignore,
    allowSymlinks: options.allowSymlinks === true,
    ...(options.maxFiles ? { maxFiles: options.maxFiles } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const bytesTotal = files.reduce((n, f) => n + f.size, 0);
  let before = 0;
  const resources: Resource[] = [];
  for (const file of files) {
    const onProgress = options.onProgress;
    const digest = await hashFile(file.absPath, {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(onProgress ? { onProgress: (done: number) => onProgress({ file: file.path, bytesDone: before + done, bytesTotal }) } : {}),
    });
    before += digest.size;
    resources.push({ name: file.path, digest: digest.sha256 });
  }
  return { name, type: 'folder', resources };
}
