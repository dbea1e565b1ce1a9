/**
 * Split a server-sent-event stream into whole events, whatever the byte boundaries of the reads
 * (inside a `data:` line, inside a multi-byte UTF-8 character, between the CR and LF of a line
 * end). An event ends at an empty line; CRLF, LF and CR line ends are all accepted. Line-end
 * bytes never occur inside a multi-byte UTF-8 character, so each event decodes on its own.
 */

/** Splits SSE bytes into events. */
export class SseSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  /** At the start of a line (nothing since the last line end). */
  private lineStart = true;
  /** The last byte was a CR (a following LF belongs to the same line end). */
  private lastCR = false;

  /** Bytes of the event not yet complete. */
  get pending(): number {
    return this.size;
  }

  /** Take `bytes`; append each event it completes (with its terminating empty line) to `out`. */
  push(bytes: Buffer, out: Buffer[]): void {
    let from = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 0x0a) {
        if (this.lastCR) {
          this.lastCR = false;
          continue;
        }
      } else if (b === 0x0d) this.lastCR = true;
      else {
        this.lastCR = false;
        this.lineStart = false;
        continue;
      }
      if (!this.lineStart) {
        this.lineStart = true;
        continue;
      }
      out.push(this.take(bytes, from, i + 1));
      from = i + 1;
    }
    if (from < bytes.length) {
      this.parts.push(from === 0 ? bytes : bytes.subarray(from));
      this.size += bytes.length - from;
    }
  }

  /** The bytes of an unfinished last event (and forget them). */
  rest(): Buffer {
    return this.take(Buffer.alloc(0), 0, 0);
  }

  private take(bytes: Buffer, from: number, to: number): Buffer {
    const tail = bytes.subarray(from, to);
    if (this.size === 0) return tail;
    const whole = Buffer.concat([...this.parts, tail], this.size + tail.length);
    this.parts = [];
    this.size = 0;
    return whole;
  }
}

/** The data of an event (its `data:` lines joined by LF), or undefined when it has none. */
export function eventData(event: Buffer): string | undefined {
  let data: string | undefined;
  for (const line of event.toString('utf8').split(/\r\n|\r|\n/)) {
    if (!line.startsWith('data')) continue;
    let value: string;
    if (line.length === 4) value = '';
    else if (line[4] === ':') value = line[5] === ' ' ? line.slice(6) : line.slice(5);
    else continue;
    data = data === undefined ? value : `${data}\n${value}`;
  }
  return data;
}
