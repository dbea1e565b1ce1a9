/**
 * One-at-a-time execution for a single SQLite connection.
 *
 * better-sqlite3 is synchronous, but the store's transactions are async functions: while one
 * awaits, another caller could run a statement on the same connection and it would land inside
 * the open transaction (or hit "cannot start a transaction within a transaction"). Every use of
 * the connection therefore goes through this queue.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  /** Run `task` after every task queued before it has settled. */
  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.#tail.then(task, task);
    // The queue must go on after a failed task; the caller still sees the failure.
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
