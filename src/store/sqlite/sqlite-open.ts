import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AisecError } from '../../core/errors.js';
import type { SqlDriver } from '../sql/driver.js';
import { acquireSqliteDriver } from './shared-connections.js';
import { corruptStoreError, mapSqliteError } from './sqlite-errors.js';
import { SqliteDriver } from './sqlite-driver.js';
import { sqliteHeaderProblem, sqliteHeaderSize } from './sqlite-header.js';

/** How long a statement waits for another process's write lock before giving up. */
export const sqliteBusyTimeoutMs = 5000;

function unavailable(file: string, what: string, cause?: unknown): AisecError {
  return new AisecError('ERR_STORE_UNAVAILABLE', `The store file ${file} ${what}`, { cause, details: { file } });
}

async function fileSize(file: string): Promise<number | null> {
  try {
    const info = await stat(file);
    return info.size;
  } catch {
    return null;
  }
}

/** Check the path: an existing regular file, or a new one whose folder we create. */
async function preparePath(file: string): Promise<{ exists: boolean }> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw unavailable(file, 'cannot be used: part of its folder path is a file, not a folder. Choose another path.', error);
    if (code !== 'ENOENT') throw unavailable(file, `cannot be examined (${code ?? 'error'}): check the path and its permissions.`, error);
  }
  if (info?.isDirectory()) throw unavailable(file, `is a folder; the store needs a file path, for example ${path.join(file, 'aisec.db')}.`);
  if (info && !info.isFile()) throw unavailable(file, 'is not a regular file (a device, socket or pipe); choose a file path.');
  if (info) return { exists: true };
  try {
    await mkdir(path.dirname(file), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw unavailable(file, `cannot be created: its folder ${path.dirname(file)} could not be made (${code ?? 'error'}). Check that the folder can be written.`, error);
  }
  return { exists: false };
}

/** Refuse a file that is not a SQLite database before SQLite sees it (and might write to it). */
async function checkHeader(file: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw unavailable(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check its permissions.`, error);
  }
  try {
    // The WAL is looked at before the file itself: when another process closes the store between
    // the two reads, SQLite moves the WAL's pages into the file and deletes the WAL, so reading
    // the file first could see it short and the WAL already gone, and call a sound store cut short.
    const walSize = await fileSize(`${file}-wal`);
    const { size } = await handle.stat();
    const head = new Uint8Array(sqliteHeaderSize);
    const { bytesRead } = await handle.read(head, 0, sqliteHeaderSize, 0);
    const problem = sqliteHeaderProblem(head.subarray(0, bytesRead), { size, hasWal: (walSize ?? 0) > 0 });
    if (problem !== null) throw corruptStoreError(file, problem);
  } finally {
    await handle.close();
  }
}

function configure(db: Database.Database, file: string): void {
  db.pragma(`busy_timeout = ${sqliteBusyTimeoutMs}`);
  db.pragma('foreign_keys = ON');
  // Reading the schema is the first real read of the file: a damaged one fails here.
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  if (!tables.includes('aisec_migrations')) {
    if (tables.length > 0) {
      const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
      throw corruptStoreError(file, `it is a SQLite database of some other program (tables: ${shown})`);
    }
    // Not yet a store: before writing our tables into it, make sure the rest of the file is
    // sound too (a valid header in front of garbage looks like an empty database). Such a file
    // is small, so the check is cheap; real stores skip it.
    const check = String(db.pragma('quick_check(1)', { simple: true }));
    if (check !== 'ok') throw corruptStoreError(file, `SQLite's check reports: ${check.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  // Only now, once the file is known to be ours, may SQLite rewrite its header for WAL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
}

/**
 * Open the SQLite store file at `sqlitePath` (created with its folder when missing) with WAL,
 * a busy timeout and foreign keys on; stores of one process share one connection per file. A file that is not an aisec store raises
 * `ERR_STORE_CORRUPT` and is left untouched.
 */
export async function openSqliteDriver(sqlitePath: string): Promise<SqlDriver> {
  if (typeof sqlitePath !== 'string' || sqlitePath.trim() === '' || sqlitePath.includes('\u0000')) {
    throw new AisecError('ERR_STORE_INPUT', 'The SQLite store path must be a non-empty file path without NUL characters.');
  }
  const file = path.resolve(sqlitePath);
  return acquireSqliteDriver(file, () => openConnection(file));
}

async function openConnection(file: string): Promise<SqliteDriver> {
  const { exists } = await preparePath(file);
  if (exists) await checkHeader(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: sqliteBusyTimeoutMs });
    configure(db, file);
    return new SqliteDriver(db, file);
  } catch (error) {
    db?.close();
    const mapped = mapSqliteError(error, file);
    if (mapped instanceof AisecError) throw mapped;
    throw unavailable(file, `could not be opened: ${(error as Error).message}`, error);
  }
}
