/**
 * Parquet files as a {@link RowReader}, through hyparquet: the footer is checked before it is
 * parsed, row groups are read one at a time (each bounded in size), and pages are
 * decompressed only up to the size they declare, refusing sizes beyond the limit.
 */
import type { FileHandle } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parquetMetadataAsync, parquetRead, parquetSchema, snappyUncompress, type AsyncBuffer, type Compressors, type FileMetaData } from 'hyparquet';
import { AisecError, isAisecError } from '../../core/errors.js';
import type { Cell } from '../table.js';
import { throwIfAborted } from './byte-chunks.js';
import { BoundedDiagnosticLog } from './diagnostic-log.js';
import { parquetCell } from './parquet-cells.js';
import { createRowReader } from './row-reader.js';
import { defaultMaxColumns, defaultMaxRowGroupBytes, type ReadOptions, type RowReader, type RowRecord } from './types.js';

/** Largest footer (file metadata) read. */
const maxFooterBytes = 64 * 1024 * 1024;
/** Largest page decompressed. */
const maxPageBytes = 256 * 1024 * 1024;
/** Rows per batch handed out. */
const batchRows = 4096;

function formatError(path: string, what: string, cause?: unknown): AisecError {
  return new AisecError('ERR_DATA_FORMAT', `${path} is not a readable Parquet file: ${what}.`, cause === undefined ? {} : { cause });
}

/** An AsyncBuffer over an open file that refuses reads larger than `maxSlice`. */
function fileBuffer(handle: FileHandle, size: number, maxSlice: number, path: string): AsyncBuffer {
  return {
    byteLength: size,
    async slice(start: number, end = size): Promise<ArrayBuffer> {
      const from = Math.max(0, Math.min(size, start));
      const to = Math.max(from, Math.min(size, end));
      if (to - from > maxSlice) {
        throw new AisecError('ERR_DATA_LIMIT', `${path}: a read of ${to - from} bytes was asked for; at most ${maxSlice} are read at once. Rewrite the file with smaller row groups, or raise maxRowGroupBytes.`);
      }
      const bytes = Buffer.alloc(to - from);
      let done = 0;
      while (done < bytes.length) {
        const { bytesRead } = await handle.read(bytes, done, bytes.length - done, from + done);
        if (bytesRead === 0) throw formatError(path, 'the file ended early (it changed while being read?)');
        done += bytesRead;
      }
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    },
  };
}

function bounded(name: string, inflate: (input: Uint8Array, outputLength: number) => Uint8Array): (input: Uint8Array, outputLength: number) => Uint8Array {
  return (input, outputLength) => {
    if (outputLength < 0 || outputLength > maxPageBytes) throw new AisecError('ERR_DATA_LIMIT', `A ${name} page declares ${outputLength} bytes; at most ${maxPageBytes} are decompressed.`);
    return inflate(input, outputLength);
  };
}

/** Decompressors that never produce more than a page declares (or the page limit). */
const compressors: Compressors = {
  SNAPPY: bounded('Snappy', (input, n) => {
    const out = new Uint8Array(n);
    snappyUncompress(input, out);
    return out;
  }),
  GZIP: bounded('gzip', (input, n) => gunzipSync(input, { maxOutputLength: Math.max(1, n) })),
  BROTLI: bounded('Brotli', (input, n) => brotliDecompressSync(input, { maxOutputLength: Math.max(1, n) })),
};

/** Check the footer before hyparquet parses it: magic numbers and a metadata length that fits. */
async function checkFooter(file: AsyncBuffer, path: string): Promise<void> {
  if (file.byteLength < 12) throw formatError(path, 'it is shorter than the smallest Parquet file');
  const tail = new DataView(await file.slice(file.byteLength - 8, file.byteLength));
  if (tail.getUint32(4, true) !== 0x31524150) throw formatError(path, 'it does not end with the Parquet magic number (truncated?)');
  const length = tail.getUint32(0, true);
  if (length > file.byteLength - 12) throw formatError(path, `its footer claims ${length} bytes of metadata, more than the file holds (truncated?)`);
  if (length > maxFooterBytes) throw new AisecError('ERR_DATA_LIMIT', `${path}: the Parquet footer is ${length} bytes; at most ${maxFooterBytes} are read.`);
}

function rowGroupBytes(metadata: FileMetaData, index: number): number {
  return metadata.row_groups[index]!.columns.reduce((sum, c) => sum + Number(c.meta_data?.total_compressed_size ?? 0), 0);
}

/** Open a Parquet file; the footer is read and checked before this resolves. */
export async function openParquet(handle: FileHandle, size: number, path: string, options: ReadOptions): Promise<RowReader> {
  const maxGroup = options.maxRowGroupBytes ?? defaultMaxRowGroupBytes;
  const file = fileBuffer(handle, size, Math.max(maxGroup, maxFooterBytes), path);
  await checkFooter(file, path);
  let metadata: FileMetaData;
  let columns: string[];
  try {
    metadata = await parquetMetadataAsync(file);
    columns = parquetSchema(metadata).children.map((c) => c.element.name);
  } catch (error) {
    if (isAisecError(error)) throw error;
    throw formatError(path, `its metadata cannot be parsed (${(error as Error).message})`, error);
  }
  const maxColumns = options.maxColumns ?? defaultMaxColumns;
  if (columns.length > maxColumns) throw new AisecError('ERR_DATA_LIMIT', `${path} has ${columns.length} columns; at most ${maxColumns} are read. Raise maxColumns if that is expected.`);
  const declaredRows = Number(metadata.num_rows);
  const log = new BoundedDiagnosticLog();
  async function* rows(): AsyncGenerator<RowRecord[]> {
    let rowStart = 0;
    for (let g = 0; g < metadata.row_groups.length; g++) {
      throwIfAborted(options.signal);
      const groupRows = Number(metadata.row_groups[g]!.num_rows);
      const bytes = rowGroupBytes(metadata, g);
      if (bytes > maxGroup) {
        throw new AisecError('ERR_DATA_LIMIT', `${path}: row group ${g} holds ${bytes} bytes; at most ${maxGroup} are read at once. Rewrite the file with smaller row groups, or raise maxRowGroupBytes.`);
      }
      const values = await readGroup(file, metadata, rowStart, rowStart + groupRows, path);
      for (let at = 0; at < values.length; at += batchRows) {
        const batch: RowRecord[] = [];
        for (const raw of values.slice(at, at + batchRows)) batch.push({ row: toCells(raw, columns.length, log), line: 0 });
        yield batch;
      }
      rowStart += groupRows;
    }
  }
  return createRowReader({ format: 'parquet', columns, declaredRows }, log, rows(), () => handle.close(), options.signal);
}

async function readGroup(file: AsyncBuffer, metadata: FileMetaData, rowStart: number, rowEnd: number, path: string): Promise<unknown[][]> {
  let values: unknown[][] = [];
  try {
    await parquetRead({ file, metadata, rowStart, rowEnd, compressors, rowFormat: 'array', onComplete: (rows) => (values = rows) });
  } catch (error) {
    if (isAisecError(error)) throw error;
    throw formatError(path, `rows ${rowStart}-${rowEnd - 1} cannot be decoded (${(error as Error).message})`, error);
  }
  return values;
}

function toCells(raw: unknown[], width: number, log: BoundedDiagnosticLog): Cell[] {
  const cells = new Array<Cell>(width);
  for (let i = 0; i < width; i++) {
    try {
      cells[i] = parquetCell(raw[i]);
    } catch {
      log.add('value-converted', 0, `A nested value in column ${i + 1} could not be turned into text; it reads as empty.`);
      cells[i] = null;
    }
  }
  return cells;
}
