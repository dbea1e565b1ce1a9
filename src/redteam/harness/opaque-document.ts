/**
 * Documents for opaque applications that read from a folder: before the attempt the injected
 * content is written as a new file in the source's directory (named after the attempt key),
 * and removed afterwards. A name that would land outside the directory is refused, an existing
 * file is never overwritten, and attempts that share a directory run one at a time so that no
 * attempt sees another's document.
 */
import { lstat, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { abortReason } from './clock.js';

/** The file name of the document of attempt `key`: only letters, digits, `.`, `_` and `-`. */
export function documentFileName(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 120);
  return `aisec-${safe === '' ? 'attempt' : safe}.txt`;
}

/** `name` inside `directory`, or ERR_PROBE_TARGET when it would land anywhere else. */
export function documentPath(directory: string, name: string): string {
  const root = path.resolve(directory);
  const file = path.resolve(root, name);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative) || relative.includes(path.sep)) {
    throw new AisecError('ERR_PROBE_TARGET', `the document "${name}" would be written outside ${directory}; document names may not hold path separators or ..`);
  }
  return file;
}

/**
 * Write `content` as a new document in `directory`, run `work`, and remove the document again
 * (also when `work` fails). ERR_PROBE_TARGET when the directory is missing or the file exists.
 */
export async function withDocument<T>(directory: string, key: string, content: string, work: () => Promise<T>): Promise<T> {
  const info = await lstat(directory).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    throw new AisecError('ERR_PROBE_TARGET', `the document folder ${directory} does not exist or is not a folder; create it or fix the directory of the injection point`);
  }
  const file = documentPath(directory, documentFileName(key));
  try {
    await writeFile(file, content, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' ? 'a file of that name already exists (left by another run?); remove it' : `${code ?? 'error'}: check that the folder is writable`;
    throw new AisecError('ERR_PROBE_TARGET', `cannot write the document ${file}: ${why}`, { cause: error });
  }
  try {
    return await work();
  } finally {
    await rm(file, { force: true });
  }
}

/** Runs tasks that share a key one at a time, in the order they asked. */
export interface KeyedQueue {
  run<T>(key: string, signal: AbortSignal, task: () => Promise<T>): Promise<T>;
}

/** A new queue. */
export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    async run(key, signal, task) {
      const before = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const tail = before.then(() => mine);
      tails.set(key, tail);
      try {
        await waitOrAbort(before, signal);
        return await task();
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}

function waitOrAbort(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, reject);
  });
}
