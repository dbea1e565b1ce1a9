// Write-ahead without batching: an appended entry is in entries.log before append() returns, so
// a process killed right after it (before its event loop turns again) loses nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readEntries } from './test-support/audit-gateway.js';

const logModule = fileURLToPath(new URL('./audit-log.ts', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** In a child process: open a log in `dir`, append `count` entries, and SIGKILL itself in the same turn. */
function appendThenKill(dir: string, batchMs: number, count: number): number | null {
  const script = `
    import { AuditLog } from ${JSON.stringify(logModule)};
    const log = await AuditLog.open({ dir: ${JSON.stringify(dir)}, checkpointEntries: 1000, checkpointSeconds: 3600, fsyncMs: 60000, batchMs: ${batchMs}, now: Date.now, log: () => {} });
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < ${count}; i++) log.append({ kind: 'event', type: 'test', n: i });
    process.kill(process.pid, 'SIGKILL');`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== null) throw new Error(`the child exited with ${result.status}: ${result.stderr}`);
  return result.status;
}

describe('audit log write-ahead', () => {
  it('has every entry on disk when the process is killed right after appending it (batchMs: 0)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aisec-audit-wal-'));
    dirs.push(dir);
    appendThenKill(dir, 0, 3);
    const tests = readEntries(dir).filter((e) => e.type === 'test');
    expect(tests.map((e) => e.n)).toEqual([0, 1, 2]);
  });

  it('loses the entries of an unwritten batch when the process is killed within batchMs (the documented trade-off)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aisec-audit-wal-'));
    dirs.push(dir);
    appendThenKill(dir, 50, 3);
    expect(readEntries(dir).filter((e) => e.type === 'test')).toEqual([]);
  });
});
