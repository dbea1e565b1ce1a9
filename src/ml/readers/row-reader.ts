import { throwIfAborted } from './byte-chunks.js';
import type { BoundedDiagnosticLog } from './diagnostic-log.js';
import type { RowReader, RowRecord, TableHeader } from './types.js';

/**
 * Build a {@link RowReader} from a source of row batches. The source is consumed once; the
 * file is closed when it ends, throws, or the consumer stops early.
 */
export function createRowReader(
  header: TableHeader,
  diagnostics: BoundedDiagnosticLog,
  source: AsyncGenerator<RowRecord[]>,
  close: () => Promise<void>,
  signal: AbortSignal | undefined,
): RowReader {
  let closed = false;
  const closeOnce = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await close();
  };
  let started = false;
  async function* batches(): AsyncGenerator<readonly RowRecord[]> {
    if (started) throw new Error('A RowReader can be read only once.');
    started = true;
    try {
      for await (const batch of source) {
        throwIfAborted(signal);
        if (batch.length > 0) yield batch;
      }
    } finally {
      await closeOnce();
    }
  }
  return {
    header,
    diagnostics,
    batches,
    close: async () => {
      await source.return(undefined);
      await closeOnce();
    },
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}
