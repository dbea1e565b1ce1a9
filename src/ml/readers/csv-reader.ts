/**
 * CSV and TSV files as a {@link RowReader}: header from the first record, cells as text
 * (empty fields are null), ragged rows padded or cut and reported with their line.
 */
import type { FileHandle } from 'node:fs/promises';
import { AisecError } from '../../core/errors.js';
import type { Cell } from '../table.js';
import { byteChunks } from './byte-chunks.js';
import { CsvParser, type CsvParserOptions, type CsvRecord } from './csv-parser.js';
import { BoundedDiagnosticLog } from './diagnostic-log.js';
import { uniqueColumnNames } from './column-names.js';
import { createRowReader } from './row-reader.js';
import { sniffDelimiter } from './sniff-delimiter.js';
import { chunkDecoderFor, decoderFor, incompleteUtf8Tail } from './text-decode.js';
import { defaultMaxColumns, defaultMaxLineBytes, type ReadOptions, type RowReader, type RowRecord, type TextEncoding } from './types.js';

/** What the format detection learnt about the file. */
export interface CsvStart {
  readonly handle: FileHandle;
  /** Leading bytes of the file (for the separator). */
  readonly head: Buffer;
  readonly format: 'csv' | 'tsv';
  readonly path: string;
}

const utf8Bom = [0xef, 0xbb, 0xbf];

/** Open a CSV or TSV file; the header is read before this resolves. */
export async function openCsv(start: CsvStart, options: ReadOptions): Promise<RowReader> {
  const encoding: TextEncoding = options.encoding ?? 'utf-8';
  const maxColumns = options.maxColumns ?? defaultMaxColumns;
  const bom = encoding === 'utf-8' && utf8Bom.every((b, i) => start.head[i] === b) ? 3 : 0;
  const decode = decoderFor(encoding);
  const delimiter = options.delimiter ?? (start.format === 'tsv' ? '\t' : sniffDelimiter(decode(start.head, bom, start.head.length)));
  if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 0x7f || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new AisecError('ERR_USAGE', `The field separator must be one ASCII character other than a quote or line break, not ${JSON.stringify(delimiter)}.`);
  }
  const parserOptions: CsvParserOptions = {
    delimiter: delimiter.charCodeAt(0),
    maxRecordBytes: options.maxLineBytes ?? defaultMaxLineBytes,
    // One more than allowed, so a row that is too wide is noticed; the rest are only counted.
    maxFields: maxColumns + 1,
    decode,
    decodeChunk: chunkDecoderFor(encoding),
    checkUtf8: encoding === 'utf-8',
  };
  // With a projection or typed integers the header must still be read in full: read it from
  // the head first, then parse the file with the projection and drop its first record.
  const projecting = options.header !== false && (options.columns !== undefined || options.typedIntegers === true);
  const probed = projecting ? probeHeader(start.head, bom, parserOptions) : undefined;
  const keep = probed && options.columns ? keepMask(probed.fields, options.columns) : undefined;
  const parser = new CsvParser({ ...parserOptions, ...(keep ? { keep } : {}), integers: probed !== undefined && options.typedIntegers === true });
  const log = new BoundedDiagnosticLog();
  const records = parseRecords(start.handle, bom, parser, encoding === 'utf-8', options.signal);
  let first: CsvRecord | undefined;
  let pending: CsvRecord[] = [];
  // Pull batches by hand: breaking out of a for-await loop would close the generator.
  for (let next = await records.next(); !next.done; next = await records.next()) {
    if (next.value.length === 0) continue;
    first = next.value[0];
    pending = next.value;
    break;
  }
  if (probed && first) first = probed;
  let columns: string[];
  if (first === undefined) {
    log.add('empty-file', 0, `${start.path} holds no records.`);
    columns = [];
  } else {
    if (first.fieldCount > maxColumns) {
      throw new AisecError('ERR_DATA_LIMIT', `${start.path}: line ${first.line} has ${first.fieldCount} fields; at most ${maxColumns} columns are read. Check the separator, or raise maxColumns.`, {
        details: { line: first.line, columns: first.fieldCount },
      });
    }
    if (options.header === false) {
      columns = first.fields.map((_, i) => `column_${i + 1}`);
    } else {
      pending = pending.slice(1);
      noteRecordProblems(first, log);
      columns = uniqueColumnNames(headerNames(first), first.line, log);
    }
  }
  const width = columns.length;
  async function* rows(): AsyncGenerator<RowRecord[]> {
    yield pending.map((r) => toRow(r, width, log));
    for await (const batch of records) yield batch.map((r) => toRow(r, width, log));
  }
  const header = { format: start.format, columns, encoding, delimiter };
  return createRowReader(header, log, rows(), () => start.handle.close(), options.signal);
}

/**
 * Bytes parsed into one batch. Small batches keep few rows alive at a time, which keeps
 * garbage collection cheap: with whole 1 MiB chunks it took a fifth of the time.
 */
const batchBytes = 64 * 1024;

/** Where the slice of `chunk` from `at` ends: after its last line break, or at `batchBytes` when it has none. */
function sliceEnd(chunk: Buffer, at: number): number {
  const end = Math.min(chunk.length, at + batchBytes);
  if (end === chunk.length) return end;
  const lf = chunk.subarray(at, end).lastIndexOf(0x0a);
  return lf < 0 ? end : at + lf + 1;
}

/** The parser's records, one batch per slice of a chunk read. */
async function* parseRecords(handle: FileHandle, from: number, parser: CsvParser, utf8: boolean, signal: AbortSignal | undefined): AsyncGenerator<CsvRecord[]> {
  let carry: Buffer | undefined;
  for await (const raw of byteChunks(handle, from, signal)) {
    let chunk = carry ? Buffer.concat([carry, raw]) : raw;
    carry = undefined;
    const tail = utf8 ? incompleteUtf8Tail(chunk) : 0;
    if (tail > 0) {
      carry = Buffer.from(chunk.subarray(chunk.length - tail));
      chunk = chunk.subarray(0, chunk.length - tail);
    }
    for (let at = 0; at < chunk.length; ) {
      const end = sliceEnd(chunk, at);
      const out: CsvRecord[] = [];
      try {
        parser.push(chunk.subarray(at, end), out);
      } catch (error) {
        // Hand out the records before the problem first, so a reader sees every good row.
        yield out;
        throw error;
      }
      yield out;
      at = end;
    }
  }
  const out: CsvRecord[] = [];
  if (carry) parser.push(carry, out);
  parser.finish(out);
  yield out;
}

/** A record as a row of the table: empty text is null, short rows padded, long rows cut. */
function toRow(record: CsvRecord, width: number, log: BoundedDiagnosticLog): RowRecord {
  noteRecordProblems(record, log);
  if (record.fieldCount !== width) {
    log.add('ragged-row', record.line, `Line ${record.line} has ${record.fieldCount} fields but the header has ${width}; ${record.fieldCount < width ? 'the missing cells are empty' : 'the extra fields are ignored'}.`);
  }
  const cells = record.fields as Cell[];
  if (cells.length > width) cells.length = width;
  for (let i = 0; i < cells.length; i++) if (cells[i] === '') cells[i] = null;
  while (cells.length < width) cells.push(null);
  return { row: cells, line: record.line };
}

function noteRecordProblems(record: CsvRecord, log: BoundedDiagnosticLog): void {
  if (record.invalidText) log.add('invalid-utf8', record.line, `Line ${record.line} is not valid UTF-8; the bad bytes read as U+FFFD. If the file is Latin-1 or Windows-1252, read it with that encoding.`);
  if (record.hasNul) log.add('nul-byte', record.line, `Line ${record.line} holds NUL bytes.`);
  if (record.strayQuote) log.add('stray-quote', record.line, `Line ${record.line} has text after a closing quote; it was kept as part of the field.`);
  if (record.unterminated) log.add('unterminated-quote', record.line, `The quoted field starting on line ${record.line} is not closed before the end of the file; the row holds everything up to the end.`);
}

/** The first record of the file if it lies within `head` (parsed in small steps, so only as far as needed). */
function probeHeader(head: Buffer, bom: number, options: CsvParserOptions): CsvRecord | undefined {
  const parser = new CsvParser(options);
  const out: CsvRecord[] = [];
  const step = 4096;
  try {
    for (let at = bom; at < head.length && out.length === 0; at += step) parser.push(head.subarray(at, Math.min(head.length, at + step)), out);
  } catch {
    return undefined;
  }
  // A record cut by the end of the head is not complete: only a record followed by more input counts.
  return out.length > 0 && out[0]!.fieldCount === out[0]!.fields.length ? out[0] : undefined;
}

function headerNames(record: CsvRecord): string[] {
  return record.fields.map((f) => (f === null ? '' : String(f)));
}

/** Which fields to decode for a projection onto `wanted` column names (as named after de-duplication). */
function keepMask(fields: CsvRecord['fields'], wanted: readonly string[]): Uint8Array {
  const names = uniqueColumnNames(fields.map((f) => (f === null ? '' : String(f))), 0, new BoundedDiagnosticLog());
  const want = new Set(wanted);
  const mask = new Uint8Array(names.length);
  names.forEach((name, i) => (mask[i] = want.has(name) ? 1 : 0));
  return mask;
}
