import { AisecError } from '../../core/errors.js';

/**
 * Counts the rows sent to a model and refuses a batch that would pass the budget, before any
 * row of it is sent. One per adapter.
 */
export class QueryBudget {
  #used = 0;
  readonly limit: number;

  /** `limit`: rows that may be sent in all; Infinity for no limit. */
  constructor(limit: number = Number.POSITIVE_INFINITY) {
    if (!(limit >= 0) || (Number.isFinite(limit) && !Number.isInteger(limit))) {
      throw new AisecError('ERR_ATTACK_INPUT', `a query budget must be a whole number ≥ 0 or Infinity, not ${String(limit)}`);
    }
    this.limit = limit;
  }

  get used(): number {
    return this.#used;
  }

  get left(): number {
    return this.limit - this.#used;
  }

  /** Reserve `rows` queries, or throw ERR_MODEL_QUERY_BUDGET naming the model. */
  spend(rows: number, modelName: string): void {
    if (rows > this.left) {
      throw new AisecError(
        'ERR_MODEL_QUERY_BUDGET',
        `${modelName}: a batch of ${rows} rows would pass the query budget (${this.#used} of ${this.limit} used); raise the budget or lower the attack's queries`,
        { details: { used: this.#used, limit: this.limit, requested: rows } },
      );
    }
    this.#used += rows;
  }

  /** Give back rows that were reserved but never answered (the call failed before sending). */
  refund(rows: number): void {
    this.#used = Math.max(0, this.#used - rows);
  }
}
