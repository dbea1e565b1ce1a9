/**
 * One writer per audit log: `writer.lock` holds the writing process's id. A lock left by a
 * process that no longer runs (a crash) is taken over; one held by a running process, or by
 * this process for a log it already has open, is refused.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { LOCK_FILE } from './log-files.js';

/** Folders this process holds the lock of. */
const held = new Set<string>();

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Take the writer lock of `dir`; the returned function releases it. */
export function lockLog(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  if (held.has(dir)) throw new AisecError('ERR_GATEWAY_CONFIG', `The audit log ${dir} is already open in this process: give each gateway its own audit.dir.`, { details: { dir } });
  let stale = '';
  try {
    writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new AisecError('ERR_GATEWAY_CONFIG', `The audit log folder ${dir} is not writable (${(error as NodeJS.ErrnoException).code ?? 'error'}): check audit.dir and its permissions.`, { cause: error, details: { dir } });
    }
    stale = readFileSync(file, 'utf8').slice(0, 100);
    const pid = Number.parseInt(stale, 10);
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && running(pid)) {
      throw new AisecError('ERR_GATEWAY_CONFIG', `The audit log ${dir} is being written by process ${pid}: two gateways cannot share an audit log; give each its own audit.dir (or stop the other one).`, { details: { dir, pid } });
    }
    // Left by a process that stopped without closing the log (or by an earlier run of this
    // process id, as in a container): take it over.
    writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  }
  held.add(dir);
  return () => {
    held.delete(dir);
    try {
      unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  };
}
