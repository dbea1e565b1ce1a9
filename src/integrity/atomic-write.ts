import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../core/errors.js';

/** Options of {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /** File mode of the new file (default 0o644); private keys use 0o600. */
  readonly mode?: number;
  /** Refuse to replace an existing file (ERR_INTEGRITY_WRITE) instead of replacing it. */
  readonly exclusive?: boolean;
}

/**
 * Write `data` to `file` so that readers see either the old content or the new, never a part.
 *
 * The bytes go to a new file beside the target (same folder, so the same file system), are
 * flushed to disk, then renamed over the target; a failure at any step removes the temporary
 * file and leaves the old target untouched. With `exclusive`, the temporary file is hard-linked
 * to the target instead, which fails if the target exists, so an existing key is never
 * overwritten even by a concurrent writer.
 *
 * @example
 * await writeFileAtomic('data/MANIFEST.json', JSON.stringify(manifest));
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    // 'wx': the temporary name must be new, so a planted symlink there is never followed.
    const handle = await open(tmp, 'wx', options.mode ?? 0o644);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive) {
      await link(tmp, file);
      await unlink(tmp);
    } else {
      await rename(tmp, file);
    }
    created = false;
  } catch (error) {
    if (created) await unlink(tmp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' ? 'it already exists; remove it first or choose another name' : code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
    throw new AisecError('ERR_INTEGRITY_WRITE', `Cannot write ${file}: ${why}.`, { cause: error, details: { path: file, errno: code } });
  }
}
