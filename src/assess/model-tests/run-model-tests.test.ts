import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { fingerprintOf } from '../../core/finding.js';
import { startModelServer, type ModelServer } from '../../ml/adapters/test-support/model-server.js';
import { defineTestSuite } from '../../attacks/index.js';
import { matrixFromRows } from '../../ml/index.js';
import { resolveSystem } from '../resolve-system.js';
import { runModelTests, type RunModelTestsOptions } from './run-model-tests.js';
import { accuracySuite, csv, descriptor, linearModel, linearRows, makeLinearSystem, type SeenContext, type TempSystem } from './test-support/linear-system.js';

let systems: TempSystem[] = [];
let servers: ModelServer[] = [];
afterEach(async () => {
  await Promise.all([...systems.map((s) => s.remove()), ...servers.map((s) => s.close())]);
  systems = [];
  servers = [];
});

async function system(yaml?: string): Promise<TempSystem> {
  const s = await makeLinearSystem(yaml);
  systems.push(s);
  return s;
}

async function failure(options: RunModelTestsOptions): Promise<AisecError> {
  try {
    await runModelTests(options);
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    return error as AisecError;
  }
  throw new Error('expected runModelTests to fail');
}

function lineOf(yaml: string, text: string): number {
  return yaml.split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('runModelTests on a model declared in aisec.yaml', () => {
  it('runs the suite on the ONNX file with the declared rows, settings, profile and recipe', async () => {
    const yaml = descriptor(['    tests:', '      robustness: { minAccuracy: 0.999 }', '      seed: 5', '    recipe: { learner: logistic-regression }']);
    const s = await system(yaml);
    const seen: SeenContext = {};
    const progress: number[] = [];
    const result = await runModelTests({
      system: await resolveSystem(s.dir),
      model: 'scorer',
      kinds: ['robustness'],
      profile: 'quick',
      suites: [accuracySuite('robustness', seen)],
      onProgress: (p) => progress.push(p.done),
    });
    const ctx = seen.ctx!;
    expect(ctx.featureNames).toEqual(['age', 'income', 'debt']);
    expect(ctx.evaluation.X.rows).toBe(120);
    expect(ctx.training?.X.rows).toBe(400);
    expect(ctx.seed).toBe(5);
    expect(ctx.recipe?.learner.name).toBe('logistic-regression');
    expect(ctx.options).toEqual({ profile: 'quick', criticality: 'credit', minAccuracy: 0.999 });
    expect(progress.at(-1)).toBe(120);

    const [evaluation] = result.evaluations;
    expect(evaluation).toMatchObject({ kind: 'robustness', model: 'scorer', target: path.join(s.dir, 'models/scorer.onnx'), status: 'complete', queries: 120 });
    expect(evaluation!.metrics!.accuracy).toBeGreaterThan(0.85);
    expect(evaluation!.headline).toContain('(quick)');
    // The finding is at the file as shown, fingerprinted on its path in the system folder.
    const [finding] = result.findings;
    expect(finding).toMatchObject({ ruleId: 'robustness/low-accuracy', location: { path: path.join(s.dir, 'models/scorer.onnx') }, taxonomy: { owasp: ['ML01'] } });
    expect(finding!.fingerprint).toBe(fingerprintOf({ ruleId: 'robustness/low-accuracy', path: 'models/scorer.onnx', key: 'accuracy' }));
    expect(evaluation!.findings).toEqual([finding!.fingerprint]);
    expect(result.target).toMatchObject({ kind: 'model', format: 'onnx', status: 'complete', asset: 'scorer', key: 'models/scorer.onnx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('names a feature that is not in the data file at its line in aisec.yaml, with the likely column', async () => {
    const yaml = descriptor().replace('features: [age, income, debt]', 'features: [age, incme, debt]');
    const s = await system(yaml);
    const error = await failure({ system: await resolveSystem(s.dir), kinds: ['robustness'], suites: [accuracySuite('robustness')] });
    expect(error.code).toBe('ERR_DATA_COLUMN');
    expect(error.message).toMatch(new RegExp(`aisec\\.yaml:${lineOf(yaml, 'features: [age, incme')}:\\d+  models\\[0\\]\\.input\\.features\\[1\\]: the input feature "incme" is not a column of .*eval\\.csv; did you mean "income"\\?`));
  });

  it('reports a bad suite setting at its line before opening the model', async () => {
    const yaml = descriptor(['    tests:', '      robustness: { minAcuracy: 2 }']);
    const s = await system(yaml);
    const error = await failure({ system: await resolveSystem(s.dir), kinds: ['robustness'], suites: [accuracySuite('robustness')] });
    expect(error.code).toBe('ERR_CONFIG_INVALID');
    expect(error.message).toContain(`aisec.yaml:${lineOf(yaml, 'minAcuracy')}:`);
    expect(error.message).toContain('unknown key "minAcuracy"; did you mean "minAccuracy"?');
  });

  it('needs evaluation data and a model that can be queried', async () => {
    const noEval = await system(descriptor().replace('role: eval', 'role: reference'));
    expect((await failure({ system: await resolveSystem(noEval.dir), kinds: ['privacy'], suites: [accuracySuite('privacy')] })).message).toContain('No evaluation data');
    const noFile = await system(descriptor().replace('    path: models/scorer.onnx\n', ''));
    expect((await failure({ system: await resolveSystem(noFile.dir), kinds: ['privacy'], suites: [accuracySuite('privacy')] })).message).toContain('cannot be queried');
    const unknown = await failure({ system: await resolveSystem(noFile.dir), model: 'scorr', kinds: ['privacy'], suites: [accuracySuite('privacy')] });
    expect(unknown).toMatchObject({ code: 'ERR_ASSET_NOT_FOUND', message: expect.stringContaining('did you mean "scorer"?') });
  });
});

describe('runModelTests on a file given on its own', () => {
  it('refuses data whose width is not the model\'s input, naming both sizes', async () => {
    const s = await system();
    const { rows, y } = linearRows(20, 3);
    const data = await s.write('wide.csv', csv(rows.map((r) => [...r, 1]), y, ['age', 'income', 'debt', 'extra', 'label']));
    const error = await failure({ onnxPath: path.join(s.dir, 'models/scorer.onnx'), data: { path: data, label: 'label' }, kinds: ['robustness'], suites: [accuracySuite('robustness')] });
    expect(error.code).toBe('ERR_MODEL_INPUT');
    expect(error.message).toMatch(/takes 3 features per row, but the data gives 4: the 4 columns of .*wide\.csv other than the label "label"/);
    expect(error.message).toContain('--features');
  });

  it('leaves out rows with NaN or missing values, says so, and refuses data with no usable row', async () => {
    const s = await system();
    const { rows, y } = linearRows(30, 4);
    const cells: (number | string)[][] = rows.map((r, i) => (i < 5 ? [r[0]!, 'NaN', r[2]!] : i < 7 ? [r[0]!, r[1]!, ''] : r));
    const data = await s.write('holes.csv', csv(cells, y));
    const seen: SeenContext = {};
    const result = await runModelTests({ onnxPath: path.join(s.dir, 'models/scorer.onnx'), data: { path: data, label: 'label' }, kinds: ['privacy'], suites: [accuracySuite('privacy', seen)] });
    expect(seen.ctx!.evaluation.X.rows).toBe(23);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'rows-skipped', level: 'warning', message: expect.stringMatching(/7 rows .* 5 with a missing or non-numeric income \(e\.g\. "NaN"\); 2 with a missing or non-numeric debt/) })]);
    expect(result.target).toMatchObject({ status: 'complete', path: path.join(s.dir, 'models/scorer.onnx') });

    const empty = await s.write('empty.csv', csv(rows.map((r) => [r[0]!, 'NaN', r[2]!]), y));
    const error = await failure({ onnxPath: path.join(s.dir, 'models/scorer.onnx'), data: { path: empty, label: 'label' }, kinds: ['privacy'], suites: [accuracySuite('privacy')] });
    expect(error).toMatchObject({ code: 'ERR_MODEL_INPUT', message: expect.stringContaining('30 with a missing or non-numeric income') });
  });

  it('refuses a budget of zero', async () => {
    const s = await system();
    const error = await failure({ onnxPath: path.join(s.dir, 'models/scorer.onnx'), data: { path: path.join(s.dir, 'data/eval.csv'), label: 'label' }, budget: 0, kinds: ['robustness'], suites: [accuracySuite('robustness')] });
    expect(error).toMatchObject({ code: 'ERR_USAGE', message: expect.stringContaining('≥ 1') });
  });

  it('gives each suite its own budget: a suite that runs out stops there, the next still runs with its own', async () => {
    const s = await system();
    const result = await runModelTests({
      onnxPath: path.join(s.dir, 'models/scorer.onnx'),
      data: { path: path.join(s.dir, 'data/eval.csv'), label: 'label' },
      budget: 50,
      kinds: ['robustness', 'privacy'],
      suites: [accuracySuite('robustness'), accuracySuite('privacy')],
    });
    expect(result.evaluations.map((e) => [e.kind, e.status, e.queries])).toEqual([
      ['robustness', 'error', 50],
      ['privacy', 'error', 50],
    ]);
    expect(result.evaluations[0]!.message).toContain('query budget');
    expect(result.target.status).toBe('error');
  });
});

describe('runModelTests when interrupted', () => {
  it('returns what ran, marked incomplete, and does not start the next suite', async () => {
    const s = await system();
    const controller = new AbortController();
    const result = await runModelTests({
      system: await resolveSystem(s.dir),
      kinds: ['robustness', 'extraction'],
      signal: controller.signal,
      suites: [
        accuracySuite('robustness', {}, { beforeBatch: (b) => (b === 3 ? controller.abort() : undefined) }),
        accuracySuite('extraction'),
      ],
    });
    expect(result.evaluations.map((e) => [e.kind, e.status])).toEqual([
      ['robustness', 'incomplete'],
      ['extraction', 'incomplete'],
    ]);
    expect(result.evaluations[0]!.metrics).toMatchObject({ asked: 30 });
    expect(result.evaluations[1]!.headline).toContain('interrupted before the extraction tests started');
    expect(result.target.status).toBe('incomplete');
  });

  it('turns a suite that rejects into an evaluation with status error', async () => {
    const s = await system();
    const broken = { ...accuracySuite('privacy'), run: () => Promise.reject(new Error('boom')) };
    const result = await runModelTests({ system: await resolveSystem(s.dir), kinds: ['privacy'], suites: [broken] });
    expect(result.evaluations[0]).toMatchObject({ status: 'error', headline: 'The privacy tests failed: boom' });
    expect(result.target.status).toBe('error');
  });
});

describe('runModelTests through an HTTP endpoint', () => {
  async function serveModel(delayMs = 0): Promise<ModelServer> {
    const { model } = linearModel();
    const server = await startModelServer(async (request, response) => {
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      const rows = (request.body as { rows: number[][] }).rows;
      const P = model.predictProba(matrixFromRows(rows));
      const scores = rows.map((_, i) => [P.data[i * 2]!, P.data[i * 2 + 1]!]);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ scores }));
    });
    servers.push(server);
    return server;
  }

  const endpoint = (url: string, extra: string[] = []) => [
    'endpoints:',
    '  - name: api',
    `    url: ${url}`,
    '    auth: none',
    '    serves: scorer',
    '    model:',
    '      numFeatures: 3',
    '      request: { field: /rows }',
    '      response: { probabilities: /scores }',
    ...extra,
  ];

  it('finds the endpoint by URL and sends rows through its mapping', async () => {
    const server = await serveModel();
    const s = await system(descriptor([], endpoint(server.url)));
    const result = await runModelTests({ system: await resolveSystem(s.dir), url: server.url, kinds: ['robustness'], suites: [accuracySuite('robustness')] });
    expect(result.evaluations[0]).toMatchObject({ status: 'complete', target: server.url, model: 'scorer', queries: 120 });
    expect(result.evaluations[0]!.metrics!.accuracy).toBeGreaterThan(0.85);
    expect(result.target).toMatchObject({ kind: 'endpoint', format: 'http', path: server.url, status: 'complete' });
    // The probe (one row) and the suite's 120 rows, ten at a time.
    expect(server.requests.map((r) => (r.body as { rows: unknown[] }).rows.length).reduce((a, b) => a + b, 0)).toBe(121);
  });

  it('refuses an endpoint that does not answer the probe in time, with the fix, without hanging', async () => {
    const server = await serveModel(2_000);
    const s = await system(descriptor([], endpoint(server.url, ['      timeoutMs: 100', '      retries: 0'])));
    const started = Date.now();
    const error = await failure({ system: await resolveSystem(s.dir), endpoint: 'api', kinds: ['robustness'], suites: [accuracySuite('robustness')] });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(error).toMatchObject({ code: 'ERR_ENDPOINT_TIMEOUT', message: expect.stringContaining('raise timeoutMs or retries') });
  });

  it('ends a suite whose endpoint stops answering with status error and the fix', async () => {
    const server = await serveModel(2_000);
    const s = await system(descriptor([], endpoint(server.url, ['      numClasses: 2', '      timeoutMs: 100', '      retries: 0'])));
    const started = Date.now();
    const result = await runModelTests({ system: await resolveSystem(s.dir), endpoint: 'api', kinds: ['robustness'], suites: [accuracySuite('robustness')] });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(result.evaluations[0]).toMatchObject({ status: 'error', message: expect.stringContaining('raise timeoutMs or retries') });
    expect(result.target.status).toBe('error');
  });
});

describe('runModelTests with a suite that breaks the report contract', () => {
  it('turns a NaN figure into an error evaluation naming the field, and keeps the other suites', async () => {
    const s = await system(descriptor(['    tests:', '      robustness: { minAccuracy: 0.5 }']));
    const good = accuracySuite('robustness');
    const broken = defineTestSuite({
      ...accuracySuite('privacy'),
      async run() {
        return {
          evaluation: { kind: 'privacy', model: 'scorer', target: 'x', status: 'complete', headline: 'h', queries: 0, durationMs: 1, metrics: { auc: Number.NaN } },
          findings: [],
        };
      },
    });
    const result = await runModelTests({ system: await resolveSystem(s.dir), model: 'scorer', kinds: ['robustness', 'privacy'], suites: [good, broken] });
    const byKind = Object.fromEntries(result.evaluations.map((e) => [e.kind, e]));
    expect(byKind.robustness!.status).toBe('complete');
    expect(byKind.privacy).toMatchObject({ status: 'error', message: expect.stringContaining('metrics.auc') });
    expect(result.target.status).toBe('error');
  });
});
