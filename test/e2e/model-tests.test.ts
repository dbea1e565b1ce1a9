/**
 * `aisec test` through the built CLI (`node dist/cli/main.js`, built by `npm run build`): a
 * model written as ONNX by the test, the same model behind a local HTTP server, and hostile
 * cases (a model whose input does not fit the data, an endpoint that never answers, NaN in the
 * data, a budget of zero, Ctrl-C in the middle of a run).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReportV1Schema, type ReportV1 } from '../../src/report/index.js';
import { matrixFromRows } from '../../src/ml/index.js';
import { csv, descriptor, linearModel, linearRows, makeLinearSystem, type TempSystem } from '../../src/assess/model-tests/test-support/linear-system.js';
import { runBuiltCli } from '../helpers/built-cli.js';

let system: TempSystem;
let onnx: string;
let evalCsv: string;
const servers: Server[] = [];

beforeAll(async () => {
  system = await makeLinearSystem();
  onnx = path.join(system.dir, 'models', 'scorer.onnx');
  evalCsv = path.join(system.dir, 'data', 'eval.csv');
});
afterAll(() => system.remove());
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function report(out: string): Promise<ReportV1> {
  return ReportV1Schema.parse(JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')));
}

interface ServeOptions {
  /** Wait this long before each answer. */
  readonly delayMs?: number;
  /** Never answer. */
  readonly hang?: boolean;
}

/** The test's model behind POST /predict on 127.0.0.1: {"rows": [[...]]} in, {"scores": [[p0, p1]]} out. */
async function serve(options: ServeOptions = {}): Promise<{ url: string; requests: () => number }> {
  const { model } = linearModel();
  let requests = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests++;
      if (options.hang) return;
      const rows = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { rows: number[][] }).rows;
      const P = model.predictProba(matrixFromRows(rows));
      const answer = JSON.stringify({ scores: rows.map((_, i) => [P.data[i * 2], P.data[i * 2 + 1]]) });
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end(answer);
      }, options.delayMs ?? 0);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/predict`, requests: () => requests };
}

/** A system folder whose endpoint serves the model at `url` with the mapping `extra` adds to. */
async function endpointSystem(url: string, extra: string[] = []): Promise<TempSystem> {
  return makeLinearSystem(
    descriptor([], [
      'endpoints:',
      '  - name: scoring',
      `    url: ${url}`,
      '    auth: none',
      '    serves: scorer',
      '    model:',
      '      numFeatures: 3',
      '      request: { field: /rows }',
      '      response: { probabilities: /scores }',
      ...extra.map((l) => `      ${l}`),
    ]),
  );
}

describe('aisec test on an ONNX file without a descriptor', () => {
  it('writes a report with the robustness evaluation of the model', async () => {
    const out = path.join(system.dir, 'out-onnx');
    const run = await runBuiltCli(['test', 'robustness', '--onnx', onnx, '--data', evalCsv, '--label', 'label', '--profile', 'quick', '--out', out, '--fail-on', 'none'], { cwd: system.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const r = await report(out);
    expect(r.targets).toEqual([expect.objectContaining({ path: onnx, kind: 'model', format: 'onnx', status: 'complete', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(r.evaluations).toHaveLength(1);
    const [evaluation] = r.evaluations;
    expect(evaluation).toMatchObject({ kind: 'robustness', model: onnx, target: onnx, status: 'complete' });
    expect(evaluation!.queries).toBeGreaterThan(100);
    expect(evaluation!.headline.length).toBeGreaterThan(20);
    expect(evaluation!.charts.length).toBeGreaterThan(0);
    expect(r.summary.exitCode).toBe(0);
    expect(run.stdout).toContain(evaluation!.headline.split(' ').slice(0, 4).join(' '));
  }, 240_000);
});

describe('aisec test on a model behind an HTTP endpoint', () => {
  it('sends the rows through the descriptor\'s mapping and reports the evaluation', async () => {
    const server = await serve();
    const s = await endpointSystem(server.url);
    try {
      const out = path.join(s.dir, 'out');
      const run = await runBuiltCli(['test', 'robustness', s.dir, '--url', server.url, '--profile', 'quick', '--out', out, '--format', 'json', '--fail-on', 'none']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const r = await report(out);
      expect(r.system?.name).toBe('linear-demo');
      expect(r.targets).toEqual([expect.objectContaining({ path: server.url, kind: 'endpoint', format: 'http', status: 'complete', asset: 'scorer' })]);
      expect(r.evaluations[0]).toMatchObject({ kind: 'robustness', model: 'scorer', target: server.url, status: 'complete' });
      expect(server.requests()).toBeGreaterThan(10);
    } finally {
      await s.remove();
    }
  }, 240_000);
});

describe('aisec test on hostile input', () => {
  it('refuses a model whose input does not fit the data, naming both sizes (exit 2)', async () => {
    const { rows, y } = linearRows(40, 5);
    const wide = await system.write('wide.csv', csv(rows.map((r) => [...r, 7]), y, ['age', 'income', 'debt', 'extra', 'label']));
    const run = await runBuiltCli(['test', 'robustness', '--onnx', onnx, '--data', wide, '--label', 'label'], { cwd: system.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ERR_MODEL_INPUT');
    expect(run.stderr).toMatch(/takes 3 features per row, but the data gives 4/);
    expect(run.stdout).toBe('');
  }, 60_000);

  it('ends a test against an endpoint that never answers, with the fix and without hanging (exit 3)', async () => {
    const server = await serve({ hang: true });
    const s = await endpointSystem(server.url, ['numClasses: 2', 'timeoutMs: 300', 'retries: 0']);
    try {
      const out = path.join(s.dir, 'out');
      const run = await runBuiltCli(['test', 'robustness', s.dir, '--url', server.url, '--profile', 'quick', '--out', out, '--format', 'json', '--fail-on', 'none']);
      expect(run.code).toBe(3);
      expect(run.ms).toBeLessThan(60_000);
      const r = await report(out);
      expect(r.evaluations[0]).toMatchObject({ status: 'error', message: expect.stringContaining('raise timeoutMs or retries') });
      expect(r.targets[0]).toMatchObject({ status: 'error' });
      expect(r.summary.exitCode).toBe(3);
    } finally {
      await s.remove();
    }
  }, 120_000);

  it('refuses an endpoint that does not answer its first question, with the fix (exit 2)', async () => {
    const server = await serve({ hang: true });
    const s = await endpointSystem(server.url, ['timeoutMs: 300', 'retries: 0']);
    try {
      const run = await runBuiltCli(['test', 'privacy', s.dir, '--url', server.url]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/ERR_ENDPOINT_TIMEOUT/);
      expect(run.stderr).toContain('raise timeoutMs or retries');
      expect(run.ms).toBeLessThan(30_000);
    } finally {
      await s.remove();
    }
  }, 60_000);

  it('leaves out rows with NaN and says so; refuses data with no usable row (exit 2)', async () => {
    const { rows, y } = linearRows(60, 6);
    const holes = await system.write('holes.csv', csv(rows.map((r, i) => (i % 10 === 0 ? [r[0]!, 'NaN', r[2]!] : r)), y));
    const out = path.join(system.dir, 'out-nan');
    const run = await runBuiltCli(['test', 'privacy', '--onnx', onnx, '--data', holes, '--label', 'label', '--out', out, '--format', 'json', '--fail-on', 'none'], { cwd: system.dir });
    expect([0, 3]).toContain(run.code);
    const r = await report(out);
    expect(r.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'rows-skipped', message: expect.stringContaining('6 with a missing or non-numeric income (e.g. "NaN")') })]));
    expect(r.evaluations[0]!.kind).toBe('privacy');

    const all = await system.write('all-nan.csv', csv(rows.map((r) => [r[0]!, 'NaN', r[2]!]), y));
    const refused = await runBuiltCli(['test', 'privacy', '--onnx', onnx, '--data', all, '--label', 'label'], { cwd: system.dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/ERR_MODEL_INPUT/);
    expect(refused.stderr).toContain('60 with a missing or non-numeric income');
  }, 120_000);

  it('refuses a budget of zero (exit 2)', async () => {
    const run = await runBuiltCli(['test', 'extraction', '--onnx', onnx, '--data', evalCsv, '--label', 'label', '--budget', '0'], { cwd: system.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ERR_USAGE/);
    expect(run.stderr).toContain('budget must be a whole number ≥ 1');
  }, 60_000);

  it('stops on Ctrl-C, writes the partial report marked incomplete and exits 3', async () => {
    const server = await serve({ delayMs: 40 });
    const s = await endpointSystem(server.url, ['numClasses: 2', 'concurrency: 1', 'maxBatch: 8']);
    try {
      const out = path.join(s.dir, 'out');
      let interrupted = false;
      const run = await runBuiltCli(['test', 'robustness', s.dir, '--url', server.url, '--out', out, '--format', 'json', '--fail-on', 'none'], {
        onSpawn: (child) => {
          const poll = setInterval(() => {
            // Interrupt once the test is well under way.
            if (server.requests() >= 20 && !interrupted) {
              interrupted = true;
              clearInterval(poll);
              child.kill('SIGINT');
            }
          }, 20);
          child.on('close', () => clearInterval(poll));
        },
      });
      expect(interrupted).toBe(true);
      expect(run.code).toBe(3);
      const r = await report(out);
      expect(r.evaluations[0]).toMatchObject({ kind: 'robustness', status: 'incomplete' });
      expect(r.evaluations[0]!.message).toMatch(/cancel|interrupt/i);
      expect(r.targets[0]).toMatchObject({ status: 'incomplete' });
      expect(r.summary).toMatchObject({ incomplete: 1, exitCode: 3 });
    } finally {
      await s.remove();
    }
  }, 240_000);
});
