import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { AisecError } from '../core/errors.js';

/** An open regular file and its size when it was opened. */
export interface OpenedFile {
  readonly handle: FileHandle;
  /** Size from `fstat` right after opening; the file may still change afterwards. */
  readonly size: number;
}

// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer; it has no
// effect on reads of regular files. Windows has no such flag (and no FIFOs on disk paths).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Open `path` for reading, refusing anything that is not a regular file.
 *
 * The type is checked with `fstat` on the opened descriptor rather than `stat` on the path, so
 * a path swapped for a FIFO or device between the check and the open cannot make a read hang
 * or run forever (`/dev/zero`). Errors are {@link AisecError}s: `ERR_TARGET_NOT_FOUND` or
 * `ERR_TARGET_UNREADABLE`.
 *
 * @example
 * const { handle, size } = await openRegularFile('models/model.onnx');
 * try { ... } finally { await handle.close(); }
 */
export async function openRegularFile(path: string): Promise<OpenedFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw targetErrorFor(error, path);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new AisecError(
        'ERR_TARGET_UNREADABLE',
        `${path} is ${describeKind(stats)}, not a regular file: name a file instead.`,
        { details: { path } },
      );
    }
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error instanceof AisecError ? error : targetErrorFor(error, path);
  }
}

/**
 * Turn a file-system error about `path` into an {@link AisecError} that says what to do.
 *
 * Missing paths become `ERR_TARGET_NOT_FOUND`; everything else (permissions, directories,
 * I/O errors, symlink loops) becomes `ERR_TARGET_UNREADABLE`, with the original as `cause`.
 */
export function targetErrorFor(error: unknown, path: string): AisecError {
  if (error instanceof AisecError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const details = { path, errno: code };
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AisecError('ERR_TARGET_NOT_FOUND', `${path} does not exist: check the path.`, { cause: error, details });
    case 'EACCES':
    case 'EPERM':
      return new AisecError(
        'ERR_TARGET_UNREADABLE',
        `${path} cannot be read (permission denied): grant read access to the user running aisec.`,
        { cause: error, details },
      );
    case 'EISDIR':
      return new AisecError('ERR_TARGET_UNREADABLE', `${path} is a directory, not a regular file: name a file instead.`, {
        cause: error,
        details,
      });
    default:
      return new AisecError(
        'ERR_TARGET_UNREADABLE',
        `${path} cannot be read (${code ?? describe(error)}): check that the file is intact and reachable.`,
        { cause: error, details },
      );
  }
}

function describeKind(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'a special file';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
