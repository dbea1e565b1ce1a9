import { AisecError } from '../../core/errors.js';

/** What to tell the user about a store file that cannot be used as it is. */
export function corruptStoreError(file: string, reason: string, cause?: unknown): AisecError {
  return new AisecError(
    'ERR_STORE_CORRUPT',
    `${file} is not a valid aisec store (${reason}). aisec did not change it. ` +
      `Move it aside (for example: mv "${file}" "${file}.broken"); aisec creates a new store on the next run.`,
    { cause, details: { file } },
  );
}

/**
 * Turn an error of better-sqlite3 into an {@link AisecError} when it says something about the
 * file or the machine (corrupt, locked, read-only, disk full). Anything else, such as a broken
 * constraint, is returned unchanged for the caller to judge.
 */
export function mapSqliteError(error: unknown, file: string): unknown {
  if (error instanceof AisecError || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return corruptStoreError(file, error.message, error);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AisecError('ERR_STORE_UNAVAILABLE', `${file} is locked by another aisec process; try again when it has finished.`, { cause: error, details: { file } });
  }
  if (code === 'SQLITE_FULL') {
    return new AisecError('ERR_STORE_UNAVAILABLE', `The disk holding ${file} is full; free some space and run again.`, { cause: error, details: { file } });
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM') {
    return new AisecError(
      'ERR_STORE_UNAVAILABLE',
      `${file} could not be opened for writing (${code}): check that its folder exists and is writable.`,
      { cause: error, details: { file } },
    );
  }
  return error;
}
