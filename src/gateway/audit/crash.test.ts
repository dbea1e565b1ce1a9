import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPublicKey } from '../../integrity/index.js';
import { startTestUpstream, type TestUpstream } from '../test-support/upstream.js';
import { auditConfigText, auditFolder, chat, readCheckpointLines, readEntries, startAuditGateway, type AuditFolder } from './test-support/audit-gateway.js';
import { verifyAuditLog } from './verify-log.js';

const childScript = fileURLToPath(new URL('./test-support/gateway-child.ts', import.meta.url));
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function setup(audit: string): Promise<{ folder: AuditFolder; up: TestUpstream; config: string }> {
  const folder = await auditFolder();
  const up = await startTestUpstream();
  cleanups.push(() => folder.cleanup(), () => up.close());
  const config = path.join(folder.root, 'gateway.yaml');
  writeFileSync(config, auditConfigText(up.url, audit));
  return { folder, up, config };
}

/** Start the gateway in a child process (under `ulimit` settings when given); resolves once it listens. */
async function child(config: string, limits = ''): Promise<{ proc: ChildProcess; url: string; stderr: () => string; exited: Promise<number | null> }> {
  const command = `${limits} exec "${process.execPath}" --import tsx "${childScript}" "${config}"`;
  const proc = spawn('bash', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  cleanups.push(() => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    proc.once('exit', () => reject(new Error(`the gateway child exited: ${err}`)));
  });
  return { proc, url, stderr: () => err, exited };
}

const requestIds = (logDir: string) => readEntries(logDir).filter((e) => e.kind === 'request').map((e) => e.requestId);

describe('audit log crash safety', () => {
  it('keeps every answered request when the gateway is killed with SIGKILL as soon as the last answer arrived, and continues the log after recovery', async () => {
    const { folder, config } = await setup('dir: log, signingKey: keys/audit.pem, checkpointEvery: { entries: 5, seconds: 3600 }');
    const gw = await child(config);
    const answered: string[] = [];
    for (let i = 0; i < 12; i++) {
      const reply = await chat(gw.url, `before the crash ${i}`, i % 4 === 0 ? { stream: true } : {}, { 'x-request-id': `answered-${i}` });
      expect(reply.status).toBe(200);
      answered.push(`answered-${i}`);
    }
    // An entry reaches the OS before the last bytes of its response (docs/gateway/audit-log.md,
    // "What survives"): killed as soon as the last answer arrived, nothing answered is lost.
    gw.proc.kill('SIGKILL');
    await gw.exited;
    expect(requestIds(folder.logDir)).toEqual(answered);
    // A restart takes over the dead process's lock, resumes from the last tree head, and appends.
    const again = await startAuditGateway(folder);
    cleanups.push(() => again.close());
    expect((await chat(again.gw.url, 'after the crash', {}, { 'x-request-id': 'after' })).status).toBe(200);
    await again.close();
    expect(requestIds(folder.logDir)).toEqual([...answered, 'after']);
    const opened = readEntries(folder.logDir).filter((e) => e.type === 'audit.opened');
    expect(opened[1]!.detail).toMatchObject({ truncated: [], resumedFrom: expect.any(Number) as number });
    const result = await verifyAuditLog(folder.logDir, { publicKeys: [await loadPublicKey(folder.publicKey)] });
    expect(result).toMatchObject({ ok: true, uncovered: 0 });
  });

  it('removes a record cut short by a crash on the next start, says so and keeps the cut bytes', async () => {
    const folder = await auditFolder();
    cleanups.push(() => folder.cleanup());
    const first = await startAuditGateway(folder);
    cleanups.push(() => first.close());
    await chat(first.gw.url, 'one');
    await first.close();
    const entries = path.join(folder.logDir, 'entries.log');
    const size = readFileSync(entries).length;
    appendFileSync(entries, '0'.repeat(64) + ' {"kind":"request","se');
    const again = await startAuditGateway(folder);
    cleanups.push(() => again.close());
    await again.close();
    expect(again.logs.join('\n')).toContain(`removed 86 bytes at byte ${size} of ${entries} (an incomplete last record (a write cut short)); they are kept in ${entries}.cut-${size}`);
    expect(readFileSync(`${entries}.cut-${size}`, 'utf8')).toBe('0'.repeat(64) + ' {"kind":"request","se');
    const opened = readEntries(folder.logDir).filter((e) => e.type === 'audit.opened');
    expect(opened[1]).toMatchObject({ severity: 'warning', detail: { truncated: [{ file: 'entries.log', offset: size, bytes: 86, savedTo: `entries.log.cut-${size}` }] } });
    expect((await verifyAuditLog(folder.logDir)).ok).toBe(true);
  });

  it('refuses to start on a log whose covered entries were removed, or that is damaged before its end', async () => {
    const folder = await auditFolder();
    cleanups.push(() => folder.cleanup());
    const g = await startAuditGateway(folder, { audit: 'dir: log, checkpointEvery: { entries: 3 }' });
    cleanup(g);
    for (let i = 0; i < 8; i++) await chat(g.gw.url, `m${i}`);
    await g.close();
    const entries = path.join(folder.logDir, 'entries.log');
    const cps = path.join(folder.logDir, 'checkpoints.log');
    const whole = readFileSync(entries);
    const heads = readCheckpointLines(folder.logDir);

    // Drop the last head, then change an entry after the one before it that is not the last entry.
    writeFileSync(cps, readFileSync(cps, 'utf8').split('\n').slice(0, -2).map((l) => `${l}\n`).join(''));
    const from = heads.at(-2)!.offset as number;
    const damaged = Buffer.from(whole);
    damaged[from + 70] = damaged[from + 70]! ^ 1;
    writeFileSync(entries, damaged);
    await expect(startAuditGateway(folder)).rejects.toMatchObject({ code: 'ERR_AUDIT_LOG', message: expect.stringMatching(new RegExp(`damaged at byte ${from} of entries.log .*valid records follow it`)) });

    writeFileSync(entries, whole.subarray(0, from - 10));
    await expect(startAuditGateway(folder)).rejects.toMatchObject({ code: 'ERR_AUDIT_LOG', message: expect.stringMatching(/covered entries were removed/) });
    expect(readdirSync(folder.logDir).filter((n) => n.includes('.cut-'))).toEqual([]);
  });

  const prlimit = spawnSync('prlimit', ['--version']).status === 0;
  it.skipIf(!prlimit)('fail-closed: refuses requests and fails /readyz while the log cannot be written, then records everything once it can', async () => {
    const { folder, config } = await setup('dir: log, signingKey: keys/audit.pem, onWriteError: fail-closed');
    const gw = await child(config, 'ulimit -S -f 4;'); // entries.log may not grow past 4 KiB
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await chat(gw.url, `request ${i}`)).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.at(-1)).toBe(503);
    const refused = await chat(gw.url, 'refused');
    expect(JSON.parse(refused.body.toString())).toMatchObject({ error: { code: 'ERR_AUDIT_UNAVAILABLE' } });
    expect((await fetch(`${gw.url}/readyz`)).status).toBe(503);
    const health = (await (await fetch(`${gw.url}/healthz`)).json()) as { parts: { audit: { detail: Record<string, unknown> } } };
    expect(health.parts.audit.detail).toMatchObject({ writing: false, lastWriteError: 'EFBIG' });
    expect(gw.stderr()).toMatch(/writing entries.log failed \(EFBIG\)/);

    // The disk has room again: the queued entries are written within the retry interval.
    expect(spawnSync('prlimit', ['--pid', String(gw.proc.pid), '--fsize=unlimited:']).status).toBe(0);
    for (let i = 0; i < 50 && (await fetch(`${gw.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await chat(gw.url, 'after')).status).toBe(200);
    gw.proc.kill('SIGTERM');
    expect(await gw.exited).toBe(0);
    const recorded = readEntries(folder.logDir).filter((e) => e.kind === 'request');
    expect(recorded).toHaveLength(statuses.length + 2);
    expect(recorded.map((e) => e.status)).toEqual([...statuses, 503, 200]);
    expect(readEntries(folder.logDir).map((e) => e.type).filter(Boolean)).toEqual(['audit.opened', 'audit.write-failed', 'audit.write-recovered']);
    expect((await verifyAuditLog(folder.logDir, { publicKeys: [await loadPublicKey(folder.publicKey)] })).ok).toBe(true);
  });

  it.skipIf(!prlimit)('fail-open: keeps serving while the log cannot be written, and writes the queue once it can', async () => {
    const { folder, config } = await setup('dir: log, onWriteError: fail-open');
    const gw = await child(config, 'ulimit -S -f 4;');
    for (let i = 0; i < 12; i++) expect((await chat(gw.url, `request ${i}`)).status).toBe(200);
    expect((await fetch(`${gw.url}/readyz`)).status).toBe(200);
    const health = (await (await fetch(`${gw.url}/healthz`)).json()) as { parts: { audit: { ready: boolean; detail: Record<string, unknown> } } };
    expect(health.parts.audit).toMatchObject({ ready: true, detail: { writing: false, onWriteError: 'fail-open' } });
    expect(spawnSync('prlimit', ['--pid', String(gw.proc.pid), '--fsize=unlimited:']).status).toBe(0);
    gw.proc.kill('SIGTERM');
    expect(await gw.exited).toBe(0);
    expect(readEntries(folder.logDir).filter((e) => e.kind === 'request')).toHaveLength(12);
    expect(existsSync(path.join(folder.logDir, 'writer.lock'))).toBe(false);
  });
});

function cleanup(g: { close(): Promise<void> }): void {
  cleanups.push(() => g.close());
}
