/**
 * JSON Lines files as a {@link RowReader}: one object per line; the columns are the keys seen
 * in the first lines; nested values become JSON text; bad lines are reported and skipped.
 */
import type { FileHandle } from 'node:fs/promises';
import { AisecError } from '../../core/errors.js';
import type { Cell } from '../table.js';
import { byteChunks } from './byte-chunks.js';
import { BoundedDiagnosticLog } from './diagnostic-log.js';
import { LineSplitter, type Line } from './line-splitter.js';
import { createRowReader } from './row-reader.js';
import { decoderFor, isValidUtf8 } from './text-decode.js';
import { defaultMaxColumns, defaultMaxLineBytes, type ReadOptions, type RowReader, type RowRecord, type TextEncoding } from './types.js';

/** Lines read before the columns are fixed; keys first seen later are reported and ignored. */
export const jsonlHeaderLines = 1000;

type JsonRecord = { readonly values: Record<string, unknown>; readonly line: number };

/** Open a JSON Lines file; the first lines are read to learn the columns before this resolves. */
export async function openJsonl(handle: FileHandle, path: string, options: ReadOptions): Promise<RowReader> {
  const encoding: TextEncoding = options.encoding ?? 'utf-8';
  const maxColumns = options.maxColumns ?? defaultMaxColumns;
  const log = new BoundedDiagnosticLog();
  const decode = decoderFor(encoding);
  const splitter = new LineSplitter(options.maxLineBytes ?? defaultMaxLineBytes, path);
  const parse = (line: Line): JsonRecord | undefined => parseLine(line, encoding, decode, log);
  const lines = splitLines(handle, splitter, options.signal);
  // Read ahead to learn the columns, keeping the parsed records for the first batches.
  const ahead: JsonRecord[] = [];
  const columns: string[] = [];
  const known = new Set<string>();
  let lineCount = 0;
  // Pull batches by hand: breaking out of a for-await loop would close the generator.
  const leftover: Line[] = [];
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    for (const line of next.value) {
      if (lineCount >= jsonlHeaderLines) {
        leftover.push(line);
        continue;
      }
      lineCount++;
      const record = parse(line);
      if (!record) continue;
      ahead.push(record);
      for (const key of Object.keys(record.values)) {
        if (known.has(key)) continue;
        if (known.size >= maxColumns) {
          throw new AisecError('ERR_DATA_LIMIT', `${path}: the objects up to line ${record.line} have more than ${maxColumns} distinct keys. Raise maxColumns if that is expected.`, { details: { line: record.line } });
        }
        known.add(key);
        columns.push(key);
      }
    }
    if (lineCount >= jsonlHeaderLines) break;
  }
  if (lineCount === 0) log.add('empty-file', 0, `${path} holds no lines.`);
  const unknownKeys = new Set<string>();
  const toRow = (record: JsonRecord): RowRecord => {
    const row: Cell[] = new Array<Cell>(columns.length);
    for (let i = 0; i < columns.length; i++) row[i] = toCell(record.values[columns[i]!], record.line, log);
    for (const key of Object.keys(record.values)) {
      if (known.has(key) || unknownKeys.has(key)) continue;
      unknownKeys.add(key);
      log.add('unknown-key', record.line, `Key "${key}" first appears on line ${record.line}, after the first ${jsonlHeaderLines} lines that fix the columns; it is ignored.`);
    }
    return { row, line: record.line };
  };
  async function* rows(): AsyncGenerator<RowRecord[]> {
    yield ahead.map(toRow);
    for (const batch of [leftover]) {
      const out: RowRecord[] = [];
      for (const line of batch) {
        const record = parse(line);
        if (record) out.push(toRow(record));
      }
      yield out;
    }
    for await (const batch of lines) {
      const out: RowRecord[] = [];
      for (const line of batch) {
        const record = parse(line);
        if (record) out.push(toRow(record));
      }
      yield out;
    }
  }
  return createRowReader({ format: 'jsonl', columns, encoding }, log, rows(), () => handle.close(), options.signal);
}

async function* splitLines(handle: FileHandle, splitter: LineSplitter, signal: AbortSignal | undefined): AsyncGenerator<Line[]> {
  for await (const chunk of byteChunks(handle, 0, signal)) {
    const out: Line[] = [];
    splitter.push(chunk, out);
    yield out;
  }
  const out: Line[] = [];
  splitter.finish(out);
  yield out;
}

function parseLine(line: Line, encoding: TextEncoding, decode: (b: Buffer, s: number, e: number) => string, log: BoundedDiagnosticLog): JsonRecord | undefined {
  let text = decode(line.bytes, 0, line.bytes.length);
  if (line.number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return undefined;
  if (encoding === 'utf-8' && !isValidUtf8(line.bytes, 0, line.bytes.length)) {
    log.add('invalid-utf8', line.number, `Line ${line.number} is not valid UTF-8; the bad bytes read as U+FFFD.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    log.add('invalid-json', line.number, `Line ${line.number} is not valid JSON (${(error as Error).message}); it is skipped.`);
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    log.add('not-an-object', line.number, `Line ${line.number} holds ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not a JSON object; it is skipped.`);
    return undefined;
  }
  return { values: value as Record<string, unknown>, line: line.number };
}

/** A JSON value as a cell: scalars stay, objects and arrays become their JSON text. */
function toCell(value: unknown, line: number, log: BoundedDiagnosticLog): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  try {
    return JSON.stringify(value);
  } catch {
    // Only nesting deep enough to exhaust the stack gets here.
    log.add('value-converted', line, `A value on line ${line} is nested too deeply to keep; it reads as empty.`);
    return null;
  }
}
