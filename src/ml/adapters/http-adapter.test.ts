import { afterEach, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { createMatrix, matrixFromRows, rowOf, type Matrix } from '../models/matrix.js';
import { openHttpModel, type HttpModelAdapter } from './http-adapter.js';
import type { HttpModelMappingInput } from './http-mapping.js';
import { probeHttpModel } from './probe-http-model.js';
import { QueryBudget } from './query-budget.js';
import { logisticModel, sendJsonResponse, startModelServer, type Handler, type ModelServer, type SeenRequest } from './test-support/model-server.js';

const servers: ModelServer[] = [];
const models: HttpModelAdapter[] = [];
afterEach(async () => {
  await Promise.all(models.splice(0).map((m) => m.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<ModelServer> {
  const server = await startModelServer(handler);
  servers.push(server);
  return server;
}

async function open(mapping: HttpModelMappingInput, options: Parameters<typeof openHttpModel>[1] = {}): Promise<HttpModelAdapter> {
  const model = await openHttpModel(mapping, options);
  models.push(model);
  return model;
}

async function failure(promise: Promise<unknown>): Promise<AisecError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    return error as AisecError;
  }
  throw new Error('expected a failure');
}

/** Rows of the batch request body `{ inputs: [[...], ...] }`. */
function inputsOf(req: SeenRequest): number[][] {
  return (req.body as { inputs: number[][] }).inputs;
}

/** A logistic model answering `{ probabilities: [[p0, p1], ...] }` to `{ inputs: [...] }`. */
const batchModel: Handler = (req, res) => sendJsonResponse(res, { probabilities: inputsOf(req).map(logisticModel) });

function grid(rows: number, cols = 4): Matrix {
  const m = createMatrix(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = Math.sin(i * 1.7) * 2;
  return m;
}

function expectLogistic(inputs: Matrix, probabilities: Matrix | undefined, labels: Int32Array): void {
  expect(probabilities?.rows).toBe(inputs.rows);
  for (let r = 0; r < inputs.rows; r++) {
    const expected = logisticModel(Array.from(rowOf(inputs, r)));
    expect(probabilities!.data[r * 2]).toBeCloseTo(expected[0], 12);
    expect(probabilities!.data[r * 2 + 1]).toBeCloseTo(expected[1], 12);
    expect(labels[r]).toBe(expected[1] > expected[0] ? 1 : 0);
  }
}

describe('openHttpModel: request and response mappings', () => {
  it('sends batches of maxBatch rows and reads a list of probability rows', async () => {
    const server = await serve(batchModel);
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, request: { template: { model: 'v2' } }, response: { probabilities: '/probabilities' }, maxBatch: 64 });
    expect(model).toMatchObject({ name: server.url, numFeatures: 4, numClasses: 2, output: 'probabilities', queriesUsed: 0, queriesLeft: Infinity });
    const inputs = grid(150);
    const { labels, probabilities } = await model.predict(inputs);
    expectLogistic(inputs, probabilities, labels);
    expect(server.requests.map((r) => inputsOf(r).length).sort((a, b) => a - b)).toEqual([22, 64, 64]);
    expect(server.requests[0]?.body).toMatchObject({ model: 'v2' });
    expect(model.queriesUsed).toBe(150);
  });

  it('sends one row per request in single mode, as an object keyed by feature names', async () => {
    const names = ['age', 'income', 'debt', 'tenure'];
    const server = await serve((req, res) => {
      const row = (req.body as { instance: Record<string, number> }).instance;
      const [deny, approve] = logisticModel(names.map((n) => row[n]!));
      sendJsonResponse(res, { predictions: [{ scores: { approve, deny } }] });
    });
    const model = await open({
      url: server.url,
      featureNames: names,
      request: { mode: 'single', field: '/instance', row: 'object' },
      response: { probabilities: '/predictions/*/scores', classes: ['deny', 'approve'] },
    });
    const inputs = grid(7);
    const { labels, probabilities } = await model.predict(inputs);
    expectLogistic(inputs, probabilities, labels);
    expect(server.requests).toHaveLength(7);
    expect(Object.keys((server.requests[0]?.body as { instance: object }).instance)).toEqual(names);
  });

  it('sends a batch as a list of objects keyed by feature names', async () => {
    const server = await serve((req, res) => {
      const rows = (req.body as { data: { instances: Record<string, number>[] } }).data.instances;
      sendJsonResponse(res, { outputs: rows.map((row) => ({ proba: logisticModel([row.a!, row.b!, row.c!, row.d!]) })) });
    });
    const model = await open({
      url: server.url,
      featureNames: ['a', 'b', 'c', 'd'],
      numClasses: 2,
      request: { field: '/data/instances', row: 'object' },
      response: { probabilities: '/outputs/*/proba' },
    });
    const inputs = grid(10);
    const { labels, probabilities } = await model.predict(inputs);
    expectLogistic(inputs, probabilities, labels);
  });

  it('reads labels as class names mapped through the declared classes', async () => {
    const server = await serve((req, res) => sendJsonResponse(res, { decisions: inputsOf(req).map((row) => (logisticModel(row)[1] > 0.5 ? 'approve' : 'deny')) }));
    const model = await open({ url: server.url, numFeatures: 4, response: { labels: '/decisions', classes: ['deny', 'approve'] } });
    expect(model).toMatchObject({ output: 'labels', numClasses: 2 });
    const inputs = grid(20);
    const prediction = await model.predict(inputs);
    expect(prediction.probabilities).toBeUndefined();
    expect(Array.from(prediction.labels)).toEqual(Array.from({ length: 20 }, (_, r) => (logisticModel(Array.from(rowOf(inputs, r)))[1] > 0.5 ? 1 : 0)));
  });

  it('answers an empty batch without sending anything', async () => {
    const server = await serve(batchModel);
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' } });
    const prediction = await model.predict(createMatrix(0, 4));
    expect(prediction.labels).toHaveLength(0);
    expect(prediction.probabilities).toMatchObject({ rows: 0, cols: 2 });
    expect(server.requests).toHaveLength(0);
  });

  it('names the model after the URL without its query', async () => {
    const server = await serve(batchModel);
    const model = await open({ url: `${server.url}?key=abc`, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' } });
    expect(model.name).toBe(`${server.url}?…`);
    expect(model.url).toBe(`${server.url}?…`);
    const named = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' } }, { name: 'scoring-api' });
    expect(named.name).toBe('scoring-api');
  });
});

describe('probing', () => {
  it('finds out that an endpoint returns probabilities, and how many classes, with one counted row', async () => {
    const server = await serve((req, res) => sendJsonResponse(res, { out: inputsOf(req).map(() => [0.2, 0.3, 0.5]) }));
    const model = await open({ url: server.url, numFeatures: 4, response: { output: '/out' }, queryBudget: 10 });
    expect(model).toMatchObject({ output: 'probabilities', numClasses: 3, queriesUsed: 1, queriesLeft: 9 });
    expect(inputsOf(server.requests[0]!)).toEqual([[0, 0, 0, 0]]);
  });

  it('finds out that an endpoint returns only labels', async () => {
    const server = await serve((req, res) => sendJsonResponse(res, { out: inputsOf(req).map(() => 'b') }));
    expect(await probeHttpModel({ url: server.url, numFeatures: 2, response: { output: '/out', classes: ['a', 'b', 'c'] } }, { row: [1, 2] })).toEqual({
      name: server.url,
      numFeatures: 2,
      numClasses: 3,
      output: 'labels',
    });
    expect(inputsOf(server.requests[0]!)).toEqual([[1, 2]]);
  });

  it('asks for classes when the answer cannot show how many there are', async () => {
    const server = await serve((req, res) => sendJsonResponse(res, { out: inputsOf(req).map(() => 1) }));
    const error = await failure(probeHttpModel({ url: server.url, numFeatures: 2, response: { output: '/out' } }));
    expect(error.code).toBe('ERR_CONFIG_INVALID');
    expect(error.message).toContain('the endpoint answers with labels (the number 1) at /out/0; add response.classes (in the model\'s class order) or numClasses');
  });

  it('checks a declared mapping against the answer', async () => {
    const server = await serve((req, res) => sendJsonResponse(res, { probabilities: inputsOf(req).map(() => [0.2, 0.3, 0.5]) }));
    const error = await failure(probeHttpModel({ url: server.url, numFeatures: 2, numClasses: 2, response: { probabilities: '/probabilities' } }));
    expect(error.message).toContain('/probabilities/0 (row 0 of the batch) has 3 scores, but the model has 2 classes');
  });

  it('refuses a probe row of the wrong length', async () => {
    const server = await serve(batchModel);
    expect((await failure(probeHttpModel({ url: server.url, numFeatures: 4, response: { output: '/p' } }, { row: [1] }))).code).toBe('ERR_MODEL_INPUT');
    expect(server.requests).toHaveLength(0);
  });

  it('gives back the probe row when the probe fails', async () => {
    const server = await serve((_req, res) => sendJsonResponse(res, { nothing: true }));
    const error = await failure(open({ url: server.url, numFeatures: 4, response: { output: '/out' }, queryBudget: 5 }));
    expect(error.message).toContain('has no /out: the body has no key "out"');
  });
});

describe('concurrency and the query budget', () => {
  it('never has more than `concurrency` requests in flight, across calls', async () => {
    const single: Handler = (req, res) => sendJsonResponse(res, { probabilities: logisticModel((req.body as { inputs: number[] }).inputs) });
    const server = await serve((req, res) => {
      setTimeout(() => (Array.isArray(inputsOf(req)[0]) ? batchModel : single)(req, res), 25);
    });
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' }, maxBatch: 2, concurrency: 3 });
    await Promise.all([model.predict(grid(30)), model.predict(grid(10))]);
    expect(server.requests).toHaveLength(20);
    expect(server.maxInFlight).toBe(3);
    const wide = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' }, request: { mode: 'single' }, concurrency: 12 });
    await wide.predict(grid(60));
    expect(server.maxInFlight).toBe(12);
  });

  it('refuses a batch that would pass the budget before sending any row', async () => {
    const server = await serve(batchModel);
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' }, queryBudget: 100 });
    await model.predict(grid(60));
    const sent = server.requests.length;
    const error = await failure(model.predict(grid(50)));
    expect(error.code).toBe('ERR_MODEL_QUERY_BUDGET');
    expect(server.requests).toHaveLength(sent);
    expect(model).toMatchObject({ queriesUsed: 60, queriesLeft: 40 });
    await model.predict(grid(40));
    expect(model.queriesLeft).toBe(0);
  });

  it('shares a budget given in the options with other adapters', async () => {
    const server = await serve(batchModel);
    const budget = new QueryBudget(10);
    const mapping = { url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' }, queryBudget: 1000 };
    const a = await open(mapping, { budget });
    const b = await open(mapping, { budget });
    await a.predict(grid(6));
    expect((await failure(b.predict(grid(5)))).code).toBe('ERR_MODEL_QUERY_BUDGET');
    expect(b).toMatchObject({ queriesUsed: 6, queriesLeft: 4 });
  });

  it('counts only the rows of requests that were answered', async () => {
    const server = await serve((req, res) => (inputsOf(req)[0]![0] === 99 ? sendJsonResponse(res, { error: 'bad row' }, 400) : batchModel(req, res)));
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' }, maxBatch: 10, concurrency: 1 });
    const inputs = grid(30);
    inputs.data[10 * 4] = 99; // the first row of the second request
    const error = await failure(model.predict(inputs));
    expect(error.message).toContain('answered 400 ("{\\"error\\":\\"bad row\\"}")');
    expect(server.requests).toHaveLength(2); // the third request is never sent
    expect(model.queriesUsed).toBe(10);
  });

  it('counts a row once when its request is retried', async () => {
    const server = await serve((req, res) => (req.index === 0 ? sendJsonResponse(res, { error: 'warming up' }, 500) : batchModel(req, res)));
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' }, backoffMs: 1 });
    const inputs = grid(5);
    const { labels, probabilities } = await model.predict(inputs);
    expectLogistic(inputs, probabilities, labels);
    expect(server.requests).toHaveLength(2);
    expect(model.queriesUsed).toBe(5);
  });

  it('gives up on an endpoint that never answers and gives the rows back', async () => {
    const server = await serve(() => undefined);
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/p' }, timeoutMs: 100, retries: 1, backoffMs: 1 });
    const error = await failure(model.predict(grid(3)));
    expect(error.code).toBe('ERR_ENDPOINT_TIMEOUT');
    expect(error.message).toBe(`${server.url}: did not answer within 100 ms (2 attempts); check that the endpoint is up, or raise timeoutMs or retries`);
    expect(model.queriesUsed).toBe(0);
    await server.idle();
  });

  it('gives back the rows of an answer that does not match the mapping', async () => {
    const server = await serve((req, res) => sendJsonResponse(res, { probabilities: inputsOf(req).slice(1).map(logisticModel) }));
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' } });
    const error = await failure(model.predict(grid(5)));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.message).toContain('the answer to rows 0–4 has 4 entries at /probabilities for the 5 rows sent');
    expect(model.queriesUsed).toBe(0);
  });

  it('reports NaN scores with their path and row', async () => {
    const server = await serve((req, res) => {
      const rows = inputsOf(req).map(logisticModel).map((p) => p.map(String));
      rows[3]![0] = 'NaN';
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"probabilities": [${rows.map((r) => `[${r.join(',')}]`).join(',')}]}`);
    });
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' } });
    expect((await failure(model.predict(grid(5)))).message).toContain('the body holds NaN or Infinity');
  });
});

describe('inputs, headers and closing', () => {
  it('refuses rows of the wrong width or with non-finite values before sending', async () => {
    const server = await serve(batchModel);
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/probabilities' } });
    const wide = await failure(model.predict(grid(2, 5)));
    expect(wide.code).toBe('ERR_MODEL_INPUT');
    expect(wide.message).toContain('the rows have 5 features, but the model takes 4');
    const nan = await failure(model.predict(matrixFromRows([[0, 0, 0, 0], [1, Number.NaN, 0, 0]])));
    expect(nan.message).toContain('row 1, feature 1 is NaN');
    expect(server.requests).toHaveLength(0);
    expect(model.queriesUsed).toBe(0);
  });

  it('fills header values from the environment and keeps them out of errors', async () => {
    const server = await serve((req, res) => sendJsonResponse(res, { error: `token ${String(req.headers['x-api-key'])} is not allowed`, auth: req.headers.authorization }, 403));
    const env = { SCORING_TOKEN: 'tok-91c2d0e4', API_KEY: 'key-55aa77' };
    const model = await open(
      {
        url: server.url,
        numFeatures: 4,
        numClasses: 2,
        headers: { Authorization: 'Bearer ${env:SCORING_TOKEN}', 'X-Api-Key': '${env:API_KEY}' },
        response: { probabilities: '/probabilities' },
      },
      { env },
    );
    const error = await failure(model.predict(grid(1)));
    expect(server.requests[0]?.headers).toMatchObject({ authorization: 'Bearer tok-91c2d0e4', 'x-api-key': 'key-55aa77' });
    expect(error.message).toContain('answered 403');
    expect(error.message).toContain('check the credentials');
    for (const secret of Object.values(env)) {
      expect(error.message).not.toContain(secret);
      expect(JSON.stringify(error.details)).not.toContain(secret);
    }
    expect(JSON.stringify(model)).not.toContain('tok-91c2d0e4');
  });

  it('names a missing environment variable before sending anything', async () => {
    const server = await serve(batchModel);
    const error = await failure(open({ url: server.url, numFeatures: 4, numClasses: 2, headers: { Authorization: 'Bearer ${env:AISEC_TEST_UNSET}' }, response: { probabilities: '/p' } }, { env: {} }));
    expect(error.code).toBe('ERR_CONFIG_INVALID');
    expect(error.message).toContain('AISEC_TEST_UNSET is not set');
  });

  it('lists every problem of an invalid mapping', async () => {
    const error = await failure(open({ url: 'nope', response: {} } as HttpModelMappingInput));
    expect(error.code).toBe('ERR_CONFIG_INVALID');
    expect(error.message).toContain('url: must be an absolute http or https URL');
    expect(error.message).toContain('numFeatures: give numFeatures or featureNames');
    expect(error.message).toContain('response: give exactly one of probabilities, labels or output');
  });

  it('stops a pending call when the caller aborts, and gives its rows back', async () => {
    const server = await serve(() => undefined);
    const model = await open({ url: server.url, numFeatures: 4, numClasses: 2, response: { probabilities: '/p' } });
    const control = new AbortController();
    const pending = model.predict(grid(3), control.signal);
    await server.received(1);
    control.abort();
    expect((await failure(pending)).code).toBe('ERR_ABORTED');
    expect(model.queriesUsed).toBe(0);
    await server.idle();
  });

  it('close() cuts pending requests and retry waits, and leaves no handles or timers', async () => {
    const count = (kind: string): number => process.getActiveResourcesInfo().filter((r) => r === kind).length;
    const before = { timers: count('Timeout'), sockets: count('TCPSocketWrap') };
    const hanging = await startModelServer(() => undefined);
    const busy = await startModelServer((_req, res) => sendJsonResponse(res, {}, 503, { 'retry-after': '20' }));
    const mapping = { numFeatures: 4, numClasses: 2, response: { probabilities: '/p' }, timeoutMs: 60_000 };
    const a = await openHttpModel({ ...mapping, url: hanging.url });
    const b = await openHttpModel({ ...mapping, url: busy.url, retryAfterMaxMs: 60_000 });
    const pendingA = a.predict(grid(3));
    const pendingB = b.predict(grid(3));
    await Promise.all([hanging.received(1), busy.received(1)]);
    const started = Date.now();
    await Promise.all([a.close(), b.close(), a.close()]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await failure(pendingA)).message).toContain('the model was closed');
    expect((await failure(pendingB)).code).toBe('ERR_ABORTED');
    expect((await failure(a.predict(grid(1)))).message).toContain('the model was closed');
    await hanging.idle();
    await Promise.all([hanging.close(), busy.close()]);
    // Handles are released by close callbacks a moment later; a leaked timer (60 s timeout,
    // 20 s retry wait) or a referenced socket would still be there after two seconds.
    const deadline = Date.now() + 2_000;
    while ((count('Timeout') > before.timers || count('TCPSocketWrap') > before.sockets) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(count('Timeout')).toBeLessThanOrEqual(before.timers);
    expect(count('TCPSocketWrap')).toBeLessThanOrEqual(before.sockets);
  });
});
