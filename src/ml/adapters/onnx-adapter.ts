/**
 * An ONNX model file as a {@link ModelAdapter}. The model runs in a child process of its own
 * (onnx-process.ts): a hostile file can make onnxruntime compute for hours or crash, and
 * neither may take the caller with it. Opening checks the file, loads it, chooses the input and
 * output (onnx-signature.ts) and runs a small probe batch to learn what the output holds.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError, isAisecError } from '../../core/errors.js';
import type { Matrix } from '../models/matrix.js';
import { createRng, normal } from '../../stats/index.js';
import { answerInRuns } from './answer-in-runs.js';
import type { ModelAdapter, OutputKind, Prediction } from './model-adapter.js';
import { OnnxProcess, type OnnxTensorData } from './onnx-process.js';
import { chooseSignature, type OnnxInputPlan, type OnnxOutputPlan } from './onnx-signature.js';
import { copyLabels, PROBABILITY_SUM_TOLERANCE, resolveBudget, scoresToProbabilities } from './prediction-checks.js';
import type { QueryBudget } from './query-budget.js';

/** Options of {@link openOnnxModel}. */
export interface OnnxModelOptions {
  /** Shown in reports and messages (default: the path as given). */
  readonly name?: string;
  /** Rows that may be sent in all (a number or a shared budget); no limit by default. */
  readonly budget?: number | QueryBudget;
  /** Rows per run of the model; larger batches are split (default 1024). */
  readonly maxBatchSize?: number;
  /** Threads onnxruntime uses inside one operator (default 1). */
  readonly intraOpNumThreads?: number;
  /** Longest wait for one run of at most maxBatchSize rows, in ms (default 60,000); the model process is stopped after it. */
  readonly timeoutMs?: number;
  /** Longest wait for the model to load, in ms (default 60,000). */
  readonly loadTimeoutMs?: number;
  /** Features per row, for a model that does not declare it. */
  readonly numFeatures?: number;
  /** Number of classes: needed for a model that answers only labels. */
  readonly numClasses?: number;
  /** The output to read, when the model has several that could be the answer. */
  readonly outputName?: string;
  /** `labels` to pass on only the predicted class even when the model gives scores (a label-only API). */
  readonly output?: OutputKind;
  /** What the score output holds, when the probe should not decide: `probabilities` or `logits`. */
  readonly scores?: 'probabilities' | 'logits';
  /** Largest file accepted, in bytes (default 2 GiB, the protobuf limit). */
  readonly maxFileBytes?: number;
  /** Most features per row accepted (default 1,000,000). */
  readonly maxFeatures?: number;
  /** Most classes accepted (default 100,000). */
  readonly maxClasses?: number;
  /** Cancels opening. */
  readonly signal?: AbortSignal;
}

/** What the read output holds. */
export type OnnxScoreSource =
  /** Class probabilities, used as they are. */
  | 'probabilities'
  /** Unnormalised scores, turned into probabilities by softmax (sigmoid for a single column). */
  | 'logits'
  /** Class indices only. */
  | 'labels';

/** A model adapter for an ONNX file, with what was chosen when it was opened. */
export interface OnnxModelAdapter extends ModelAdapter {
  /** The absolute path of the file. */
  readonly path: string;
  readonly inputName: string;
  readonly outputName: string;
  /** What the output holds, so a report can say whether probabilities were computed by the adapter. */
  readonly scores: OnnxScoreSource;
  /** The output has one column, read as the score of class 1 of two. */
  readonly singleColumn: boolean;
  /** Rows per run of the model. */
  readonly maxBatchSize: number;
  /** Outputs passed over and why (e.g. a ZipMap next to the labels). */
  readonly notes: readonly string[];
}

const DEFAULTS = {
  maxBatchSize: 1024,
  intraOpNumThreads: 1,
  timeoutMs: 60_000,
  loadTimeoutMs: 60_000,
  maxFileBytes: 2 ** 31,
  maxFeatures: 1_000_000,
  maxClasses: 100_000,
} as const;

/** At most this many input values cross to the model process in one run (128 MiB of float64). */
const MAX_VALUES_PER_RUN = 1 << 24;
const PROBE_ROWS = 4;

/** First bytes a ModelProto can start with: the tag of one of its fields (ir_version = 0x08 in practice). */
const MODEL_PROTO_FIRST_BYTES = new Set([0x08, 0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42, 0x72, 0xa2, 0xca]);

/**
 * Open an ONNX model file as a model under test.
 *
 * @example
 * const model = await openOnnxModel('models/credit.onnx', { budget: 10_000 });
 * const { labels, probabilities } = await model.predict(rows);
 * await model.close();
 */
export async function openOnnxModel(file: string, options: OnnxModelOptions = {}): Promise<OnnxModelAdapter> {
  const settings = checkOptions(options);
  const name = options.name ?? file;
  const absolute = path.resolve(file);
  await checkFile(file, absolute, settings.maxFileBytes);
  const { process: proc, inputs, outputs } = await OnnxProcess.start(absolute, {
    name,
    intraOpNumThreads: settings.intraOpNumThreads,
    loadTimeoutMs: settings.loadTimeoutMs,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  try {
    const signature = chooseSignature(file, inputs, outputs, {
      ...(options.numFeatures === undefined ? {} : { numFeatures: options.numFeatures }),
      ...(options.outputName === undefined ? {} : { outputName: options.outputName }),
      maxFeatures: settings.maxFeatures,
      maxClasses: settings.maxClasses,
    });
    const runner = new Runner(name, proc, signature.input, signature.output, settings);
    const answer = await probe(file, runner, options);
    return new OnnxAdapter(absolute, runner, answer, signature.notes, options);
  } catch (error) {
    proc.kill();
    throw error;
  }
}

interface Settings {
  readonly maxBatchSize: number;
  readonly intraOpNumThreads: number;
  readonly timeoutMs: number;
  readonly loadTimeoutMs: number;
  readonly maxFileBytes: number;
  readonly maxFeatures: number;
  readonly maxClasses: number;
}

function checkOptions(options: OnnxModelOptions): Settings {
  const whole = (key: keyof typeof DEFAULTS): number => {
    const value = options[key] ?? DEFAULTS[key];
    if (!Number.isInteger(value) || value < 1) throw new AisecError('ERR_CONFIG_INVALID', `${key} must be a whole number ≥ 1, not ${String(value)}`);
    return value;
  };
  for (const key of ['numFeatures', 'numClasses'] as const) {
    const value = options[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 1)) throw new AisecError('ERR_CONFIG_INVALID', `${key} must be a whole number ≥ 1, not ${String(value)}`);
  }
  if (options.output !== undefined && options.output !== 'probabilities' && options.output !== 'labels') {
    throw new AisecError('ERR_CONFIG_INVALID', `output must be 'probabilities' or 'labels', not ${String(options.output)}`);
  }
  if (options.scores !== undefined && options.scores !== 'probabilities' && options.scores !== 'logits') {
    throw new AisecError('ERR_CONFIG_INVALID', `scores must be 'probabilities' or 'logits', not ${String(options.scores)}`);
  }
  return {
    maxBatchSize: whole('maxBatchSize'),
    intraOpNumThreads: whole('intraOpNumThreads'),
    timeoutMs: whole('timeoutMs'),
    loadTimeoutMs: whole('loadTimeoutMs'),
    maxFileBytes: whole('maxFileBytes'),
    maxFeatures: whole('maxFeatures'),
    maxClasses: whole('maxClasses'),
  };
}

/** The file exists, is a file of a sane size, and starts like a protobuf ModelProto. */
async function checkFile(file: string, absolute: string, maxBytes: number): Promise<void> {
  const expected = 'expected an ONNX model file (a protobuf ModelProto, usually .onnx)';
  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) throw new AisecError('ERR_MODEL_LOAD', `${file} is not a file; ${expected}`);
    size = info.size;
  } catch (error) {
    if (isAisecError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
    throw new AisecError('ERR_MODEL_LOAD', `${file} ${why}; ${expected}`, { cause: error });
  }
  if (size === 0) throw new AisecError('ERR_MODEL_LOAD', `${file} is empty; ${expected}`);
  if (size > maxBytes) throw new AisecError('ERR_MODEL_LOAD', `${file} is ${size} bytes, more than the ${maxBytes} allowed (maxFileBytes)`);
  const head = new Uint8Array(8);
  try {
    const handle = await open(absolute, 'r');
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new AisecError('ERR_MODEL_LOAD', `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); ${expected}`, { cause: error });
  }
  if (!MODEL_PROTO_FIRST_BYTES.has(head[0]!)) {
    throw new AisecError('ERR_MODEL_LOAD', `${file} is not an ONNX model: ${formatGuess(head)}; ${expected}`);
  }
}

function formatGuess(head: Uint8Array): string {
  const text = String.fromCharCode(...head);
  if (text.startsWith('PK\x03\x04')) return 'it is a zip archive (a PyTorch, Keras or other zipped model?)';
  if (head[0] === 0x80) return 'it looks like a Python pickle';
  if (text.startsWith('\x89HDF')) return 'it is an HDF5 file (a Keras .h5 model?)';
  if (text.trimStart().startsWith('{') || text.trimStart().startsWith('[')) return 'it looks like JSON';
  return `its first byte 0x${head[0]!.toString(16).padStart(2, '0')} cannot start a ModelProto`;
}

/** How the adapter reads answers, settled by the probe. */
interface AnswerPlan {
  readonly scores: OnnxScoreSource;
  readonly singleColumn: boolean;
  /** Columns of the score output (1 for a single column). */
  readonly columns: number;
  readonly numClasses: number;
}

/** Sends rows to the model process in runs that fit the model's input, and reads the raw output back. */
class Runner {
  readonly batchRows: number;

  constructor(
    readonly name: string,
    readonly proc: OnnxProcess,
    readonly input: OnnxInputPlan,
    readonly output: OnnxOutputPlan,
    readonly settings: Settings,
  ) {
    const b = input.batching;
    if (b.kind === 'fixed' && b.rows * input.numFeatures > MAX_VALUES_PER_RUN) {
      throw new AisecError('ERR_MODEL_LOAD', `${name}: input ${input.name} takes exactly ${b.rows} rows of ${input.numFeatures} features per run, more than the ${MAX_VALUES_PER_RUN} values the adapter sends at once`);
    }
    const byMemory = Math.max(1, Math.floor(MAX_VALUES_PER_RUN / input.numFeatures));
    this.batchRows = b.kind === 'none' ? 1 : b.kind === 'fixed' ? b.rows : Math.min(settings.maxBatchSize, byMemory);
  }

  /** Rows `start` to `start + count − 1` of `data` (row-major, numFeatures wide) in one run. */
  async run(data: Float64Array, start: number, count: number, signal?: AbortSignal): Promise<OnnxTensorData> {
    const d = this.input.numFeatures;
    const b = this.input.batching;
    const runRows = b.kind === 'fixed' ? b.rows : count;
    const values = this.input.type === 'float32' ? new Float32Array(runRows * d) : new Float64Array(runRows * d);
    values.set(data.subarray(start * d, (start + count) * d));
    const dims = b.kind === 'none' ? [...this.input.rowDims] : [runRows, ...this.input.rowDims];
    const outputs = await this.proc.run({ name: this.input.name, type: this.input.type, dims, data: values }, [this.output.name], this.settings.timeoutMs, signal);
    const out = outputs[this.output.name];
    if (out === undefined) throw new AisecError('ERR_MODEL_RUNTIME', `${this.name}: the model gave no output ${this.output.name}`);
    return out;
  }
}

/** Run a few rows once to learn the number of classes and whether the scores are probabilities. */
async function probe(file: string, runner: Runner, options: OnnxModelOptions): Promise<AnswerPlan> {
  const d = runner.input.numFeatures;
  const rows = runner.input.batching.kind === 'fixed' ? Math.min(runner.input.batching.rows, PROBE_ROWS) : runner.input.batching.kind === 'none' ? 1 : PROBE_ROWS;
  const rng = createRng(0);
  // A row of zeros and rows of standard normal values: what a model of standardised features expects.
  const data = Float64Array.from({ length: rows * d }, (_, i) => (i < d ? 0 : normal(rng)));
  let out: OnnxTensorData;
  try {
    out = await runner.run(data, 0, rows, options.signal);
  } catch (error) {
    if (isAisecError(error, 'ERR_ABORTED')) throw error;
    throw new AisecError('ERR_MODEL_LOAD', `${file}: the model failed on a probe batch of ${rows} rows: ${(error as Error).message}`, { cause: error });
  }
  const output = runner.output;
  if (output.kind === 'labels') {
    if (options.numClasses === undefined) {
      throw new AisecError('ERR_MODEL_LOAD', `${file} answers only labels (output ${output.name}); give numClasses, the number of classes it can answer`);
    }
    return { scores: 'labels', singleColumn: false, columns: 1, numClasses: options.numClasses };
  }
  const size = out.dims.reduce((n, x) => n * x, 1);
  const runRows = runner.input.batching.kind === 'fixed' ? runner.input.batching.rows : rows;
  const columns = size / (runner.input.batching.kind === 'none' ? 1 : runRows);
  if (!Number.isInteger(columns) || columns < 1 || (output.columns !== undefined && columns !== output.columns)) {
    throw new AisecError('ERR_MODEL_LOAD', `${file}: output ${output.name} has shape [${out.dims.join(', ')}] for ${runRows} rows, not one row of class scores per input row`);
  }
  if (columns > runner.settings.maxClasses) {
    throw new AisecError('ERR_MODEL_LOAD', `${file}: output ${output.name} gives ${columns} classes, more than the ${runner.settings.maxClasses} the adapter accepts (maxClasses)`);
  }
  const singleColumn = columns === 1;
  const numClasses = singleColumn ? 2 : columns;
  if (options.numClasses !== undefined && options.numClasses !== numClasses) {
    throw new AisecError('ERR_MODEL_LOAD', `${file}: output ${output.name} gives ${numClasses} classes${singleColumn ? ' (one score column)' : ''}, but numClasses is ${options.numClasses}`);
  }
  const values = Array.from(out.data as ArrayLike<number>, Number).slice(0, rows * columns);
  if (values.some((v) => !Number.isFinite(v))) throw new AisecError('ERR_MODEL_LOAD', `${file}: output ${output.name} gave non-finite scores on a probe batch`);
  const scores = options.scores ?? (looksLikeProbabilities(values, rows, columns) ? 'probabilities' : 'logits');
  return { scores, singleColumn, columns, numClasses };
}

function looksLikeProbabilities(values: number[], rows: number, columns: number): boolean {
  if (values.some((v) => v < 0 || v > 1)) return false;
  if (columns === 1) return true;
  for (let r = 0; r < rows; r++) {
    let total = 0;
    for (let c = 0; c < columns; c++) total += values[r * columns + c]!;
    if (Math.abs(total - 1) > PROBABILITY_SUM_TOLERANCE) return false;
  }
  return true;
}

class OnnxAdapter implements OnnxModelAdapter {
  readonly name: string;
  readonly path: string;
  readonly numFeatures: number;
  readonly numClasses: number;
  readonly output: OutputKind;
  readonly inputName: string;
  readonly outputName: string;
  readonly scores: OnnxScoreSource;
  readonly singleColumn: boolean;
  readonly maxBatchSize: number;
  readonly notes: readonly string[];
  readonly #runner: Runner;
  readonly #plan: AnswerPlan;
  readonly #budget: QueryBudget;
  #closed = false;

  constructor(absolute: string, runner: Runner, plan: AnswerPlan, notes: readonly string[], options: OnnxModelOptions) {
    this.name = runner.name;
    this.path = absolute;
    this.#runner = runner;
    this.#plan = plan;
    this.numFeatures = runner.input.numFeatures;
    this.numClasses = plan.numClasses;
    this.output = plan.scores === 'labels' || options.output === 'labels' ? 'labels' : 'probabilities';
    this.inputName = runner.input.name;
    this.outputName = runner.output.name;
    this.scores = plan.scores;
    this.singleColumn = plan.singleColumn;
    this.maxBatchSize = runner.batchRows;
    this.notes = Object.freeze([...notes]);
    this.#budget = resolveBudget(options.budget);
  }

  get queriesUsed(): number {
    return this.#budget.used;
  }

  get queriesLeft(): number {
    return this.#budget.left;
  }

  async predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
    const { labels, probabilities } = await answerInRuns(inputs, signal, {
      name: this.name,
      closed: this.#closed,
      numFeatures: this.numFeatures,
      numClasses: this.numClasses,
      float32: this.#runner.input.type === 'float32',
      budget: this.#budget,
      rowsPerRun: this.#runner.batchRows,
      withScores: this.#plan.scores !== 'labels',
      run: async (start, count, labels, probabilities) => {
        const out = await this.#runner.run(inputs.data, start, count, signal);
        this.#read(out, count, start, labels, probabilities);
      },
      failure: (error) => `${this.name}: ${(error as Error)?.message ?? String(error)}`,
    });
    if (probabilities === undefined || this.output === 'labels') return { labels };
    return { labels, probabilities: { rows: inputs.rows, cols: this.numClasses, data: probabilities } };
  }

  #read(out: OnnxTensorData, count: number, start: number, labels: Int32Array, probabilities: Float64Array | undefined): void {
    const batching = this.#runner.input.batching;
    const runRows = batching.kind === 'fixed' ? batching.rows : count;
    const plan = this.#plan;
    const width = probabilities === undefined ? 1 : plan.columns;
    const expected = batching.kind === 'none' ? width : runRows * width;
    const size = out.dims.reduce((n, x) => n * x, 1);
    const rowsOk = batching.kind === 'none' || out.dims[0] === runRows;
    if (size !== expected || !rowsOk || (out.data as ArrayLike<unknown>).length !== size) {
      throw new AisecError('ERR_MODEL_RUNTIME', `${this.name}: output ${this.outputName} has shape [${out.dims.join(', ')}] for ${runRows} rows; expected ${batching.kind === 'none' ? `[${width}]` : `[${runRows}, ${width}]`}`);
    }
    if (probabilities === undefined) {
      if (!(out.data instanceof BigInt64Array) && !(out.data instanceof Int32Array)) {
        throw new AisecError('ERR_MODEL_RUNTIME', `${this.name}: output ${this.outputName} gave ${out.type} values, not int64 labels`);
      }
      copyLabels(this.name, out.data, count, this.numClasses, labels, start);
      return;
    }
    if (!(out.data instanceof Float32Array) && !(out.data instanceof Float64Array)) {
      throw new AisecError('ERR_MODEL_RUNTIME', `${this.name}: output ${this.outputName} gave ${out.type} values, not float scores`);
    }
    const source = plan.scores === 'logits' ? 'logits' : 'probabilities';
    if (!plan.singleColumn) {
      scoresToProbabilities(this.name, out.data, 0, count, plan.columns, source, probabilities, start);
      return;
    }
    // One column: the score of class 1; class 0 gets the rest.
    const two = new Float64Array(count * 2);
    for (let r = 0; r < count; r++) {
      const s = out.data[r]!;
      const p = source === 'logits' ? 1 / (1 + Math.exp(-s)) : s;
      two[r * 2] = 1 - p;
      two[r * 2 + 1] = p;
    }
    scoresToProbabilities(this.name, two, 0, count, 2, 'probabilities', probabilities, start);
  }

  close(): Promise<void> {
    this.#closed = true;
    this.#runner.proc.kill('closed');
    return Promise.resolve();
  }
}
