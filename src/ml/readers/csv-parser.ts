/**
 * A streaming RFC 4180 record parser over bytes: quoted fields (with `""` escapes and line
 * breaks inside), CRLF, LF or CR line ends, blank lines skipped. It is lenient where files in
 * the wild are (a quote inside an unquoted field is text; text after a closing quote is kept)
 * and strict about size: a record longer than `maxRecordBytes` is an error naming its line.
 *
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
import { AisecError } from '../../core/errors.js';
import { isValidUtf8, type Decode } from './text-decode.js';

/** Options of {@link CsvParser}. */
export interface CsvParserOptions {
  /** Field separator (one ASCII byte). */
  readonly delimiter: number;
  readonly maxRecordBytes: number;
  /** Fields kept per record; further fields are counted, not decoded. */
  readonly maxFields: number;
  readonly decode: Decode;
  /**
   * Decode a whole chunk when its byte offsets equal its character offsets (ASCII, or a
   * one-byte encoding); fields are then slices of that string, which is much faster than
   * decoding each field. Undefined when the chunk needs per-field decoding.
   */
  readonly decodeChunk?: (chunk: Buffer) => string | undefined;
  /** Check that text is valid UTF-8. */
  readonly checkUtf8: boolean;
  /** Fields to decode, by index (1 = decode); others come as null, fields past its end are only counted. Absent: all. */
  readonly keep?: Uint8Array;
  /** Fields holding a canonical decimal integer come as numbers (see {@link ReadOptions.typedIntegers}), however the input is cut into chunks. */
  readonly integers?: boolean;
}

/** One parsed record. */
export interface CsvRecord {
  /**
   * Field texts (at most `maxFields`; with `keep`, exactly one per column it covers); empty
   * fields are `''`; skipped fields null; canonical integers are numbers when asked for.
   */
  readonly fields: (string | number | null)[];
  /** Fields in the record, including those beyond `maxFields`. */
  readonly fieldCount: number;
  /** 1-based line on which the record starts. */
  readonly line: number;
  readonly invalidText: boolean;
  readonly hasNul: boolean;
  readonly strayQuote: boolean;
  /** The record ran into the end of the file inside a quoted field. */
  readonly unterminated: boolean;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: an escape (`""`) or the field's end. */
  QuoteSeen,
}

/** The record parser; feed chunks with {@link CsvParser.push}, then call {@link CsvParser.finish}. */
export class CsvParser {
  private state = State.FieldStart;
  private fields: (string | number | null)[] = [];
  private fieldCount = 0;
  private line = 1;
  private recordLine = 1;
  /** Offset in the whole input of the current record's first byte. */
  private recordStart = 0;
  /** Offset in the whole input of the current chunk's first byte. */
  private chunkOffset = 0;
  private afterCR = false;
  /** Field bytes carried across chunks or unescaped from a quoted field. */
  private buf = Buffer.allocUnsafe(4096);
  private bufLen = 0;
  private useBuf = false;
  private fieldStart = 0;
  /** Position of the closing-quote candidate in the current chunk; -1 when its content is already in `buf`. */
  private quotePos = -1;
  /** Whether `chunkText` and `chunkValid` were worked out for the current chunk (only once a text field needs them). */
  private chunkDecoded = false;
  private chunkValid = true;
  private chunkText: string | undefined;
  private chunkHasNul = false;
  private invalidText = false;
  private hasNul = false;
  private strayQuote = false;

  /** Fields stored per record: `maxFields`, or one per column of the projection. */
  private readonly stored: number;
  /** Nulls, one per column of the projection (a packed array, copied per record). */
  private readonly nullRow: null[] = [];

  private readonly options: CsvParserOptions;

  constructor(options: CsvParserOptions) {
    // Every option present, in one order: parsers made with different options share one shape, so hot code stays monomorphic.
    this.options = {
      delimiter: options.delimiter,
      maxRecordBytes: options.maxRecordBytes,
      maxFields: options.maxFields,
      decode: options.decode,
      decodeChunk: options.decodeChunk,
      checkUtf8: options.checkUtf8,
      keep: options.keep,
      integers: options.integers === true,
    };
    this.stored = options.keep === undefined ? options.maxFields : Math.min(options.keep.length, options.maxFields);
    for (let i = 0; i < (options.keep === undefined ? 0 : this.stored); i++) this.nullRow.push(null);
  }

  /** Parse one chunk; complete records are appended to `out`. */
  push(chunk: Buffer, out: CsvRecord[]): void {
    const { delimiter } = this.options;
    const n = chunk.length;
    this.chunkDecoded = false;
    this.chunkHasNul = chunk.includes(0);
    for (let i = 0; i < n; i++) {
      let b = chunk[i]!;
      if (this.afterCR) {
        this.afterCR = false;
        if (b === LF) {
          if (this.state === State.FieldStart && this.fields.length === 0) this.recordStart = this.chunkOffset + i + 1;
          continue;
        }
      }
      switch (this.state) {
        case State.FieldStart:
          if (this.fields.length === 0 && b !== QUOTE && b !== LF && b !== CR) {
            const next = this.plainRecords(chunk, i, out);
            // The record the fast loop left, if any, is parsed again from its start.
            this.invalidText = false;
            this.hasNul = false;
            if (next > i) {
              i = next - 1;
              continue;
            }
          }
          if (b === QUOTE) {
            this.state = State.Quoted;
            this.fieldStart = i + 1;
          } else if (b === delimiter) {
            this.addField('');
          } else if (b === LF || b === CR) {
            this.afterCR = b === CR;
            if (this.fields.length > 0) {
              this.addField('');
              this.endRecord(out, i);
            } else {
              // A blank line: no record.
              this.line++;
              this.recordLine = this.line;
              this.recordStart = this.chunkOffset + i + 1;
            }
          } else {
            this.state = State.Unquoted;
            this.fieldStart = i;
            // Most fields are plain: run to their end here rather than byte by byte through the switch.
            while (i + 1 < n && (b = chunk[i + 1]!) !== delimiter && b !== LF && b !== CR) i++;
            if (i + 1 < n) b = chunk[++i]!;
            else break;
            if (b === delimiter) {
              this.endField(chunk, this.fieldStart, i);
            } else {
              this.afterCR = b === CR;
              this.endField(chunk, this.fieldStart, i);
              this.endRecord(out, i);
            }
          }
          break;
        case State.Unquoted:
          if (b === delimiter) {
            this.endField(chunk, this.fieldStart, i);
          } else if (b === LF || b === CR) {
            this.afterCR = b === CR;
            this.endField(chunk, this.fieldStart, i);
            this.endRecord(out, i);
          }
          break;
        case State.Quoted:
          if (b !== QUOTE && b !== LF && b !== CR) {
            // Jump to the next byte that matters inside quotes.
            let j = i + 1;
            while (j < n && (b = chunk[j]!) !== QUOTE && b !== LF && b !== CR) j++;
            if (j === n) {
              i = n - 1;
              break;
            }
            i = j;
          }
          if (b === QUOTE) {
            this.state = State.QuoteSeen;
            this.quotePos = i;
          } else if (b === LF) {
            if (!this.afterCR) this.line++;
          } else if (b === CR) {
            this.line++;
            this.afterCR = true;
            // Inside quotes CRLF stays text; only the line count needs the CR/LF pairing.
          }
          break;
        case State.QuoteSeen:
          if (b === QUOTE) {
            // An escaped quote: keep the content so far plus one quote, go on.
            if (this.quotePos >= 0) this.append(chunk, this.fieldStart, this.quotePos + 1);
            else this.append(Buffer.of(QUOTE), 0, 1);
            this.fieldStart = i + 1;
            this.state = State.Quoted;
          } else if (b === delimiter || b === LF || b === CR) {
            this.endQuoted(chunk);
            if (b !== delimiter) {
              this.afterCR = b === CR;
              this.endRecord(out, i);
            }
          } else {
            // Text after a closing quote (`"ab"c`): keep it, with the quote, as an unquoted tail.
            this.strayQuote = true;
            if (this.quotePos >= 0) this.append(chunk, this.fieldStart, this.quotePos + 1);
            else this.append(Buffer.of(QUOTE), 0, 1);
            this.fieldStart = i;
            this.state = State.Unquoted;
          }
          break;
      }
    }
    // Carry the unfinished field into `buf`; the chunk is not looked at again.
    if (this.state === State.Unquoted || this.state === State.Quoted) {
      this.append(chunk, this.fieldStart, n);
      this.fieldStart = 0;
    } else if (this.state === State.QuoteSeen && this.quotePos >= 0) {
      this.append(chunk, this.fieldStart, this.quotePos);
      this.quotePos = -1;
      this.fieldStart = 0;
    }
    this.chunkOffset += n;
    this.checkSize(this.chunkOffset);
  }

  /** End of input: emit the last record (a quoted field left open is flagged `unterminated`). */
  finish(out: CsvRecord[]): void {
    const empty = Buffer.alloc(0);
    this.chunkDecoded = true;
    this.chunkText = undefined;
    this.chunkValid = true;
    this.chunkHasNul = false;
    if (this.state === State.Quoted) {
      this.endField(empty, 0, 0);
      this.emit(out, true);
    } else if (this.state === State.QuoteSeen) {
      this.endQuoted(empty);
      this.emit(out, false);
    } else if (this.state === State.Unquoted) {
      this.endField(empty, 0, 0);
      this.emit(out, false);
    } else if (this.fields.length > 0) {
      this.addField('');
      this.emit(out, false);
    }
  }

  private endQuoted(chunk: Buffer): void {
    if (this.quotePos >= 0) this.endField(chunk, this.fieldStart, this.quotePos);
    else this.endField(chunk, 0, 0);
  }

  private append(chunk: Buffer, start: number, end: number): void {
    const len = end - start;
    if (len <= 0) {
      this.useBuf = true;
      return;
    }
    if (this.bufLen + len > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.bufLen + len));
      this.buf.copy(grown, 0, 0, this.bufLen);
      this.buf = grown;
    }
    chunk.copy(this.buf, this.bufLen, start, end);
    this.bufLen += len;
    this.useBuf = true;
  }

  /**
   * The records from `start` (where a record begins) that lie wholly in this chunk and hold
   * no quote and no lone CR, split in one tight loop: the common case of plain data. Returns
   * where the first record it leaves to the state machine begins (`start` if that is the first);
   * the caller clears what it noted of that record. Every exit returns at once: a loop
   * optimised while running has no type feedback for code after it, and such code would
   * throw the optimised loop away on every call.
   */
  private plainRecords(chunk: Buffer, start: number, out: CsvRecord[]): number {
    const { delimiter, maxFields, keep, maxRecordBytes } = this.options;
    const stored = this.stored;
    const highest = Math.max(delimiter, QUOTE, LF, CR);
    const n = chunk.length;
    let at = start;
    records: while (at < n) {
      const first = chunk[at]!;
      if (first === QUOTE || first === LF || first === CR) return at;
      // With a projection, a copy of a row of nulls takes the kept cells: no push per skipped field.
      const fields: (string | number | null)[] = keep !== undefined ? this.nullRow.slice() : [];
      let fieldCount = 0;
      let fieldStart = at;
      for (let i = at; ; i++) {
        if (i === n) return at;
        const b = chunk[i]!;
        // Digits and letters lie above every byte that ends a field when the separator is `,` or a tab.
        if (b > highest || (b !== delimiter && b !== LF && b !== CR && b !== QUOTE)) continue;
        if (b === QUOTE) return at;
        if (keep === undefined) {
          if (fieldCount < maxFields) fields.push(this.plainValue(chunk, fieldStart, i));
        } else if (keep[fieldCount] === 1 && fieldCount < stored) {
          fields[fieldCount] = this.plainValue(chunk, fieldStart, i);
        }
        fieldCount++;
        fieldStart = i + 1;
        if (b === delimiter) continue;
        let next = i + 1;
        if (b === CR) {
          if (next < n && chunk[next] === LF) next++;
          else return at;
        }
        if (i - at > maxRecordBytes) return at;
        out.push({ fields, fieldCount, line: this.line, invalidText: this.invalidText, hasNul: this.hasNul, strayQuote: false, unterminated: false });
        this.invalidText = false;
        this.hasNul = false;
        this.line++;
        this.recordLine = this.line;
        this.recordStart = this.chunkOffset + next;
        at = next;
        continue records;
      }
    }
    return at;
  }

  /** A field that lies wholly in the current chunk and needs no unescaping. */
  private plainValue(chunk: Buffer, start: number, end: number): string | number {
    if (this.options.integers) {
      const n = canonicalInteger(chunk, start, end);
      if (n !== undefined) return n;
    }
    if (this.chunkHasNul && chunk.subarray(start, end).includes(0)) this.hasNul = true;
    if (!this.chunkDecoded) {
      this.chunkDecoded = true;
      this.chunkText = this.options.decodeChunk?.(chunk);
      this.chunkValid = this.chunkText !== undefined || !this.options.checkUtf8 || isValidUtf8(chunk, 0, chunk.length);
    }
    if (this.chunkText !== undefined) return this.chunkText.slice(start, end);
    if (!this.chunkValid && !isValidUtf8(chunk, start, end)) this.invalidText = true;
    return this.options.decode(chunk, start, end);
  }

  private endField(chunk: Buffer, start: number, end: number): void {
    const index = this.fields.length;
    if (index >= this.stored || (this.options.keep !== undefined && this.options.keep[index] !== 1)) {
      this.addField(null);
      return;
    }
    if (!this.useBuf) {
      this.addField(this.plainValue(chunk, start, end));
      return;
    }
    this.append(chunk, start, end);
    const n = this.options.integers ? canonicalInteger(this.buf, 0, this.bufLen) : undefined;
    if (n !== undefined) {
      this.addField(n);
      return;
    }
    const text = this.options.decode(this.buf, 0, this.bufLen);
    if (this.options.checkUtf8 && !isValidUtf8(this.buf, 0, this.bufLen)) this.invalidText = true;
    if (this.buf.subarray(0, this.bufLen).includes(0)) this.hasNul = true;
    this.addField(text);
  }

  private addField(value: string | number | null): void {
    const index = this.fields.length;
    if (index < this.stored) this.fields.push(this.options.keep !== undefined && this.options.keep[index] !== 1 ? null : value);
    this.fieldCount++;
    this.resetField();
  }

  private resetField(): void {
    this.state = State.FieldStart;
    this.useBuf = false;
    this.bufLen = 0;
    this.quotePos = -1;
    // Give back memory after a huge field.
    if (this.buf.length > 1 << 20) this.buf = Buffer.allocUnsafe(4096);
  }

  /** A record ended at chunk position `i` (its line break). */
  private endRecord(out: CsvRecord[], i: number): void {
    this.checkSize(this.chunkOffset + i);
    this.emit(out, false);
    this.line++;
    this.recordLine = this.line;
    this.recordStart = this.chunkOffset + i + 1;
  }

  private emit(out: CsvRecord[], unterminated: boolean): void {
    if (this.options.keep !== undefined) while (this.fields.length < this.stored) this.fields.push(null);
    out.push({
      fields: this.fields,
      fieldCount: this.fieldCount,
      line: this.recordLine,
      invalidText: this.invalidText,
      hasNul: this.hasNul,
      strayQuote: this.strayQuote,
      unterminated,
    });
    this.fields = [];
    this.fieldCount = 0;
    this.invalidText = false;
    this.hasNul = false;
    this.strayQuote = false;
  }

  private checkSize(at: number): void {
    if (this.state === State.FieldStart && this.fields.length === 0) return;
    if (at - this.recordStart > this.options.maxRecordBytes) {
      throw new AisecError(
        'ERR_DATA_LIMIT',
        `The record starting on line ${this.recordLine} is longer than ${this.options.maxRecordBytes} bytes${this.state === State.Quoted ? ' (a quoted field may be missing its closing quote)' : ''}. Fix the file, or raise the limit (maxLineBytes) if such records are expected.`,
        { details: { line: this.recordLine, maxLineBytes: this.options.maxRecordBytes } },
      );
    }
  }
}

/**
 * The value of `bytes[start, end)` when it is a canonical decimal integer of at most 15
 * digits (`0`, or an optional `-` and digits without a leading zero), so that `String(n)`
 * gives back exactly the same text; otherwise undefined.
 */
function canonicalInteger(bytes: Buffer, start: number, end: number): number | undefined {
  let i = start;
  const negative = bytes[i] === 0x2d;
  if (negative) i++;
  const digits = end - i;
  if (digits < 1 || digits > 15) return undefined;
  if (bytes[i] === 0x30 && (digits > 1 || negative)) return undefined;
  let value = 0;
  for (; i < end; i++) {
    const d = bytes[i]! - 0x30;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  return negative ? -value : value;
}
