/**
 * The files of an audit log folder (`audit.dir`) and the log's identity file. See
 * docs/gateway/audit-log.md for the byte-exact format.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { writeFileAtomic } from '../../integrity/index.js';

/** The entries: one record per line, `<leaf hash hex> <entry JSON>\n`. */
export const ENTRIES_FILE = 'entries.log';
/** The signed tree heads: one checkpoint JSON per line. */
export const CHECKPOINTS_FILE = 'checkpoints.log';
/** The log's identity: format and log id (bound into every signed tree head). */
export const META_FILE = 'log.json';
/** Held by the one gateway process that writes the log. */
export const LOCK_FILE = 'writer.lock';

/** Format name written in log.json. */
export const LOG_FORMAT = 'aisec.audit-log/v1';
/** Longest entry record read or written (a record with content of 1 MiB each way fits). */
export const maxRecordBytes = 16 * 1024 * 1024;
/** Most bytes recovery cuts off the end of entries.log (more than any batch: the queue bound). */
export const maxTornBytes = 64 * 1024 * 1024;
/** Longest checkpoint line. */
export const maxCheckpointBytes = 64 * 1024;

/** What log.json holds. */
export interface LogMeta {
  readonly format: string;
  /** Random id of this log, in every signed tree head so a head of one log cannot pass for another's. */
  readonly logId: string;
  readonly createdAt: string;
}

const logIdPattern = /^[A-Za-z0-9._:-]{1,100}$/;

/** Read log.json of `dir`; ERR_AUDIT_LOG when it is missing or not one. */
export async function readLogMeta(dir: string): Promise<LogMeta> {
  const file = path.join(dir, META_FILE);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new AisecError('ERR_AUDIT_LOG', `${file} is missing: ${dir} is not an audit log folder (it needs ${META_FILE}, ${ENTRIES_FILE} and ${CHECKPOINTS_FILE}).`, { details: { file } });
  if (info.size > 64 * 1024) throw new AisecError('ERR_AUDIT_LOG', `${file} is ${info.size} bytes, far more than a log identity file: it is not one.`, { details: { file } });
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new AisecError('ERR_AUDIT_LOG', `${file} is not valid JSON: it was damaged or replaced.`, { details: { file } });
  }
  const meta = value as Partial<LogMeta> | null;
  if (meta === null || typeof meta !== 'object' || meta.format !== LOG_FORMAT || typeof meta.logId !== 'string' || !logIdPattern.test(meta.logId) || typeof meta.createdAt !== 'string') {
    throw new AisecError('ERR_AUDIT_LOG', `${file} is not an audit log identity file of format ${LOG_FORMAT} (it needs format, logId and createdAt).`, { details: { file } });
  }
  return { format: meta.format, logId: meta.logId, createdAt: meta.createdAt };
}

/** Make `dir` (mode 0700) and its log.json when it has none; return the identity. */
export async function openLogMeta(dir: string, now: () => number): Promise<LogMeta> {
  await mkdir(dir, { recursive: true, mode: 0o700 }).catch((cause: NodeJS.ErrnoException) => {
    throw new AisecError('ERR_GATEWAY_CONFIG', `The audit log folder ${dir} cannot be created (${cause.code ?? 'error'}): check audit.dir and the permissions of its parent.`, { cause, details: { dir } });
  });
  const file = path.join(dir, META_FILE);
  if (await stat(file).catch(() => undefined)) return readLogMeta(dir);
  const entries = await stat(path.join(dir, ENTRIES_FILE)).catch(() => undefined);
  if (entries && entries.size > 0) throw new AisecError('ERR_AUDIT_LOG', `${dir} holds ${ENTRIES_FILE} but no ${META_FILE}: the log's identity file was removed. Restore it, or move the folder aside and start a new log.`, { details: { dir } });
  const meta: LogMeta = { format: LOG_FORMAT, logId: randomUUID(), createdAt: new Date(now()).toISOString() };
  await writeFileAtomic(file, `${JSON.stringify(meta, null, 2)}\n`, { mode: 0o600, exclusive: true });
  return meta;
}
