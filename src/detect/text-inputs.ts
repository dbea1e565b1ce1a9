/**
 * Texts to score, read from a byte stream: JSON Lines rows with a text field, one text per
 * line, or the whole stream as one text. Reading is streamed in bounded memory: a line longer
 * than the limit becomes an error for that line (its bytes are skipped, not held), and every
 * row that cannot be used becomes an error in its place, so results keep the input's order and
 * one bad row never stops the rest.
 */
import { didYouMean } from '../core/suggest.js';
import { DEFAULT_MAX_INPUT_BYTES } from './prompt-injection/prepare-text.js';

/** The id of an input row, from its id field: a string or a number, else `null`. */
export type TextInputId = string | number | null;

/** One text to score, or why one row could not be read. */
export type TextInput =
  | {
      readonly kind: 'text';
      /** 1-based line number, or `null` when the text did not come from a line. */
      readonly line: number | null;
      readonly id: TextInputId;
      readonly text: string;
    }
  | {
      readonly kind: 'error';
      readonly line: number;
      readonly id: TextInputId;
      readonly error: { readonly code: 'ERR_DETECT_INPUT'; readonly message: string };
    };

/** Options of {@link readTextLines}. */
export interface LineReadOptions {
  /** A line longer than this many bytes (without its line break) is an error. Default 1 MiB. */
  readonly maxLineBytes?: number;
  /** Name of the source in messages, e.g. the file path or `stdin`. */
  readonly source?: string;
}

/** Options of {@link readJsonlTexts}. */
export interface JsonlTextOptions extends LineReadOptions {
  /** The field holding the text. Default `text`. */
  readonly field?: string;
  /** The field holding the row's id. Default `id`. */
  readonly idField?: string;
}

/** Default cap on one line: the detector does not score more than 1 MiB of one text. */
export const DEFAULT_MAX_LINE_BYTES = DEFAULT_MAX_INPUT_BYTES;

type RawLine = { readonly line: number; readonly bytes: Buffer } | { readonly line: number; readonly tooLong: true };

/**
 * Split bytes into lines (LF or CRLF), dropping a UTF-8 byte-order mark at the start. A line
 * over `maxLineBytes` is reported as too long and its bytes are skipped up to the next line break.
 */
async function* splitLines(source: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let skipping = false;
  let line = 1;
  const take = (): RawLine => {
    const number = line++;
    if (skipping) {
      skipping = false;
      return { line: number, tooLong: true };
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, held);
    if (number === 1 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    held = 0;
    return { line: number, bytes };
  };
  const hold = (piece: Buffer): void => {
    if (skipping || piece.length === 0) return;
    // Slack for what is not counted: the CR of a CRLF line break, and a byte-order mark on line 1.
    if (held + piece.length > maxLineBytes + (line === 1 ? 4 : 1)) {
      skipping = true;
      parts = [];
      held = 0;
      return;
    }
    parts.push(piece);
    held += piece.length;
  };
  for await (const chunk of source) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let lf = buffer.indexOf(0x0a); lf >= 0; lf = buffer.indexOf(0x0a, start)) {
      hold(buffer.subarray(start, lf));
      const raw = take();
      // `hold` allowed the slack; the line without its CR and byte-order mark must fit.
      yield 'bytes' in raw && raw.bytes.length > maxLineBytes ? { line: raw.line, tooLong: true } : raw;
      start = lf + 1;
    }
    // Copy the tail: the caller may reuse the chunk's memory.
    if (start < buffer.length) hold(Buffer.from(buffer.subarray(start)));
  }
  if (held > 0 || skipping) {
    const raw = take();
    yield 'bytes' in raw && raw.bytes.length > maxLineBytes ? { line: raw.line, tooLong: true } : raw;
  }
}

function tooLongError(line: number, maxLineBytes: number, source: string): TextInput {
  return inputError(line, null, `Line ${line} of ${source} is longer than ${maxLineBytes} bytes; it was skipped. Split the text, or score it alone (as an argument or from stdin, where the detector reads its first ${maxLineBytes} bytes).`);
}

function inputError(line: number, id: TextInputId, message: string): TextInput {
  return { kind: 'error', line, id, error: { code: 'ERR_DETECT_INPUT', message } };
}

const isBlank = (bytes: Buffer): boolean => bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);

/**
 * One text per line; blank lines are skipped.
 *
 * @example
 * for await (const input of readTextLines(process.stdin, { source: 'stdin' })) ...
 */
export async function* readTextLines(source: AsyncIterable<Uint8Array>, options: LineReadOptions = {}): AsyncGenerator<TextInput> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const name = options.source ?? 'the input';
  for await (const raw of splitLines(source, max)) {
    if (!('bytes' in raw)) yield tooLongError(raw.line, max, name);
    else if (!isBlank(raw.bytes)) yield { kind: 'text', line: raw.line, id: null, text: raw.bytes.toString('utf8') };
  }
}

/**
 * JSON Lines rows, each an object whose `field` holds the text to score; blank lines are
 * skipped. A row that is not valid JSON, not an object, or has no string in `field` becomes an
 * `ERR_DETECT_INPUT` error in its place, with the row's id when it has one.
 *
 * @example
 * for await (const input of readJsonlTexts(handle.createReadStream(), { field: 'prompt', source: 'prompts.jsonl' })) ...
 */
export async function* readJsonlTexts(source: AsyncIterable<Uint8Array>, options: JsonlTextOptions = {}): AsyncGenerator<TextInput> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const name = options.source ?? 'the input';
  const field = options.field ?? 'text';
  const idField = options.idField ?? 'id';
  for await (const raw of splitLines(source, max)) {
    if (!('bytes' in raw)) {
      yield tooLongError(raw.line, max, name);
      continue;
    }
    if (isBlank(raw.bytes)) continue;
    yield parseRow(raw.bytes.toString('utf8'), raw.line, field, idField, name);
  }
}

function parseRow(text: string, line: number, field: string, idField: string, source: string): TextInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return inputError(line, null, `Line ${line} of ${source} is not valid JSON (${(error as Error).message}); give one JSON object per line.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return inputError(line, null, `Line ${line} of ${source} holds ${describe(value)}, not a JSON object; give one object per line, e.g. {"${field}": "..."}.`);
  }
  const row = value as Record<string, unknown>;
  const idValue = Object.hasOwn(row, idField) ? row[idField] : undefined;
  const id: TextInputId = typeof idValue === 'string' || (typeof idValue === 'number' && Number.isFinite(idValue)) ? idValue : null;
  if (!Object.hasOwn(row, field)) {
    const hint = didYouMean(field, Object.keys(row).slice(0, 1000));
    return inputError(line, id, `Line ${line} of ${source} has no "${field}" field.${hint ? ` Did you mean "${hint}"? Pass --field ${hint}.` : ' Name the text field with --field.'}`);
  }
  const textValue = row[field];
  if (typeof textValue !== 'string') {
    return inputError(line, id, `The "${field}" field on line ${line} of ${source} holds ${describe(textValue)}, not a string.`);
  }
  return { kind: 'text', line, id, text: textValue };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

/** The whole stream as one text, and how much of it was left out. */
export interface WholeText {
  /** The first `maxBytes` bytes (cut at a character boundary), decoded as UTF-8. */
  readonly text: string;
  /** Bytes the stream held in all. */
  readonly totalBytes: number;
  /** Bytes beyond the limit that were read and dropped (0 when none). */
  readonly droppedBytes: number;
}

/**
 * Read a whole stream as one text, keeping at most `maxBytes` bytes (default 1 MiB, what the
 * detector scores) and counting the rest; a byte-order mark at the start is dropped.
 */
export async function readWholeText(source: AsyncIterable<Uint8Array>, maxBytes: number = DEFAULT_MAX_INPUT_BYTES): Promise<WholeText> {
  const parts: Buffer[] = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of source) {
    total += chunk.byteLength;
    if (kept >= maxBytes) continue;
    const piece = Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(chunk.byteLength, maxBytes - kept));
    parts.push(Buffer.from(piece));
    kept += piece.length;
  }
  let bytes = Buffer.concat(parts, kept);
  if (total > kept) bytes = bytes.subarray(0, boundary(bytes));
  const droppedBytes = total - bytes.length;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  return { text: bytes.toString('utf8'), totalBytes: total, droppedBytes };
}

/** The length of `bytes` without an incomplete UTF-8 sequence at its end. */
function boundary(bytes: Buffer): number {
  let end = bytes.length;
  let back = 0;
  while (end > 0 && back < 3 && ((bytes[end - 1] ?? 0) & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end === 0) return bytes.length;
  const lead = bytes[end - 1]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > back + 1 ? end - 1 : bytes.length;
}
