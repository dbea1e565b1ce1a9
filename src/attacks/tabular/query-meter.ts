/**
 * The queries one attack or check may still send: the smaller of its own limit and what the
 * model's adapter has left. Attacks size every batch by `left`, so they stop cleanly at the
 * budget instead of being refused by the adapter mid-run.
 */
import { isAisecError } from '../../core/errors.js';
import type { Prediction } from '../../ml/adapters/model-adapter.js';
import { checkPrediction, throwIfCancelled } from './attack-guards.js';

/** What the meter needs to know about a model. */
export interface MeteredModel {
  readonly name: string;
  readonly numClasses: number;
  readonly queriesLeft: number;
}

/** Counts the rows one run has sent and refuses to pass its limit. */
export class QueryMeter {
  #used = 0;
  #exhausted = false;

  constructor(
    private readonly model: MeteredModel,
    /** Rows this run may send in all (Infinity for only the adapter's own budget). */
    readonly limit: number,
    private readonly signal: AbortSignal | undefined,
    private readonly where: string,
  ) {}

  /** Rows sent so far by this run. */
  get used(): number {
    return this.#used;
  }

  /** Rows that may still be sent (0 once the adapter refused a batch for its budget). */
  get left(): number {
    if (this.#exhausted) return 0;
    return Math.max(0, Math.min(this.limit - this.#used, this.model.queriesLeft));
  }

  /**
   * Send `rows` rows through `call` and check the answer's shape. Returns undefined, sending
   * nothing, when the rows do not fit in what is left (or the adapter refuses the batch for its
   * budget); throws ERR_ABORTED when cancelled.
   */
  async run(rows: number, call: (signal: AbortSignal | undefined) => Promise<Prediction>): Promise<Prediction | undefined> {
    throwIfCancelled(this.signal, this.where);
    if (rows === 0 || rows > this.left) return undefined;
    let answer: Prediction;
    try {
      answer = await call(this.signal);
    } catch (error) {
      throwIfCancelled(this.signal, this.where);
      if (isAisecError(error, 'ERR_MODEL_QUERY_BUDGET')) {
        this.#exhausted = true;
        return undefined;
      }
      throw error;
    }
    this.#used += rows;
    return checkPrediction(answer, rows, this.model.numClasses, this.model.name);
  }
}
