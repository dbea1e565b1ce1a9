/**
 * `audit-log`: what the gateway's audit log costs. (1) CPU per request of the audit part on the
 * hot path — the response tap hashing a 1 KiB answer, the audit stage building the entry
 * (SHA-256 of a 1 KiB request body, canonical JSON, leaf hash, tree append) and the batched
 * write — against a baseline of the same record serialised with JSON.stringify only. (2) The
 * throughput of `verifyAuditLog` (entries/s) over a log of --entries entries, and of a restart
 * that resumes from the last tree head. Run: npx tsx bench/audit-log.ts [--requests N] [--entries N]
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { parseGatewayConfig } from '../src/gateway/config/load.js';
import { AuditLog } from '../src/gateway/audit/audit-log.js';
import { createAuditPart } from '../src/gateway/audit/part.js';
import { verifyAuditLog } from '../src/gateway/audit/verify-log.js';
import type { AuditRecord, GatewayRequest } from '../src/gateway/pipeline/stages.js';
import { describeMachine } from './machine.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '50000' }, entries: { type: 'string', default: '200000' } } });
const requests = Number(values.requests);
const entries = Number(values.entries);
const root = mkdtempSync(path.join(os.tmpdir(), 'aisec-bench-audit-'));

const body = Buffer.from(JSON.stringify({ model: 'small', messages: [{ role: 'user', content: 'x'.repeat(960) }] }));
const answer = Buffer.from(JSON.stringify({ id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'y'.repeat(940) } }] }));
const config = parseGatewayConfig(path.join(root, 'gateway.yaml'), `upstreams: [{ name: u, url: "http://127.0.0.1:1" }]\nroutes: [{ id: chat, kind: openai, upstream: u }]\naudit: { dir: log, signingKey: key.pem }\n`).config;
writeFileSync(path.join(root, 'key.pem'), generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));

function record(i: number): AuditRecord {
  const request = { id: `req-${i}`, method: 'POST', path: '/v1/chat/completions', headers: {}, route: config.routes[0]!, config, endpoint: 'chat/completions', body, json: () => undefined, model: 'small', principal: { id: 'key_abc', scopes: [] }, startedAt: 0, verdicts: [{ part: 'guards', check: 'pii', outcome: 'pass', score: 0.01 }] } as GatewayRequest;
  return { id: request.id, at: new Date().toISOString(), route: 'chat', endpoint: 'chat/completions', model: 'small', principal: 'key_abc', status: 200, code: undefined, streamed: false, aborted: false, durationMs: 12.345678, configVersion: 'abcdef012345', verdicts: request.verdicts, request };
}

/** CPU µs per request of `work`, run in turns of 16 requests (like a loaded event loop). */
async function cpuPerRequest(work: (i: number) => void): Promise<number> {
  for (let i = 0; i < 2000; i++) work(i);
  await nextTurn();
  const start = process.cpuUsage();
  for (let i = 0; i < requests; i += 16) {
    for (let j = i; j < i + 16; j++) work(j);
    await nextTurn();
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / requests;
}

const ctx = { config, configFile: path.join(root, 'gateway.yaml'), log: () => undefined, emit: () => undefined, store: () => Promise.reject(new Error('no store')), redis: undefined, now: Date.now };
const part = (await createAuditPart(ctx))!;
const withLog = await cpuPerRequest((i) => {
  const r = record(i);
  const inspector = part.stages!.responseGuard!(r.request!, { status: 200, streaming: false })!;
  inspector.chunk(answer);
  inspector.end();
  part.stages!.audit!(r);
});
await part.close!();
const baseline = await cpuPerRequest((i) => {
  const r = record(i);
  JSON.stringify({ ...r, request: undefined });
});

// Verify throughput over a log written by the writer itself.
const dir = path.join(root, 'verify');
const log = await AuditLog.open({ dir, checkpointEntries: 10_000, checkpointSeconds: 3600, fsyncMs: 60_000, batchMs: 0, now: Date.now, log: () => undefined, signingKey: generateKeyPairSync('ed25519').privateKey });
const template = { kind: 'request', time: new Date().toISOString(), requestId: 'req', keyId: 'key_abc', route: 'chat', endpoint: 'chat/completions', model: 'small', status: 200, error: null, decision: 'allowed', verdicts: [{ part: 'guards', check: 'pii', outcome: 'pass', score: 0.01 }], latencyMs: 12.346, streamed: false, aborted: false, configVersion: 'abcdef012345', inputSha256: 'a'.repeat(64), outputSha256: 'b'.repeat(64) };
for (let i = 0; i < entries; i++) {
  log.append({ ...template, requestId: `req-${i}` });
  if (i % 1000 === 999) await nextTurn();
}
await log.close();
let t = performance.now();
const cpu0 = process.cpuUsage();
const verified = await verifyAuditLog(dir);
const verifySeconds = (performance.now() - t) / 1000;
const cpu = process.cpuUsage(cpu0);
const verifyCpuSeconds = (cpu.user + cpu.system) / 1e6;
t = performance.now();
const reopened = await AuditLog.open({ dir, checkpointEntries: 10_000, checkpointSeconds: 3600, fsyncMs: 60_000, batchMs: 0, now: Date.now, log: () => undefined });
const reopenMs = performance.now() - t;
await reopened.close();
rmSync(root, { recursive: true, force: true });

const m = describeMachine();
process.stdout.write(`audit-log benchmark (${m.cpu}, ${m.cores} cores, Node ${m.node})
  per request, audit part (1 KiB request and answer, response tap + audit stage + batched write): ${withLog.toFixed(1)} µs CPU
  baseline (the same record through JSON.stringify only):                                     ${baseline.toFixed(1)} µs CPU
  added by the audit log:                                                                     ${(withLog - baseline).toFixed(1)} µs CPU (target < 50)
  verify: ${verified.entries} entries (${(verified.bytes / 1024 / 1024).toFixed(1)} MiB, ${verified.checkpoints} tree heads, ok: ${verified.ok}) in ${verifySeconds.toFixed(2)} s wall, ${verifyCpuSeconds.toFixed(2)} s CPU
          = ${Math.round(verified.entries / verifySeconds)} entries/s wall, ${Math.round(verified.entries / verifyCpuSeconds)} entries/s per CPU second
  restart resuming from the last tree head: ${reopenMs.toFixed(1)} ms
`);
