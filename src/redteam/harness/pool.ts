/**
 * Run work items with at most `concurrency` in flight, taking them in plan order. A failure of
 * one item (the run was cancelled) stops the others from starting; items in flight finish or
 * fail on their own signal.
 */

/** Run `work` over `items`; resolves when every started item has settled, rejects with the first failure. */
export async function runPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        if (!failed) failure = error;
        failed = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failed) throw failure;
}
