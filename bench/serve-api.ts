/**
 * What the API of `aisec serve` costs per request: `npx tsx bench/serve-api.ts [--rounds N]`.
 *
 * Sequential requests on loopback against a served SQLite system with 500 findings, interleaved
 * in rounds so a busy machine slows every kind alike; median latency per kind. Baseline: the
 * same server's public health route (HTTP, routing and headers, no credential, no store).
 * Measured: a Bearer token check (key read from the store, SHA-256, constant-time compare),
 * the same with a session cookie, and a page of 100 findings filtered by severity (with the
 * store's own listFindings time, in process, for comparison).
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { makeFinding, makeRecord, makeTarget } from '../src/store/test-support/records.js';
import { serveSeeded, tempRoot } from '../src/server/test-support/fixture.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 500;

const root = tempRoot('bench');
const s = await serveSeeded(root);
try {
  const system = await s.stores.system('credit');
  const row = (await system.store.getSystem('credit'))!;
  const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
  const findings = Array.from({ length: 500 }, (_, i) => makeFinding(`rule-${i % 40}`, `models/m${i}.pkl`, { severity: severities[i % 5]!, key: String(i) }));
  await system.store.saveAssessment(makeRecord(row.id, new Date().toISOString(), { targets: [makeTarget('models/m0.pkl', 'v')], findings }));
  const login = await request(`${s.server.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: s.tokens.viewer }) });
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  await login.body.text();
  const kinds: Record<string, { path: string; headers: Record<string, string> }> = {
    'health (baseline: no credential, no store)': { path: '/api/v1/health', headers: {} },
    'GET /session with a Bearer token': { path: '/api/v1/session', headers: { authorization: `Bearer ${s.tokens.viewer}` } },
    'GET /session with the session cookie': { path: '/api/v1/session', headers: { cookie } },
    'GET /findings?severity=high,critical (500 stored, Bearer)': { path: '/api/v1/systems/credit/findings?severity=high,critical&limit=100', headers: { authorization: `Bearer ${s.tokens.viewer}` } },
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
  for (let r = 0; r < rounds + 20; r++) {
    for (const [name, kind] of Object.entries(kinds)) {
      const t = performance.now();
      const res = await request(`${s.server.url}${kind.path}`, { headers: kind.headers });
      await res.body.text();
      if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode}`);
      if (r >= 20) samples[name]!.push(performance.now() - t);
    }
  }
  const direct: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await system.store.listFindings(row.id);
    direct.push(performance.now() - t);
  }
  const base = median(samples[Object.keys(kinds)[0]!]!);
  console.log(`${rounds} rounds, sequential, loopback, SQLite store; median per request`);
  for (const [name, xs] of Object.entries(samples)) console.log(`${name.padEnd(64)} ${median(xs).toFixed(3)} ms  (+${(median(xs) - base).toFixed(3)} ms)`);
  console.log(`${'of which store.listFindings (500, in process)'.padEnd(64)} ${median(direct).toFixed(3)} ms`);
} finally {
  await s.close();
  rmSync(root, { recursive: true, force: true });
}
