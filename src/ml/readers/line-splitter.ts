import { AisecError } from '../../core/errors.js';

/** One line of a file, without its line break. */
export interface Line {
  readonly bytes: Buffer;
  /** 1-based line number. */
  readonly number: number;
}

/**
 * Splits a byte stream into lines (LF or CRLF), holding at most `maxLineBytes` of an
 * unfinished line: a longer line is an error naming it, so a 10 GB line cannot fill memory.
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private partBytes = 0;
  private line = 1;

  constructor(
    private readonly maxLineBytes: number,
    private readonly what: string,
  ) {}

  /** Split one chunk; complete lines are appended to `out`. */
  push(chunk: Buffer, out: Line[]): void {
    let start = 0;
    for (let lf = chunk.indexOf(0x0a); lf >= 0; lf = chunk.indexOf(0x0a, start)) {
      this.check(this.partBytes + lf - start);
      let bytes = this.parts.length > 0 ? Buffer.concat([...this.parts, chunk.subarray(start, lf)]) : chunk.subarray(start, lf);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      out.push({ bytes, number: this.line++ });
      this.parts = [];
      this.partBytes = 0;
      start = lf + 1;
    }
    if (start < chunk.length) {
      this.parts.push(chunk.subarray(start));
      this.partBytes += chunk.length - start;
      this.check(this.partBytes);
    }
  }

  /** End of input: the last line if it has no line break. */
  finish(out: Line[]): void {
    if (this.partBytes === 0) return;
    let bytes = Buffer.concat(this.parts);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    out.push({ bytes, number: this.line++ });
    this.parts = [];
    this.partBytes = 0;
  }

  private check(bytes: number): void {
    if (bytes > this.maxLineBytes) {
      throw new AisecError('ERR_DATA_LIMIT', `Line ${this.line} of ${this.what} is longer than ${this.maxLineBytes} bytes. Fix the file, or raise the limit (maxLineBytes) if such lines are expected.`, {
        details: { line: this.line, maxLineBytes: this.maxLineBytes },
      });
    }
  }
}
