/**
 * `npm run bench -- extraction-monitor`: the gateway's extraction monitor against four kinds of
 * client of an optdigits classifier, each through a real gateway predict route on loopback.
 *
 * The victim is an MLP (64-64-10) trained on the optdigits training split with the project's own
 * code and served by a tiny local predict server; the gateway runs in this process with the
 * extraction part and a header identity part (one key per client). Two monitored routes serve
 * it: `digits` with the combined monitor (PRADA, out-of-distribution rate, coverage) and
 * `digits-prada` with PRADA alone (the baseline); both alert only, so every stream runs to its
 * end, and every stream is sent to both (the Papernot thief live to `digits`, then its exact
 * queries replayed to `digits-prada`). Clients send batches of 10 rows.
 *
 * - (a) Papernot thief: 50 seed digits from the test split, then Jacobian-based augmentation
 *   (λ = 0.1, τ = 3) with a substitute MLP trained by the project's code, 400 queries, labels;
 * - (b) uniform-noise thief: 1,000 rows from U[0, 1]^64;
 * - (c) natural-data thief: the 1,797 test digits in a seeded order;
 * - (d) ten benign clients: 300 to 480 test digits each, about 10 % exact repeats.
 *
 * The coverage bound is calibrated on five other benign clients (1.25 × the most cells any of
 * them reached), as an operator would from normal traffic; PRADA's δ is the reference 0.9.
 * Also measured: the monitor's CPU time per query (in process, 64 features) with PRADA alone and
 * combined, and the wall time of a one-row request through the monitored route against a route
 * without extraction, interleaved.
 *
 * Targets: the Papernot thief caught in under 300 queries, no false alarm on the ten benign
 * clients; the notes add uniform-noise caught within 500 queries, and natural-data caught.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { runJacobianAugmentation } from '../src/attacks/extraction/index.js';
import { parseGatewayConfig } from '../src/gateway/config/load.js';
import { MonitorSchema } from '../src/gateway/config/sections/extraction.js';
import type { PredictRouteConfig } from '../src/gateway/config/schema.js';
import { buildReferenceProfile, createExtractionPart, KeyMonitor, makeRoutePlan, type MonitorPlan } from '../src/gateway/extraction/index.js';
import { headerIdentity } from '../src/gateway/extraction/test-support/header-identity.js';
import { startPredictServer } from '../src/gateway/extraction/test-support/predict-server.js';
import { startGateway } from '../src/gateway/server/gateway.js';
import { fitMlp, functionAdapter, matrixFromRows, type Matrix } from '../src/ml/index.js';
import { createRng, shuffle } from '../src/stats/index.js';
import { intOption, measurement, median, type BenchmarkDef, type BenchmarkResult } from './benchmark.js';
import { parseBenchOptions } from './bench-options.js';
import { datasetsDir } from './data-sets.js';
import { argmaxRows, readDigits } from './optdigits.js';

const usage = `Options:
  --seed N    seed of the victim, the streams and the thieves (default 1)
Reads optdigits from ${datasetsDir} (or $AISEC_DATASETS); without it nothing is measured.`;

const BATCH = 10;
const D = 64;

type Stream = { name: string; kind: 'thief' | 'benign'; rows: Float64Array[] };
type FirstAlarms = Partial<Record<'prada' | 'ood' | 'coverage', number>>;

export const extractionMonitorBenchmark: BenchmarkDef = {
  name: 'extraction-monitor',
  summary: 'gateway extraction monitor on optdigits: queries to alarm for Papernot, uniform-noise and natural-data thieves, false alarms on 10 benign clients, PRADA-only baseline beside the combined monitor, CPU per query',
  usage,
  run: runExtractionMonitorBenchmark,
};

async function runExtractionMonitorBenchmark(args: readonly string[]): Promise<BenchmarkResult> {
  const seed = intOption(parseBenchOptions(args, ['seed'], usage).seed, 'seed', 1, 0, 1_000_000);
  const log = (line: string): void => void process.stderr.write(`extraction-monitor: ${line}\n`);
  const started = performance.now();
  const train = await readDigits('optdigits/optdigits.tra');
  const test = await readDigits('optdigits/optdigits.tes');
  const victim = fitMlp(train.X, train.y, { hiddenSizes: [64], epochs: 20, seed });
  const accuracy = argmaxRows(victim.predictProba(test.X)).filter((p, i) => p === test.y[i]).length / test.y.length;
  log(`victim MLP 64-64-10: test accuracy ${(100 * accuracy).toFixed(2)}% (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const profile = buildReferenceProfile(train.X);
  const rowOf = (X: Matrix, i: number): Float64Array => Float64Array.from(X.data.subarray(i * D, (i + 1) * D));
  const labelOf = (row: Float64Array): string => String(argmaxRows(victim.predictProba({ rows: 1, cols: D, data: row }))[0]);

  // Coverage bound from five calibration clients (not the ten evaluated below).
  const uncapped = await planOf({ profile, coverage: { maxCells: 1_000_000 } });
  const calibrationCells = Array.from({ length: 5 }, (_, c) => {
    const key = new KeyMonitor(uncapped, 0);
    for (const row of benignRows(test.X, 300 + 45 * c, seed * 1000 + 500 + c, rowOf)) key.observe(row, labelOf(row));
    return key.stats().cells ?? 0;
  });
  const maxCells = Math.ceil(1.25 * Math.max(...calibrationCells));
  log(`coverage bound ${maxCells} cells (calibration clients reached ${calibrationCells.join(', ')})`);

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'aisec-bench-extraction-'));
  const server = await startPredictServer((row) => Array.from(victim.predictProba({ rows: 1, cols: D, data: Float64Array.from(row) }).data));
  const identity = headerIdentity();
  await writeFile(path.join(scratch, 'profile.json'), JSON.stringify(profile));
  const route = (id: string, extraction: string): string =>
    `  - { id: ${id}, kind: predict, model: ${id}, upstream: model, request: { from: /inputs, to: /instances }, outputs: { probabilities: /probabilities, label: /labels }${extraction ? `, extraction: ${extraction}` : ''} }\n`;
  const yaml =
    `listen: { host: 127.0.0.1, port: 0, keepAliveTimeoutMs: 120000 }\nupstreams: [{ name: model, url: "${server.url}", connections: 8 }]\nroutes:\n` +
    route('digits', `{ hardening: { kind: round, decimals: 2 }, monitor: { profile: profile.json, coverage: { maxCells: ${maxCells} } } }`) +
    route('digits-prada', '{ hardening: { kind: round, decimals: 2 }, monitor: { dimensions: 64 } }') +
    route('digits-plain', '');
  const agent = new Agent({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000 });
  const gateway = await startGateway({ loaded: parseGatewayConfig(path.join(scratch, 'gateway.yaml'), yaml), parts: [identity.factory, createExtractionPart], log: () => undefined });
  try {
    const send = async (model: string, key: string, rows: readonly Float64Array[]): Promise<{ probabilities: number[][]; labels: number[] }> => {
      const response = await request(`${gateway.url}/predict/${model}`, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/json', 'x-client-key': key },
        body: JSON.stringify({ inputs: rows.map((r) => Array.from(r)) }),
      });
      const body = (await response.body.json()) as { probabilities: number[][]; labels: number[] };
      if (response.statusCode !== 200) throw new Error(`the gateway answered ${response.statusCode}: ${JSON.stringify(body)}`);
      return body;
    };
    const sendAll = async (model: string, key: string, rows: readonly Float64Array[]): Promise<void> => {
      for (let i = 0; i < rows.length; i += BATCH) await send(model, key, rows.slice(i, i + BATCH));
    };

    // (a) Papernot: live against the combined route.
    const papernotRows: Float64Array[] = [];
    const thiefAdapter = functionAdapter({
      name: 'gateway digits',
      numFeatures: D,
      numClasses: 10,
      output: 'labels',
      predict: async (X) => {
        const rows = Array.from({ length: X.rows }, (_, i) => rowOf(X, i));
        papernotRows.push(...rows);
        return Int32Array.from((await send('digits', 'papernot', rows)).labels);
      },
    });
    const order = shuffle(Array.from({ length: test.X.rows }, (_, i) => i), createRng(seed + 9));
    const seeds = matrixFromRows(order.slice(0, 50).map((i) => Array.from(rowOf(test.X, i))));
    const evaluation = matrixFromRows(order.slice(50, 250).map((i) => Array.from(rowOf(test.X, i))));
    const jbda = await runJacobianAugmentation({
      victim: thiefAdapter,
      seeds,
      evaluation: { inputs: evaluation, victimLabels: argmaxRows(victim.predictProba(evaluation)) },
      settings: { budget: 400, checkpoints: [400], batchSize: BATCH, lambda: 0.1, tau: 3, featureMin: 0, featureMax: 1, seed, use: 'labels' },
    });
    log(`papernot thief: substitute agreement ${jbda.result.final.agreement.toFixed(3)} after ${jbda.result.queriesUsed} queries`);
    await sendAll('digits-prada', 'papernot', papernotRows);

    const rng = createRng(seed + 7);
    const streams: Stream[] = [
      { name: 'uniform', kind: 'thief', rows: Array.from({ length: 1000 }, () => Float64Array.from({ length: D }, () => rng())) },
      { name: 'natural', kind: 'thief', rows: shuffle(Array.from({ length: test.X.rows }, (_, i) => i), createRng(seed + 8)).map((i) => rowOf(test.X, i)) },
      ...Array.from({ length: 10 }, (_, c): Stream => ({ name: `benign-${c + 1}`, kind: 'benign', rows: benignRows(test.X, 300 + 20 * c, seed * 1000 + 100 + c, rowOf) })),
    ];
    for (const s of streams) {
      await sendAll('digits', s.name, s.rows);
      await sendAll('digits-prada', s.name, s.rows);
    }
    log(`streams sent (${((performance.now() - started) / 1000).toFixed(1)} s)`);

    const first = (model: string, key: string): FirstAlarms => {
      const out: FirstAlarms = {};
      for (const e of identity.events) {
        if (e.type !== 'extraction.alarm' || e.model !== model || e.detail.key !== key) continue;
        const signal = e.detail.signal as keyof FirstAlarms;
        out[signal] = Math.min(out[signal] ?? Infinity, Number(e.detail.atQuery));
      }
      return out;
    };
    const earliest = (a: FirstAlarms): number | null => (Object.values(a).length ? Math.min(...Object.values(a)) : null);
    const table = [{ name: 'papernot', kind: 'thief' as const, rows: papernotRows }, ...streams].map((s) => {
      const combined = first('digits', s.name);
      const prada = first('digits-prada', s.name);
      return { stream: s.name, kind: s.kind, queries: s.rows.length, combined, combinedFirst: earliest(combined), pradaFirst: earliest(prada) };
    });
    const benign = table.filter((r) => r.kind === 'benign');
    const falseAlarms = benign.filter((r) => r.combinedFirst !== null).length;
    const pradaFalseAlarms = benign.filter((r) => r.pradaFirst !== null).length;
    const papernot = table[0]!;
    const byName = (n: string) => table.find((r) => r.stream === n)!;

    // CPU per query, in process: the monitor alone, PRADA only and combined, on the natural stream.
    const cpu = async (monitor: Record<string, unknown>): Promise<number> => {
      const plan = await planOf(monitor);
      const rows = streams.find((s) => s.name === 'natural')!.rows;
      const classes = rows.map(labelOf);
      const samples: number[] = [];
      for (let r = 0; r < 5; r++) {
        const key = new KeyMonitor(plan, 0);
        const t0 = process.cpuUsage();
        rows.forEach((row, i) => key.observe(row, classes[i]!));
        const used = process.cpuUsage(t0);
        samples.push((used.user + used.system) / rows.length);
      }
      return median(samples);
    };
    const cpuPrada = await cpu({ dimensions: 64 });
    const cpuCombined = await cpu({ profile, coverage: { maxCells: 1_000_000 } });

    // A one-row request: the monitored route against the route without extraction, interleaved
    // (order alternating per round); wall time and this process's CPU time (client, gateway and
    // model server all run here, so the difference is what the extraction part adds).
    const wall: Record<string, number[]> = { digits: [], 'digits-plain': [] };
    const cpuMs: Record<string, number[]> = { digits: [], 'digits-plain': [] };
    for (let round = 0; round < 10; round++) {
      const models = round % 2 === 0 ? ['digits', 'digits-plain'] : ['digits-plain', 'digits'];
      for (const model of models) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        for (let i = 0; i < 50; i++) await send(model, `latency-${i % 10}`, [rowOf(test.X, (round * 50 + i) % test.X.rows)]);
        const c = process.cpuUsage(c0);
        cpuMs[model]!.push((c.user + c.system) / 1000 / 50);
        wall[model]!.push((performance.now() - t0) / 50);
      }
    }
    const addedMs = median(wall.digits!) - median(wall['digits-plain']!);
    const addedCpuMs = median(cpuMs.digits!) - median(cpuMs['digits-plain']!);

    const papernotQ = papernot.combinedFirst;
    const uniformQ = byName('uniform').combinedFirst;
    const naturalQ = byName('natural').combinedFirst;
    const pass = papernotQ !== null && papernotQ < 300 && falseAlarms === 0 && uniformQ !== null && uniformQ <= 500 && naturalQ !== null;
    const show = (q: number | null): string => (q === null ? 'not caught' : String(q));
    const signals = (a: FirstAlarms): string => Object.entries(a).map(([k, v]) => `${k} ${v}`).join(', ') || '–';
    const seconds = (performance.now() - started) / 1000;
    return {
      description: `extraction monitor on an optdigits MLP (test accuracy ${(100 * accuracy).toFixed(2)}%) behind a gateway predict route: queries until the first alarm for three thieves and ten benign clients (batches of ${BATCH}), combined monitor against PRADA alone (δ = 0.9), both in the same run`,
      aisec: measurement('queries to the first alarm, Papernot thief, combined monitor', 'queries', [papernotQ ?? Infinity]),
      baseline: measurement('queries to the first alarm, Papernot thief, PRADA alone', 'queries', [papernot.pradaFirst ?? Infinity]),
      ratio: papernotQ && papernot.pradaFirst ? papernot.pradaFirst / papernotQ : 0,
      target: { ratio: 1, text: 'Papernot caught in < 300 queries, 0/10 benign false alarms; uniform noise caught within 500 queries and natural data caught (PRADA alone misses both)' },
      pass,
      notes: [
        'queries to the first alarm (combined: first alarm of any signal, with each signal\'s own; PRADA alone):',
        ...table.map((r) => `  ${r.stream.padEnd(10)} ${String(r.queries).padStart(5)} queries   combined ${show(r.combinedFirst).padStart(10)} (${signals(r.combined)})   PRADA alone ${show(r.pradaFirst)}`),
        `benign false alarms: combined ${falseAlarms}/10, PRADA alone ${pradaFalseAlarms}/10`,
        `coverage bound ${maxCells} cells, from five calibration clients (${calibrationCells.join(', ')} cells at 300–480 queries)`,
        `papernot thief's substitute agreement with the victim after ${jbda.result.queriesUsed} queries: ${jbda.result.final.agreement.toFixed(3)}`,
        `monitor CPU per query (64 features, in process): PRADA alone ${cpuPrada.toFixed(1)} µs, combined ${cpuCombined.toFixed(1)} µs`,
        `one-row request through the gateway (wall / CPU of this process, which also runs the client and the model): monitored route ${median(wall.digits!).toFixed(3)} / ${median(cpuMs.digits!).toFixed(3)} ms, route without extraction ${median(wall['digits-plain']!).toFixed(3)} / ${median(cpuMs['digits-plain']!).toFixed(3)} ms (added ${addedMs.toFixed(3)} / ${addedCpuMs.toFixed(3)} ms)`,
        `anchor (research notes, PRADA δ = 0.9 on optdigits): JbDA caught at 151–161 queries, 0/10 benign alarms, natural and uniform-noise extraction not caught`,
        `time ${seconds.toFixed(0)} s`,
      ],
      details: { seed, accuracy, maxCells, calibrationCells, table, falseAlarms, pradaFalseAlarms, cpuMicrosPerQuery: { prada: cpuPrada, combined: cpuCombined }, wallMs: wall, cpuMs, addedMs, addedCpuMs, papernotAgreement: jbda.result.final.agreement, seconds },
    };
  } finally {
    await agent.close();
    await gateway.close(0);
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** A benign client: `n` distinct test digits in a seeded order, with about 10 % exact repeats of earlier ones mixed in. */
function benignRows(X: Matrix, n: number, seed: number, rowOf: (X: Matrix, i: number) => Float64Array): Float64Array[] {
  const rng = createRng(seed);
  const picked = shuffle(Array.from({ length: X.rows }, (_, i) => i), rng).slice(0, n);
  const rows: Float64Array[] = [];
  for (const i of picked) {
    rows.push(rowOf(X, i));
    if (rng() < 0.1) rows.push(Float64Array.from(rows[Math.floor(rng() * rows.length)]!));
  }
  return rows;
}

/** A monitor plan for in-process measurements. */
async function planOf(monitor: Record<string, unknown>): Promise<MonitorPlan> {
  const route = {
    id: 'digits', kind: 'predict', model: 'digits', upstream: 'model', path: '/predict', outputs: { probabilities: '/probabilities' },
    extraction: { hardening: { kind: 'none' }, monitor: MonitorSchema.parse(monitor) },
  } as unknown as PredictRouteConfig;
  return (await makeRoutePlan(route, path.join(os.tmpdir(), 'gateway.yaml'))).monitor!.plan;
}

