/**
 * `gateway`: what the aisec gateway adds on top of a model API, against hitting the stub
 * upstream directly and against nginx as a plain reverse proxy, all in one run on loopback:
 * sequential added latency (JSON) and time to first streamed chunk (SSE), interleaved rounds,
 * median of round medians; throughput and gateway CPU per request at 16 connections (wrk
 * when installed, else a Node load generator). Two gateways run side by side: the bare proxy
 * (`aisec`) and the proxy with every part on (`aisec full`: API key checked, per-key request,
 * token and concurrency limits in memory, the default request and response guards, the audit
 * log); the target applies to the full one. A minimal Node proxy (`gateway-node-floor.mjs`)
 * runs beside them: what any gateway written for Node adds on the machine.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { intOption, measurement, median, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repo, '../shared/bench/gateway');
const ports = { stub: 18080, nginx: 18081, gateway: 18082, full: 18083, floor: 18084 } as const;
/** Added sequential latency the fully equipped gateway must stay under (ms, p50), and the same for the first streamed chunk. */
const targetAddedMs = 0.5;
/** CPU per request at 16 connections the fully equipped gateway must stay under (ms). */
const targetCpuMs = 0.3;

const usage = `Options:
  --rounds N     interleaved sequential rounds (default 7)
  --per-round N  requests per target per round (default 40)
  --load-s N     seconds of each 16-connection load run (default 4)
  --warm-s N     seconds of sequential warm-up per target before measuring (default 15)`;

export const gatewayBenchmark: BenchmarkDef = {
  name: 'gateway',
  summary: 'inference gateway overhead on loopback, bare and with keys, limits, default guards and audit log: added latency, first streamed chunk, CPU per request vs direct and nginx (target ≤ +0.5 ms, ≤ 0.3 ms CPU)',
  usage,
  run: runGatewayBenchmark,
};

interface Target {
  label: string;
  port: number;
  pids: () => number[];
  headers?: Record<string, string>;
}

const body = (stream: boolean) => JSON.stringify({ model: 'stub-model', stream, messages: [{ role: 'system', content: 'You are a helpful assistant.' }, { role: 'user', content: 'Summarise the plot of Hamlet in one sentence.' }] });

async function runGatewayBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const { values } = parseArgs({ args: [...args], options: { rounds: { type: 'string' }, 'per-round': { type: 'string' }, 'load-s': { type: 'string' }, 'warm-s': { type: 'string' } } });
  const rounds = intOption(values.rounds, 'rounds', 7, 1, 50);
  const perRound = intOption(values['per-round'], 'per-round', 40, 5, 1000);
  const loadS = intOption(values['load-s'], 'load-s', 4, 1, 30);
  const warmS = intOption(values['warm-s'], 'warm-s', 15, 0, 120);
  // The gateways run the built CLI, as `aisec gateway` does once installed (not the TypeScript
  // loader of development runs, whose helpers cost about a tenth of the gateway's CPU).
  execFileSync(process.execPath, [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'inherit' });
  const cli = path.join(repo, 'dist/cli/main.js');
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'aisec-bench-gateway-'));
  const children: ChildProcess[] = [];
  const notes: string[] = [];
  try {
    const stubScript = existsSync(path.join(shared, 'stub-upstream.mjs')) ? path.join(shared, 'stub-upstream.mjs') : path.join(repo, 'bench/gateway-stub.mjs');
    const stub = start(children, process.execPath, [stubScript, `--port=${ports.stub}`], repo);
    await waitForPort(ports.stub);
    const config = path.join(scratch, 'gateway.yaml');
    await writeFile(config, `listen: { host: 127.0.0.1, port: ${ports.gateway} }\nupstreams: [{ name: stub, url: "http://127.0.0.1:${ports.stub}/v1", connections: 64 }]\nroutes: [{ id: chat, kind: openai, upstream: stub, models: [stub-model] }]\n`);
    const gateway = start(children, process.execPath, [cli, 'gateway', '--config', config, '-q'], repo, { NODE_ENV: 'production' });
    await waitForPort(ports.gateway);
    // The fully equipped gateway: its key is made with the CLI, as an operator would.
    const fullConfig = path.join(scratch, 'gateway-full.yaml');
    await writeFile(
      fullConfig,
      [
        `listen: { host: 127.0.0.1, port: ${ports.full} }`,
        `upstreams: [{ name: stub, url: "http://127.0.0.1:${ports.stub}/v1", connections: 64 }]`,
        'routes: [{ id: chat, kind: openai, upstream: stub, models: [stub-model] }]',
        'auth: { keys: true }',
        'limits: { perKey: { requestsPerMinute: 100000000, tokensPerMinute: 100000000000, concurrency: 1000 } }',
        // The benchmark sends one message over and over: the prompt-injection score cache is off,
        // so every request's text is scored as a text the gateway has not seen.
        'guards: { request: { prompt-injection: { cacheEntries: 0 } } }',
        'audit: { dir: audit }',
        'state: { database: state/gateway.db }',
        '',
      ].join('\n'),
    );
    const made = JSON.parse(execFileSync(process.execPath, [cli, 'keys', 'create', '--config', fullConfig, '--owner', 'bench', '--scope', '*', '--json'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { key: string };
    const full = start(children, process.execPath, [cli, 'gateway', '--config', fullConfig, '-q'], repo, { NODE_ENV: 'production' });
    await waitForPort(ports.full);
    // The Node floor: a minimal node:http + undici pass-through proxy, what any Node gateway pays here.
    const floor = start(children, process.execPath, [path.join(repo, 'bench/gateway-node-floor.mjs'), `--port=${ports.floor}`, `--upstream=${ports.stub}`], repo, { NODE_ENV: 'production' });
    await waitForPort(ports.floor);
    const targets: Target[] = [
      { label: 'direct', port: ports.stub, pids: () => [stub.pid!] },
      { label: 'node floor', port: ports.floor, pids: () => [floor.pid!] },
      { label: 'aisec', port: ports.gateway, pids: () => [gateway.pid!] },
      { label: 'aisec full', port: ports.full, pids: () => [full.pid!], headers: { authorization: `Bearer ${made.key}` } },
    ];
    const nginxConf = path.join(shared, 'nginx.conf');
    if (which('nginx') && existsSync(nginxConf)) {
      await mkdir(path.join(scratch, 'logs'));
      const nginx = start(children, 'nginx', ['-p', scratch, '-c', nginxConf], scratch);
      await waitForPort(ports.nginx);
      targets.push({ label: 'nginx', port: ports.nginx, pids: () => [nginx.pid!, ...childPids(nginx.pid!)] });
    } else notes.push('nginx baseline skipped (nginx or ../shared/bench/gateway/nginx.conf missing)');

    // Sequential: one request in flight, targets interleaved per round, median of round medians.
    const seq = new Map<string, { json: number[]; ttfc: number[]; sse: number[] }>(targets.map((t) => [t.label, { json: [], ttfc: [], sse: [] }]));
    // Warm-up to steady state: V8 goes on optimising the gateway's functions for thousands of
    // requests (the full gateway's added latency falls by about a third over its first 5,000),
    // and a deployed gateway runs warm. Each target gets the same time, in blocks of JSON and SSE.
    for (const t of targets) {
      const until = performance.now() + warmS * 1000;
      while (performance.now() < until) {
        await sequential(t, 100, false);
        await sequential(t, 20, true);
      }
    }
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? targets : [...targets].reverse();
      for (const t of order) {
        const json = await sequential(t, perRound, false);
        const sse = await sequential(t, perRound, true);
        const s = seq.get(t.label)!;
        s.json.push(median(json.map((x) => x.total)));
        s.ttfc.push(median(sse.map((x) => x.first)));
        s.sse.push(median(sse.map((x) => x.total)));
      }
    }
    const added = (label: string, key: 'json' | 'ttfc' | 'sse') => seq.get(label)![key].map((v, i) => v - seq.get('direct')![key][i]!);

    // Load: 16 connections, interleaved, CPU of each target's processes per request.
    const useWrk = which('wrk');
    const luaOf = async (t: Target): Promise<string> => {
      const file = path.join(scratch, `post-${t.port}.lua`);
      const extra = Object.entries(t.headers ?? {}).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}\n`).join('');
      await writeFile(file, `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n${extra}wrk.body = ${JSON.stringify(body(false))}\n`);
      return file;
    };
    const load = new Map<string, { rps: number[]; p50: number[]; p99: number[]; cpu: number[] }>(targets.map((t) => [t.label, { rps: [], p50: [], p99: [], cpu: [] }]));
    for (let r = 0; r < 2; r++) {
      for (const t of r === 0 ? targets : [...targets].reverse()) {
        const lua = await luaOf(t);
        await loadRun(t, 1, useWrk, lua);
        const cpu0 = cpuMs(t.pids());
        const result = await loadRun(t, loadS, useWrk, lua);
        const cpu = cpuMs(t.pids()) - cpu0;
        const l = load.get(t.label)!;
        l.rps.push(result.rps);
        l.p50.push(result.p50);
        l.p99.push(result.p99);
        l.cpu.push(cpu / Math.max(1, result.requests));
      }
    }
    const m = (xs: number[]) => Math.round(median(xs) * 1000) / 1000;
    const aisecAdded = added('aisec full', 'json');
    const aisecTtfc = added('aisec full', 'ttfc');
    const details: Record<string, unknown> = {
      loadGenerator: useWrk ? 'wrk -t1 -c16' : 'node (16 keep-alive connections)',
      loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
      stub: path.relative(repo, stubScript),
      sequential: Object.fromEntries(targets.map((t) => [t.label, { jsonMs: m(seq.get(t.label)!.json), ttfcMs: m(seq.get(t.label)!.ttfc), sseTotalMs: m(seq.get(t.label)!.sse), ...(t.label === 'direct' ? {} : { addedJsonMs: m(added(t.label, 'json')), addedTtfcMs: m(added(t.label, 'ttfc')) }) }])),
      c16: Object.fromEntries(targets.map((t) => [t.label, { rps: Math.round(median(load.get(t.label)!.rps)), p50Ms: m(load.get(t.label)!.p50), p99Ms: m(load.get(t.label)!.p99), cpuMsPerRequest: m(load.get(t.label)!.cpu) }])),
      anchors: { portkeyAddedMs: 3.1, portkeyCpuMsPerRequest: '2.2-2.5', portkeyFirstChunkHeldMs: 29 },
      full: 'API key, per-key limits (memory), default guards (prompt injection, secrets, personal data, size; secrets and personal-data leaks, links), audit log',
    };
    const directJson = median(seq.get('direct')!.json);
    const aisecJson = median(seq.get('aisec full')!.json);
    const addedMs = median(aisecAdded);
    const ttfcMs = median(aisecTtfc);
    const fullCpu = median(load.get('aisec full')!.cpu);
    notes.push(
      `sequential added latency, everything on: aisec full +${addedMs.toFixed(3)} ms (JSON), +${ttfcMs.toFixed(3)} ms to the first streamed chunk; bare proxy +${median(added('aisec', 'json')).toFixed(3)} ms, +${median(added('aisec', 'ttfc')).toFixed(3)} ms; node floor (minimal node:http + undici proxy) +${median(added('node floor', 'json')).toFixed(3)} ms, +${median(added('node floor', 'ttfc')).toFixed(3)} ms${seq.has('nginx') ? `; nginx +${median(added('nginx', 'json')).toFixed(3)} ms, +${median(added('nginx', 'ttfc')).toFixed(3)} ms` : ''} (Portkey 1.15.2: +3.1 ms, first chunk held ~29 ms)`,
      `CPU per request at 16 connections: aisec full ${m(load.get('aisec full')!.cpu)} ms, bare ${m(load.get('aisec')!.cpu)} ms, node floor ${m(load.get('node floor')!.cpu)} ms${load.has('nginx') ? `, nginx ${m(load.get('nginx')!.cpu)} ms` : ''}, stub ${m(load.get('direct')!.cpu)} ms (target ≤ ${targetCpuMs} ms; Portkey 2.2-2.5 ms)`,
      `throughput at 16 connections: aisec full ${Math.round(median(load.get('aisec full')!.rps))} req/s, bare ${Math.round(median(load.get('aisec')!.rps))}, node floor ${Math.round(median(load.get('node floor')!.rps))}${load.has('nginx') ? `, nginx ${Math.round(median(load.get('nginx')!.rps))}` : ''}, direct ${Math.round(median(load.get('direct')!.rps))}`,
      `load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')} on ${os.availableParallelism()} cores: absolute latencies are noisy; compare rows of this run only`,
    );
    const aisec = measurement('aisec gateway, everything on (sequential JSON)', 'ms', seq.get('aisec full')!.json);
    const baseline = measurement('direct to the upstream', 'ms', seq.get('direct')!.json);
    return {
      description: `loopback, stub upstream (${path.basename(stubScript)}), ${warmS} s warm-up per target, ${rounds} interleaved rounds x ${perRound} sequential requests per target (JSON and SSE), then 2 x ${loadS} s at 16 connections`,
      aisec,
      baseline,
      ratio: directJson / aisecJson,
      target: { ratio: directJson / (directJson + targetAddedMs), text: `≤ +${targetAddedMs} ms over direct (JSON), first streamed chunk ≤ +1 ms, ≤ ${targetCpuMs} ms CPU per request, everything on` },
      pass: addedMs <= targetAddedMs && ttfcMs <= 1 && fullCpu <= targetCpuMs,
      notes,
      details,
    };
  } finally {
    for (const child of children.reverse()) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await rm(scratch, { recursive: true, force: true });
  }
}

function start(children: ChildProcess[], command: string, args: string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

function which(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => (s.destroy(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after 20 s (is the port taken?)`);
}

const agents = new Map<number, http.Agent>();

/** `n` requests one after another; total time and time to the first content chunk (ms). */
async function sequential(target: Target, n: number, stream: boolean): Promise<{ total: number; first: number }[]> {
  const port = target.port;
  let agent = agents.get(port);
  if (!agent) agents.set(port, (agent = new http.Agent({ keepAlive: true, maxSockets: 1 })));
  const payload = body(stream);
  const out: { total: number; first: number }[] = [];
  for (let i = 0; i < n; i++) {
    out.push(await new Promise((resolve, reject) => {
      const t0 = performance.now();
      let first = 0;
      const req = http.request({ host: '127.0.0.1', port, path: '/v1/chat/completions', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...target.headers } }, (res) => {
        res.on('data', (c: Buffer) => {
          if (first === 0 && (!stream || c.includes('"content"'))) first = performance.now() - t0;
        });
        res.on('end', () => (res.statusCode === 200 ? resolve({ total: performance.now() - t0, first }) : reject(new Error(`status ${res.statusCode} from port ${port}`))));
      });
      req.on('error', reject);
      req.end(payload);
    }));
  }
  return out;
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
}

async function loadRun(target: Target, seconds: number, useWrk: boolean, lua: string): Promise<LoadResult> {
  const url = `http://127.0.0.1:${target.port}/v1/chat/completions`;
  if (useWrk) {
    const out = await new Promise<string>((resolve) => {
      const child = spawn('wrk', ['-t1', '-c16', `-d${seconds}s`, '--latency', '-s', lua, url]);
      let text = '';
      child.stdout.on('data', (c: Buffer) => (text += c.toString()));
      child.on('close', () => resolve(text));
    });
    const unit = (v: string, u: string) => Number(v) * (u === 'us' ? 0.001 : u === 's' ? 1000 : 1);
    const pct = (p: string) => {
      const hit = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
      return hit ? unit(hit[1]!, hit[2]!) : NaN;
    };
    return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN), p50: pct('50'), p99: pct('99'), requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0) };
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const payload = body(false);
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await new Promise<void>((resolve, reject) => {
        const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...target.headers } }, (res) => {
          res.resume();
          res.on('end', () => resolve());
        });
        req.on('error', reject);
        req.end(payload);
      });
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: latencies[Math.floor(latencies.length * 0.5)]!, p99: latencies[Math.floor(latencies.length * 0.99)]!, requests: latencies.length };
}

/** utime + stime of the processes, in ms (Linux /proc; 0 elsewhere). */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone or not Linux
    }
  }
  return (ticks * 1000) / 100;
}

function childPids(parent: number): number[] {
  try {
    return readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
