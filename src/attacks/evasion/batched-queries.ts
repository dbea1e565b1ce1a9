/**
 * One worker per example, their queries sent to the model together. Each worker is written as
 * plain sequential code (`await oracle.ask(rows)`); a query waits until every live worker is
 * waiting too, and then all of them go to the model in as few calls as the batch size allows.
 * The result is the same as one example at a time (each worker has its own random stream), but
 * a 200-example attack makes one model call per step instead of 200.
 *
 * Budgets: a worker may send at most `budget` rows, and the run at most what the adapter has
 * left; a query that does not fit ends its worker with {@link OutOfBudget} (the worker's best so
 * far stands) and nothing is sent for it. The adapter is never asked to pass its own budget.
 */
import { AisecError, isAisecError } from '../../core/errors.js';
import type { ModelAdapter, Prediction } from '../../ml/adapters/model-adapter.js';
import { createMatrix, type Matrix } from '../../ml/models/matrix.js';

/** Why a worker stopped early: its own budget, or the model's. */
export class OutOfBudget extends Error {
  constructor(readonly scope: 'example' | 'model') {
    super(scope === 'example' ? 'the example has spent its query budget' : 'the model has no queries left');
    this.name = 'OutOfBudget';
  }
}

/** The model's answer to one worker's rows. */
export interface Answer {
  readonly labels: Int32Array;
  /** `rows × numClasses` when the model gives scores. */
  readonly probabilities: Matrix | undefined;
}

/** What a worker sees of the model. */
export interface ExampleOracle {
  /** Rows this worker has sent. */
  readonly used: number;
  /** Rows it may still send (its own budget; the model's is checked when the rows are sent). */
  readonly left: number;
  /** Send rows (each `numFeatures` long) and wait for the answer. Rejects with {@link OutOfBudget} when they do not fit. */
  ask(rows: readonly Float64Array[]): Promise<Answer>;
}

/** How to reach the model. */
export interface QueryOptions {
  readonly where: string;
  /** Rows one worker may send. */
  readonly budget: number;
  readonly maxBatchRows: number;
  readonly needProbabilities: boolean;
  readonly signal: AbortSignal | undefined;
}

/** What a batched run reports besides the workers' own records. */
export interface BatchedRun {
  /** Rows each worker sent. */
  readonly used: Int32Array;
  /** Whether some worker was stopped because the model's budget ran out. */
  readonly modelBudgetReached: boolean;
}

interface Pending {
  readonly worker: number;
  readonly rows: readonly Float64Array[];
  resolve(answer: Answer): void;
  reject(error: unknown): void;
}

/**
 * Run `count` workers to the end, batching their queries. A worker ending with
 * {@link OutOfBudget} ends normally; any other error (a model failure, ERR_ABORTED) stops every
 * worker and is thrown.
 */
export async function runBatched(
  adapter: ModelAdapter,
  count: number,
  options: QueryOptions,
  work: (worker: number, oracle: ExampleOracle) => Promise<void>,
): Promise<BatchedRun> {
  const used = new Int32Array(count);
  let live = count;
  let pending: Pending[] = [];
  let flushing = false;
  let modelBudgetReached = false;
  const failures: unknown[] = [];

  const maybeFlush = (): void => {
    if (flushing || live === 0 || pending.length < live) return;
    flushing = true;
    const batch = pending;
    pending = [];
    void flush(batch).finally(() => {
      flushing = false;
      maybeFlush();
    });
  };

  const flush = async (batch: Pending[]): Promise<void> => {
    batch.sort((a, b) => a.worker - b.worker);
    try {
      // Let timers and I/O run between steps, so an abort fired by a timer is seen even when the model answers synchronously.
      await new Promise<void>((resolve) => setImmediate(resolve));
      throwIfAborted(options.signal, options.where);
      let room = adapterRoom(adapter);
      const sent: Pending[] = [];
      for (const request of batch) {
        if (request.rows.length <= room) {
          sent.push(request);
          room -= request.rows.length;
        } else {
          modelBudgetReached = true;
          request.reject(new OutOfBudget('model'));
        }
      }
      const rows = sent.flatMap((r) => r.rows);
      const answer = await predictRows(adapter, rows, options);
      let at = 0;
      for (const request of sent) {
        const k = request.rows.length;
        used[request.worker]! += k;
        request.resolve({
          labels: answer.labels.slice(at, at + k),
          probabilities: answer.probabilities && sliceRows(answer.probabilities, at, k),
        });
        at += k;
      }
    } catch (error) {
      // A model shared with other work may refuse a batch for its budget even though it
      // reported room for it: that ends these workers like any budget does.
      const refused = isAisecError(error, 'ERR_MODEL_QUERY_BUDGET');
      if (refused) modelBudgetReached = true;
      for (const request of batch) request.reject(refused ? new OutOfBudget('model') : error);
    }
  };

  const oracle = (worker: number): ExampleOracle => ({
    get used() {
      return used[worker]!;
    },
    get left() {
      return options.budget - used[worker]!;
    },
    ask(rows) {
      if (rows.length === 0) return Promise.resolve({ labels: new Int32Array(0), probabilities: undefined });
      if (rows.length > options.budget - used[worker]!) return Promise.reject(new OutOfBudget('example'));
      return new Promise<Answer>((resolve, reject) => {
        pending.push({ worker, rows, resolve, reject });
        maybeFlush();
      });
    },
  });

  const runs: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    runs.push(
      Promise.resolve()
        .then(() => work(i, oracle(i)))
        .catch((error: unknown) => {
          if (!(error instanceof OutOfBudget)) failures.push(error);
        })
        .finally(() => {
          live--;
          maybeFlush();
        }),
    );
  }
  await Promise.all(runs);
  if (failures.length > 0) throw failures[0];
  return { used, modelBudgetReached };
}

/**
 * Send rows to the model in calls of at most `maxBatchRows`, and check each answer's shape.
 * Used for the clean predictions before an attack and by {@link runBatched}.
 */
export async function predictRows(adapter: ModelAdapter, rows: readonly Float64Array[], options: Omit<QueryOptions, 'budget'>): Promise<Answer> {
  const C = adapter.numClasses;
  const labels = new Int32Array(rows.length);
  const probabilities = options.needProbabilities ? createMatrix(rows.length, C) : undefined;
  for (let start = 0; start < rows.length; start += options.maxBatchRows) {
    throwIfAborted(options.signal, options.where);
    const part = rows.slice(start, start + options.maxBatchRows);
    const inputs = createMatrix(part.length, adapter.numFeatures);
    part.forEach((row, r) => inputs.data.set(row, r * adapter.numFeatures));
    let prediction: Prediction;
    try {
      prediction = await adapter.predict(inputs, options.signal);
    } catch (error) {
      throwIfAborted(options.signal, options.where, error);
      if (isAisecError(error)) throw error;
      throw new AisecError('ERR_MODEL_RUNTIME', `${adapter.name} failed while answering ${options.where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    checkPrediction(adapter, prediction, part.length, options);
    labels.set(prediction.labels, start);
    if (probabilities) probabilities.data.set(prediction.probabilities!.data, start * C);
  }
  return { labels, probabilities };
}

function checkPrediction(adapter: ModelAdapter, prediction: Prediction, rows: number, options: Omit<QueryOptions, 'budget'>): void {
  const C = adapter.numClasses;
  const bad = (what: string): never => {
    throw new AisecError('ERR_MODEL_RUNTIME', `${adapter.name} answered ${options.where} with ${what}`);
  };
  if (prediction === null || typeof prediction !== 'object' || prediction.labels === null || typeof prediction.labels !== 'object') bad('no labels');
  if (prediction.labels.length !== rows) bad(`${prediction.labels.length} labels for ${rows} rows`);
  for (let i = 0; i < rows; i++) {
    const label = prediction.labels[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= C) bad(`label ${label} for row ${i}, outside its ${C} classes`);
  }
  if (!options.needProbabilities) return;
  const p = prediction.probabilities;
  if (p === undefined) bad('labels only, but this attack needs class probabilities');
  if (p!.rows !== rows || p!.cols !== C || p!.data.length !== rows * C) bad(`probabilities of shape ${p!.rows} × ${p!.cols} for ${rows} rows of ${C} classes`);
  for (let i = 0; i < p!.data.length; i++) {
    if (!Number.isFinite(p!.data[i]!)) bad(`a probability of ${p!.data[i]} (row ${Math.floor(i / C)})`);
  }
}

function sliceRows(m: Matrix, start: number, rows: number): Matrix {
  return { rows, cols: m.cols, data: m.data.slice(start * m.cols, (start + rows) * m.cols) };
}

function adapterRoom(adapter: ModelAdapter): number {
  const left = adapter.queriesLeft;
  return typeof left === 'number' && left >= 0 ? left : Number.POSITIVE_INFINITY;
}

/** Throw ERR_ABORTED when `signal` has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, where: string, cause?: unknown): void {
  if (signal?.aborted) throw new AisecError('ERR_ABORTED', `${where} was cancelled.`, { cause: cause ?? signal.reason });
}
