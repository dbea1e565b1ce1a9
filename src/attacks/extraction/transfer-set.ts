/**
 * The thief's side of the conversation with the victim: a query meter that never lets a batch
 * pass the thief's budget, the check of every answer, and the growing transfer set (the rows
 * sent and what came back) the stolen model is trained on.
 */
import { AisecError } from '../../core/errors.js';
import type { ModelAdapter, Prediction } from '../../ml/adapters/model-adapter.js';
import type { Matrix } from '../../ml/models/matrix.js';

/** Sends batches to the victim and counts them against the thief's budget. */
export class QueryMeter {
  #used = 0;

  constructor(
    readonly victim: ModelAdapter,
    readonly budget: number,
  ) {
    if (budget > victim.queriesLeft) {
      throw new AisecError('ERR_ATTACK_INPUT', `${victim.name} allows ${victim.queriesLeft} more queries, fewer than the thief's budget of ${budget}: lower the budget or raise the model's`);
    }
  }

  get used(): number {
    return this.#used;
  }

  get left(): number {
    return this.budget - this.#used;
  }

  /** Ask the victim about `inputs`; the batch must fit in what is left of the budget. */
  async ask(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
    if (inputs.rows > this.left) {
      throw new AisecError('ERR_INTERNAL', `a thief tried to send ${inputs.rows} queries with ${this.left} left of its budget of ${this.budget}`);
    }
    this.#used += inputs.rows;
    const answer = await this.victim.predict(inputs, signal);
    checkAnswer(this.victim, inputs.rows, answer);
    return answer;
  }
}

/** Throw ERR_MODEL_RUNTIME unless `answer` holds `rows` labels in range, and scores when it has them. */
function checkAnswer(victim: ModelAdapter, rows: number, answer: Prediction): void {
  const C = victim.numClasses;
  const fail = (what: string): never => {
    throw new AisecError('ERR_MODEL_RUNTIME', `${victim.name}: the answer to ${rows} rows ${what}`);
  };
  if (!(answer.labels instanceof Int32Array) || answer.labels.length !== rows) fail(`holds ${String(answer.labels?.length)} labels`);
  for (let i = 0; i < rows; i++) {
    const label = answer.labels[i]!;
    if (label < 0 || label >= C) fail(`gives row ${i} the label ${label}, outside the ${C} classes`);
  }
  const p = answer.probabilities;
  if (p === undefined) return;
  if (p.rows !== rows || p.cols !== C || p.data.length !== rows * C) fail(`holds ${p.rows} × ${p.cols} scores, not ${rows} × ${C}`);
  for (let i = 0; i < p.data.length; i++) {
    const v = p.data[i]!;
    if (!(v >= 0 && v <= 1 + 1e-6)) fail(`gives row ${Math.floor(i / C)} the score ${v} for class ${i % C}, not a probability`);
  }
}

/**
 * A probability row the surrogate can learn from, made from what the victim answered. A row
 * that sums to 1 is kept. Hardened answers are read as a thief would: a lone score (top-1) leaves
 * its remainder spread evenly over the other classes; other rows are renormalised; a row of
 * zeros, or no scores at all, becomes the one-hot row of the label.
 */
export function targetRow(scores: ArrayLike<number> | undefined, label: number, out: Float64Array): void {
  const C = out.length;
  out.fill(0);
  if (scores === undefined) {
    out[label] = 1;
    return;
  }
  let total = 0;
  let nonZero = 0;
  let only = -1;
  for (let c = 0; c < C; c++) {
    const v = Math.max(0, Math.min(1, scores[c]!));
    out[c] = v;
    total += v;
    if (v > 0) {
      nonZero++;
      only = c;
    }
  }
  if (total <= 0) {
    out.fill(0);
    out[label] = 1;
  } else if (Math.abs(total - 1) <= 1e-6) {
    return;
  } else if (nonZero === 1 && total < 1 && C > 1) {
    out.fill((1 - total) / (C - 1));
    out[only] = total;
  } else {
    for (let c = 0; c < C; c++) out[c] = out[c]! / total;
  }
}

/** The rows a thief has sent and the victim's answers, growing as it queries. */
export class TransferSet {
  #size = 0;
  #capacity = 0;
  #inputs = new Float64Array(0);
  #labels = new Int32Array(0);
  #targets = new Float64Array(0);
  #rowsWithScores = 0;

  constructor(
    readonly numFeatures: number,
    readonly numClasses: number,
  ) {}

  get size(): number {
    return this.#size;
  }

  /** Whether every answer so far came with scores. */
  get allScored(): boolean {
    return this.#size > 0 && this.#rowsWithScores === this.#size;
  }

  /** Append a batch and the victim's answer to it. */
  add(inputs: Matrix, answer: Prediction): void {
    const d = this.numFeatures;
    const C = this.numClasses;
    this.#reserve(this.#size + inputs.rows);
    this.#inputs.set(inputs.data.subarray(0, inputs.rows * d), this.#size * d);
    const scratch = new Float64Array(C);
    for (let i = 0; i < inputs.rows; i++) {
      const at = this.#size + i;
      this.#labels[at] = answer.labels[i]!;
      targetRow(answer.probabilities?.data.subarray(i * C, (i + 1) * C), answer.labels[i]!, scratch);
      this.#targets.set(scratch, at * C);
    }
    if (answer.probabilities) this.#rowsWithScores += inputs.rows;
    this.#size += inputs.rows;
  }

  /** The first `rows` inputs (default all), as a view. */
  inputs(rows = this.#size): Matrix {
    return { rows, cols: this.numFeatures, data: this.#inputs.subarray(0, rows * this.numFeatures) };
  }

  /** The victim's labels of the first `rows` inputs, as a view. */
  labels(rows = this.#size): Int32Array {
    return this.#labels.subarray(0, rows);
  }

  /** The soft targets of the first `rows` inputs (see {@link targetRow}), as a view. */
  targets(rows = this.#size): Matrix {
    return { rows, cols: this.numClasses, data: this.#targets.subarray(0, rows * this.numClasses) };
  }

  /** Row `i` of the inputs, as a view. */
  row(i: number): Float64Array {
    return this.#inputs.subarray(i * this.numFeatures, (i + 1) * this.numFeatures);
  }

  #reserve(rows: number): void {
    if (rows <= this.#capacity) return;
    const capacity = Math.max(rows, this.#capacity * 2, 64);
    const grow = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T, width: number): T => {
      const next = make(capacity * width);
      next.set(old);
      return next;
    };
    this.#inputs = grow(this.#inputs, (n) => new Float64Array(n), this.numFeatures);
    this.#labels = grow(this.#labels, (n) => new Int32Array(n), 1);
    this.#targets = grow(this.#targets, (n) => new Float64Array(n), this.numClasses);
    this.#capacity = capacity;
  }
}

/** Throw ERR_ATTACK_INPUT unless `data` is a non-empty matrix of finite rows of `numFeatures` features. */
export function checkThiefData(data: Matrix, numFeatures: number, where: string): void {
  const bad = (what: string): never => {
    throw new AisecError('ERR_ATTACK_INPUT', `${where}: ${what}`);
  };
  if (!(data?.data instanceof Float64Array) || !Number.isInteger(data.rows) || !Number.isInteger(data.cols)) bad('it is not a feature matrix');
  if (data.rows < 1) bad('it has no rows');
  if (data.cols !== numFeatures) bad(`it has ${data.cols} features, the victim takes ${numFeatures}`);
  if (data.data.length !== data.rows * data.cols) bad('its data does not hold rows × cols values');
  for (let i = 0; i < data.data.length; i++) if (!Number.isFinite(data.data[i]!)) bad(`feature ${i % data.cols} of row ${Math.floor(i / data.cols)} is not a finite number`);
}
