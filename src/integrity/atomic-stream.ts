import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../core/errors.js';

/** A file being written piece by piece, visible under its name only once committed. */
export interface AtomicFile {
  /** Append text; buffered, so small writes are cheap. */
  write(text: string): Promise<void>;
  /** Flush, sync and rename into place. */
  commit(): Promise<void>;
  /** Drop everything written; the target is left as it was. Safe to call after a failure or twice. */
  abort(): Promise<void>;
}

const FLUSH_BYTES = 64 * 1024;

/**
 * Open `file` for writing output as it is produced (results of a long run, one line at a time),
 * in bounded memory, so that readers see the old content or the whole new content, never a
 * part: the bytes go to a new file beside the target and are renamed over it on
 * {@link AtomicFile.commit}. Errors are `ERR_REPORT_WRITE` naming the file and what to do.
 *
 * @example
 * const out = await openAtomicFile('results.jsonl');
 * try { for (const r of results) await out.write(`${JSON.stringify(r)}\n`); await out.commit(); }
 * finally { await out.abort(); }
 */
export async function openAtomicFile(file: string, options: { readonly mode?: number } = {}): Promise<AtomicFile> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    // 'wx': the temporary name must be new, so a planted symlink there is never followed.
    handle = await open(tmp, 'wx', options.mode ?? 0o644);
  } catch (error) {
    throw writeError(file, error);
  }
  let pending: string[] = [];
  let pendingBytes = 0;
  let state: 'open' | 'committed' | 'aborted' = 'open';
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const data = pending.join('');
    pending = [];
    pendingBytes = 0;
    await handle!.write(data);
  };
  const fail = async (error: unknown): Promise<never> => {
    await abort();
    throw writeError(file, error);
  };
  const abort = async (): Promise<void> => {
    if (state !== 'open') return;
    state = 'aborted';
    pending = [];
    await handle!.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
  };
  return {
    async write(text) {
      if (state !== 'open') throw new AisecError('ERR_INTERNAL', `${file} was already ${state}; nothing more can be written to it.`);
      pending.push(text);
      pendingBytes += text.length;
      if (pendingBytes >= FLUSH_BYTES) await flush().catch(fail);
    },
    async commit() {
      if (state !== 'open') throw new AisecError('ERR_INTERNAL', `${file} was already ${state}; it cannot be committed.`);
      try {
        await flush();
        await handle!.sync();
        await handle!.close();
        await rename(tmp, file);
        state = 'committed';
      } catch (error) {
        await fail(error);
      }
    },
    abort,
  };
}

function writeError(file: string, error: unknown): AisecError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'its folder does not exist; create it first' : code === 'EACCES' || code === 'EPERM' ? 'permission denied; choose a folder you can write to' : code === 'EISDIR' ? 'it is a folder; name a file' : code === 'ENOSPC' ? 'the disk is full' : (code ?? String(error));
  return new AisecError('ERR_REPORT_WRITE', `Cannot write ${file}: ${why}.`, { cause: error, details: { path: file, errno: code } });
}
