import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { loadPublicKey } from '../../integrity/index.js';
import { parseGatewayConfig } from '../config/load.js';
import type { GatewayPart } from '../pipeline/part.js';
import { createAuditPart } from './part.js';
import { auditFolder, chat, readCheckpointLines, readEntries, startAuditGateway, type AuditFolder, type AuditGateway } from './test-support/audit-gateway.js';
import { verifyAuditLog } from './verify-log.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function folder(): Promise<AuditFolder> {
  const f = await auditFolder();
  cleanups.push(() => f.cleanup());
  return f;
}

async function start(f: AuditFolder, options: Parameters<typeof startAuditGateway>[1] = {}): Promise<AuditGateway> {
  const g = await startAuditGateway(f, options);
  cleanups.push(() => g.close());
  return g;
}

const requests = (entries: Array<Record<string, unknown>>) => entries.filter((e) => e.kind === 'request');

/** A part standing for the guards: a verdict on every request, a block on "BLOCK", an event per block. */
const probePart = (ctx: Parameters<typeof createAuditPart>[0]): GatewayPart => ({
  id: 'probe',
  stages: {
    requestGuard: (req) => {
      const blocked = req.body.includes('BLOCK');
      req.verdicts.push({ part: 'guards', check: 'pii', outcome: blocked ? 'block' : 'pass', score: blocked ? 0.97 : 0.01, ...(blocked ? { code: 'ERR_GUARD_BLOCKED' } : {}) });
      if (blocked) {
        ctx.emit({ type: 'guard.blocked', severity: 'warning', at: new Date().toISOString(), requestId: req.id, principal: 'key-7', route: req.route.id, model: req.model, detail: { check: 'pii', missing: undefined } });
        throw new AisecError('ERR_GUARD_BLOCKED', 'The request was blocked.');
      }
      return undefined;
    },
  },
});

describe('audit part', () => {
  it('records every request with its hashes and a graceful close flushes them all under a final signed tree head', async () => {
    const f = await folder();
    const g = await start(f);
    const sent: Array<{ id: string; body: string; received: Buffer }> = [];
    for (let i = 0; i < 12; i++) {
      const reply = await chat(g.gw.url, `question ${i}`, i % 3 === 0 ? { stream: true } : {}, { 'x-request-id': `req-${i}` });
      expect(reply.status).toBe(200);
      sent.push({ id: `req-${i}`, body: reply.sent, received: reply.body });
    }
    expect((await chat(g.gw.url, 'x', { model: 'unknown' })).status).toBe(404);
    expect((await fetch(`${g.gw.url}/healthz`)).status).toBe(200);
    await g.close();

    const entries = readEntries(f.logDir);
    expect(entries[0]).toMatchObject({ kind: 'event', type: 'audit.opened', seq: 0 });
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i));
    const reqs = requests(entries);
    expect(reqs).toHaveLength(13); // health probes are not recorded
    for (const [i, s] of sent.entries()) {
      const e = reqs[i]!;
      expect(e).toMatchObject({ requestId: s.id, route: 'chat', endpoint: 'chat/completions', model: 'small', status: 200, error: null, decision: 'allowed', streamed: i % 3 === 0, aborted: false, verdicts: [] });
      expect(e.inputSha256).toBe(sha256(s.body));
      expect(e.outputSha256).toBe(sha256(s.received));
      expect(e).not.toHaveProperty('content');
      expect(typeof e.latencyMs).toBe('number');
      expect(e.configVersion).toBe(g.gw.configVersion);
    }
    expect(reqs[12]).toMatchObject({ status: 404, error: 'ERR_ROUTE_NOT_FOUND', decision: 'refused', outputSha256: null });

    const heads = readCheckpointLines(f.logDir);
    expect(heads.at(-1)).toMatchObject({ treeSize: entries.length });
    const result = await verifyAuditLog(f.logDir, { publicKeys: [await loadPublicKey(f.publicKey)] });
    expect(result).toMatchObject({ ok: true, entries: entries.length, uncovered: 0, problems: [] });
    expect(result.signatures.valid).toBe(heads.length);
  });

  it('records the verdicts of other parts and their events as entries of their own', async () => {
    const f = await folder();
    const g = await start(f, { parts: [probePart, createAuditPart] });
    expect((await chat(g.gw.url, 'fine')).status).toBe(200);
    expect((await chat(g.gw.url, 'please BLOCK this')).status).toBe(403);
    g.gw.emit({ type: 'control.changed', severity: 'info', at: '2026-01-01T00:00:00.000Z', detail: { model: 'small', enabled: false, deep: JSON.parse(`${'['.repeat(100)}1${']'.repeat(100)}`) as unknown } });
    await g.close();
    const entries = readEntries(f.logDir);
    const reqs = requests(entries);
    expect(reqs[0]!.verdicts).toEqual([{ part: 'guards', check: 'pii', outcome: 'pass', score: 0.01 }]);
    expect(reqs[1]).toMatchObject({ status: 403, error: 'ERR_GUARD_BLOCKED', decision: 'refused', verdicts: [{ part: 'guards', check: 'pii', outcome: 'block', score: 0.97, code: 'ERR_GUARD_BLOCKED' }] });
    const events = entries.filter((e) => e.kind === 'event' && e.type !== 'audit.opened');
    expect(events[0]).toMatchObject({ type: 'guard.blocked', severity: 'warning', keyId: 'key-7', route: 'chat', model: 'small', detail: { check: 'pii' } });
    expect(events[0]!.requestId).toBe(reqs[1]!.requestId);
    // Detail nested deeper than canonical JSON allows is replaced by a note, not dropped.
    expect(events[1]).toMatchObject({ type: 'control.changed', detail: { unserialisable: true } });
    expect((await verifyAuditLog(f.logDir)).ok).toBe(true);
  });

  it('loses nothing across upstream failures, a rejected reload and a restart, and the restarted log extends the first', async () => {
    const f = await folder();
    const g = await start(f);
    expect((await chat(g.gw.url, 'one')).status).toBe(200);
    g.up.behaviour.mode = '500';
    expect((await chat(g.gw.url, 'two')).status).toBe(502);
    g.up.behaviour.mode = 'normal';
    writeFileSync(g.configFile, 'listen: [this is not a gateway config');
    expect((await g.gw.reload()).ok).toBe(false);
    expect((await chat(g.gw.url, 'three')).status).toBe(200);
    await g.close();
    const first = readEntries(f.logDir).length;

    const again = await start(f);
    expect((await chat(again.gw.url, 'four')).status).toBe(200);
    await again.close();
    const entries = readEntries(f.logDir);
    expect(requests(entries).map((e) => [e.status, e.decision, e.error])).toEqual([
      [200, 'allowed', null],
      [502, 'failed', 'ERR_UPSTREAM'],
      [200, 'allowed', null],
      [200, 'allowed', null],
    ]);
    const reopened = entries.filter((e) => e.type === 'audit.opened');
    expect(reopened).toHaveLength(2);
    expect(reopened[1]!.detail).toMatchObject({ entries: first, resumedFrom: first, entriesRead: 0, truncated: [] });
    const result = await verifyAuditLog(f.logDir, { publicKeys: [await loadPublicKey(f.publicKey)] });
    expect(result.ok).toBe(true);
    expect(result.consistencyChecked).toBe(result.checkpoints - 1);
  });

  it('keeps the first bytes of each body only with includeContent (entries gathered for 5 ms per write)', async () => {
    const f = await folder();
    const g = await start(f, { audit: 'dir: log, includeContent: true, maxContentBytes: 16, batchMs: 5' });
    const reply = await chat(g.gw.url, 'a fairly long question about the weather');
    await g.close();
    const [entry] = requests(readEntries(f.logDir));
    expect(entry!.content).toEqual({ input: reply.sent.slice(0, 16), inputTruncated: true, output: reply.body.toString('utf8', 0, 16), outputTruncated: true });
    expect(entry!.outputSha256).toBe(sha256(reply.body));
  });

  it('says in /healthz, /metrics and the log when tree heads are not signed', async () => {
    const f = await folder();
    const g = await start(f, { audit: 'dir: log' });
    await chat(g.gw.url, 'hello');
    const health = (await (await fetch(`${g.gw.url}/healthz`)).json()) as { parts: { audit: { ready: boolean; detail: Record<string, unknown> } } };
    expect(health.parts.audit.ready).toBe(true);
    expect(health.parts.audit.detail).toMatchObject({ signed: false, writing: true, lost: 0, onWriteError: 'fail-closed' });
    expect(health.parts.audit.detail.warning).toMatch(/not signed: set audit.signingKey/);
    const metrics = await (await fetch(`${g.gw.url}/metrics`)).text();
    expect(metrics).toMatch(/^aisec_gateway_audit_entries \d+$/m);
    expect(metrics).toMatch(/^aisec_gateway_audit_writing 1$/m);
    expect(g.logs.join('\n')).toMatch(/tree heads are not signed/);
    await g.close();
    const unchecked = await verifyAuditLog(f.logDir);
    expect(unchecked.ok).toBe(true);
    expect(unchecked.notes.join(' ')).toMatch(/not signed/);
    // Whoever expects signed heads is told these are not.
    const strict = await verifyAuditLog(f.logDir, { publicKeys: [await loadPublicKey(f.publicKey)] });
    expect(strict.ok).toBe(false);
    expect(strict.problems[0]!.message).toMatch(/checkpoints.log line 1 \(tree size \d+\): it is not signed/);
  });

  it('refuses a second gateway on the same log, a missing key and invalid settings', async () => {
    const f = await folder();
    await start(f);
    await expect(startAuditGateway(f)).rejects.toMatchObject({ code: 'ERR_GATEWAY_CONFIG', message: expect.stringMatching(/already open in this process/) });
    const other = await folder();
    await expect(startAuditGateway(other, { audit: 'dir: log, signingKey: keys/missing.pem' })).rejects.toMatchObject({ code: 'ERR_TARGET_NOT_FOUND', message: expect.stringMatching(/missing\.pem does not exist/) });
    const bad = (audit: string) => () => parseGatewayConfig('gateway.yaml', `upstreams: [{ name: u, url: "http://127.0.0.1:1" }]\nroutes: [{ id: r, kind: openai, upstream: u }]\naudit: { ${audit} }\n`);
    expect(bad('checkpointEvery: { entries: 0 }')).toThrow(/audit\.checkpointEvery\.entries/);
    expect(bad('onWriteError: ignore')).toThrow(/audit\.onWriteError/);
    expect(bad('includeContents: true')).toThrow(/includeContents/);
    expect(bad('maxContentBytes: 99999999')).toThrow(/audit\.maxContentBytes/);
    expect(bad('').call(undefined).config.audit).toEqual({ dir: 'audit', checkpointEvery: { entries: 1000, seconds: 10 }, fsyncMs: 1000, batchMs: 0, includeContent: false, maxContentBytes: 4096, onWriteError: 'fail-closed' });
  });
});
