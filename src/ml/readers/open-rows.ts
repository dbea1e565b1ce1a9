/**
 * Open any supported data file as a stream of rows: CSV, TSV, JSON Lines or Parquet, chosen
 * from the content.
 */
import { AisecError } from '../../core/errors.js';
import { openRegularFile } from '../../integrity/index.js';
import type { Cell } from '../table.js';
import { throwIfAborted } from './byte-chunks.js';
import { openCsv } from './csv-reader.js';
import { detectTableFormat } from './detect-format.js';
import { BoundedDiagnosticLog } from './diagnostic-log.js';
import { openJsonl } from './jsonl-reader.js';
import { openParquet } from './parquet-reader.js';
import { createRowReader } from './row-reader.js';
import { textEncodings, type ReadOptions, type RowReader, type RowRecord } from './types.js';

/** Bytes looked at to tell the format. */
const headBytes = 64 * 1024;

/**
 * Open a data file for streaming. The header (columns, format) is known when this resolves;
 * rows come from iterating the reader. Memory stays bounded whatever the file holds.
 *
 * Throws AisecError: ERR_TARGET_NOT_FOUND / ERR_TARGET_UNREADABLE (the path), ERR_DATA_FORMAT
 * (not a supported format, binary data), ERR_DATA_LIMIT (a line, the columns or a row group
 * beyond the limits; also while iterating), ERR_ABORTED. Problems the reader can repair
 * (ragged rows, bad lines, invalid UTF-8) go to `diagnostics` with their line instead.
 *
 * @example
 * const reader = await openRows('data/train.csv', { signal });
 * console.log(reader.header.columns);
 * for await (const { row, line } of reader) { ... }
 */
export async function openRows(path: string, options: ReadOptions = {}): Promise<RowReader> {
  throwIfAborted(options.signal);
  const encoding = options.encoding ?? 'utf-8';
  if (!textEncodings.includes(encoding)) throw new AisecError('ERR_USAGE', `Unknown encoding "${String(encoding)}"; use one of ${textEncodings.join(', ')}.`);
  const { handle, size } = await openRegularFile(path);
  try {
    const head = Buffer.alloc(Math.min(headBytes, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const format = options.format ?? detectTableFormat(head.subarray(0, bytesRead), path, encoding);
    switch (format) {
      case 'empty': {
        await handle.close();
        const log = new BoundedDiagnosticLog();
        log.add('empty-file', 0, `${path} is empty.`);
        return createRowReader({ format: 'csv', columns: [], encoding }, log, (async function* () {})(), async () => undefined, options.signal);
      }
      case 'parquet':
        return await openParquet(handle, size, path, options);
      case 'jsonl':
        return await openJsonl(handle, path, options);
      case 'csv':
      case 'tsv':
        return await openCsv({ handle, head: head.subarray(0, bytesRead), format, path }, options);
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The rows of a data file as `{ row, line }`, preceded by the header: the first item is the
 * column names (`line` 1 for a CSV header, 0 where the format has no header line).
 * A convenience over {@link openRows}, which also gives the format and diagnostics.
 */
export async function* readRows(path: string, options: ReadOptions = {}): AsyncGenerator<RowRecord> {
  const reader = await openRows(path, options);
  const csvHeader = (reader.header.format === 'csv' || reader.header.format === 'tsv') && options.header !== false;
  yield { row: [...reader.header.columns] as Cell[], line: csvHeader ? 1 : 0 };
  yield* reader;
}
