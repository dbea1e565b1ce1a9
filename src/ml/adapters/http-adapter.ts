/**
 * A model behind an HTTP JSON endpoint as a {@link ModelAdapter}: a batch is split into
 * requests of at most maxBatch rows (one row each in single mode), sent with at most
 * `concurrency` in flight, and every answer is checked against the mapping. Rows count against
 * the query budget before anything is sent; the rows of a request that fails are given back.
 */
import { setMaxListeners } from 'node:events';
import { AisecError, isAisecError } from '../../core/errors.js';
import type { Matrix } from '../models/matrix.js';
import { displayUrl, prepareEndpoint, type HttpEndpoint, type HttpModelOptions } from './http-endpoint.js';
import type { HttpModelMapping, HttpModelMappingInput } from './http-mapping.js';
import { readAnswers, type AnswerShape } from './http-response.js';
import { checkInputRows } from './prediction-checks.js';
import type { ModelAdapter, OutputKind, Prediction } from './model-adapter.js';
import { declaredAnswers, discoverAnswers } from './probe-http-model.js';

/** A model adapter for an HTTP endpoint. */
export interface HttpModelAdapter extends ModelAdapter {
  /** The endpoint's address as shown in reports: origin and path, the query left out. */
  readonly url: string;
  /** How rows are sent: a batch per request, or one row per request. */
  readonly mode: 'rows' | 'single';
}

/**
 * Open the model behind an HTTP endpoint. When the mapping does not declare whether the
 * endpoint returns probabilities or labels, or how many classes there are, one row of zeros
 * is sent to find out; it counts as a query.
 *
 * @example
 * const model = await openHttpModel({
 *   url: 'https://scoring.example.com/v1/predict',
 *   headers: { Authorization: 'Bearer ${env:SCORING_TOKEN}' },
 *   featureNames: ['age', 'income'],
 *   request: { mode: 'rows', field: '/instances', row: 'object' },
 *   response: { probabilities: '/predictions/*' + '/scores', classes: ['deny', 'approve'] },
 *   queryBudget: 10_000,
 * });
 * const { labels, probabilities } = await model.predict(rows);
 * await model.close();
 */
export async function openHttpModel(mapping: HttpModelMappingInput | HttpModelMapping, options: HttpModelOptions = {}): Promise<HttpModelAdapter> {
  const endpoint = prepareEndpoint(mapping, options);
  const shape = declaredAnswers(endpoint) ?? (await discoverAnswers(endpoint, undefined, options.signal ?? new AbortController().signal));
  return new HttpAdapter(endpoint, shape);
}

class HttpAdapter implements HttpModelAdapter {
  readonly name: string;
  readonly numFeatures: number;
  readonly numClasses: number;
  readonly output: OutputKind;
  readonly url: string;
  readonly mode: 'rows' | 'single';
  readonly #endpoint: HttpEndpoint;
  readonly #shape: AnswerShape;
  readonly #closing = new AbortController();
  readonly #pending = new Set<Promise<unknown>>();

  constructor(endpoint: HttpEndpoint, shape: AnswerShape) {
    this.#endpoint = endpoint;
    this.#shape = shape;
    this.name = endpoint.name;
    this.numFeatures = endpoint.numFeatures;
    this.numClasses = shape.numClasses;
    this.output = shape.output;
    this.url = displayUrl(endpoint.mapping.url);
    this.mode = endpoint.mapping.request.mode;
  }

  get queriesUsed(): number {
    return this.#endpoint.budget.used;
  }

  get queriesLeft(): number {
    return this.#endpoint.budget.left;
  }

  predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
    if (this.#closing.signal.aborted) return Promise.reject(new AisecError('ERR_ABORTED', `${this.name}: the model was closed`));
    const call = this.#predict(inputs, signal);
    this.#pending.add(call);
    const forget = (): void => {
      this.#pending.delete(call);
    };
    call.then(forget, forget);
    return call;
  }

  async #predict(inputs: Matrix, signal: AbortSignal | undefined): Promise<Prediction> {
    checkInputRows(this.name, inputs, this.numFeatures);
    const rows = inputs.rows;
    const k = this.numClasses;
    const labels = new Int32Array(rows);
    const probabilities = this.output === 'probabilities' ? new Float64Array(rows * k) : undefined;
    const prediction = (): Prediction => (probabilities === undefined ? { labels } : { labels, probabilities: { rows, cols: k, data: probabilities } });
    if (rows === 0) return prediction();
    if (signal?.aborted) throw new AisecError('ERR_ABORTED', `${this.name}: the call was cancelled`, { cause: signal.reason });
    this.#endpoint.budget.spend(rows, this.name);

    const batch = this.mode === 'single' ? 1 : this.#endpoint.mapping.maxBatch;
    const requests = Math.ceil(rows / batch);
    const control = new AbortController();
    // Each worker listens on it twice at most (waiting for a slot, and its request).
    setMaxListeners(2 * this.#endpoint.mapping.concurrency + 2, control.signal);
    const stop = (reason: unknown): void => control.abort(reason);
    const onCaller = (): void => stop(new AisecError('ERR_ABORTED', `${this.name}: the call was cancelled`, { cause: signal?.reason }));
    const onClose = (): void => stop(this.#closing.signal.reason);
    signal?.addEventListener('abort', onCaller, { once: true });
    this.#closing.signal.addEventListener('abort', onClose, { once: true });
    let next = 0;
    let answered = 0;
    let failure: AisecError | undefined;
    // At most `concurrency` workers per call take the requests in order; the shared limit
    // bounds the requests in flight across calls.
    const worker = async (): Promise<void> => {
      while (failure === undefined && next < requests) {
        const start = next++ * batch;
        const end = Math.min(rows, start + batch);
        try {
          await this.#send(inputs, start, end, control.signal, { labels, probabilities });
          answered += end - start;
        } catch (error) {
          failure ??= this.#asAisecError(error, control.signal);
          stop(failure);
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(requests, this.#endpoint.mapping.concurrency) }, worker));
    } finally {
      signal?.removeEventListener('abort', onCaller);
      this.#closing.signal.removeEventListener('abort', onClose);
      if (failure !== undefined) this.#endpoint.budget.refund(rows - answered);
    }
    if (failure !== undefined) throw failure;
    return prediction();
  }

  async #send(inputs: Matrix, start: number, end: number, signal: AbortSignal, into: { labels: Int32Array; probabilities: Float64Array | undefined }): Promise<void> {
    const body = await this.#endpoint.request(inputs, start, end, signal);
    readAnswers(body, this.#shape, { name: this.name, first: start, rows: end - start, ...into });
  }

  #asAisecError(error: unknown, signal: AbortSignal): AisecError {
    if (isAisecError(error)) return error;
    if (signal.aborted) return isAisecError(signal.reason) ? signal.reason : new AisecError('ERR_ABORTED', `${this.name}: the call was cancelled`, { cause: error });
    return new AisecError('ERR_INTERNAL', `${this.name}: unexpected failure while asking the endpoint: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }

  async close(): Promise<void> {
    if (!this.#closing.signal.aborted) this.#closing.abort(new AisecError('ERR_ABORTED', `${this.name}: the model was closed`));
    await Promise.allSettled([...this.#pending]);
  }
}
