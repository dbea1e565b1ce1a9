/** A shared count of pair comparisons, so hostile data cannot make the search quadratic. */

/** Counts comparisons and says when the limit is reached. */
export interface ComparisonBudget {
  /** Count one comparison; false once the limit has been reached. */
  take(): boolean;
  readonly used: number;
  readonly exhausted: boolean;
}

/** A budget of at most `limit` comparisons. */
export function createBudget(limit: number): ComparisonBudget {
  let used = 0;
  return {
    take() {
      if (used >= limit) return false;
      used++;
      return true;
    },
    get used() {
      return used;
    },
    get exhausted() {
      return used >= limit;
    },
  };
}
