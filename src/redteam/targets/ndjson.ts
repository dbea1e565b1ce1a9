/**
 * A line splitter for newline-delimited JSON streams (NDJSON, JSON Lines): text arrives in
 * chunks of any size, lines end in LF or CRLF, blank lines are skipped. Only text is handled
 * here; decoding bytes is the caller's job, and so is parsing each line.
 */

/** Feed chunks with `push`; `finish` returns what was left after the last line end. */
export interface LineSplitter {
  /** The whole lines completed by `text` (without their line ends; blank ones left out). */
  push(text: string): string[];
  /** End of the stream: the text after the last line end, when there is any (a last line without its LF, or a line cut short). */
  finish(): { readonly rest: string | undefined };
}

/** A new splitter. */
export function createLineSplitter(): LineSplitter {
  let buffer = '';
  return {
    push(text) {
      buffer += text;
      const lines: string[] = [];
      let start = 0;
      for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n', start)) {
        const line = buffer.slice(start, end > start && buffer.charCodeAt(end - 1) === 0x0d ? end - 1 : end);
        if (line.trim() !== '') lines.push(line);
        start = end + 1;
      }
      buffer = buffer.slice(start);
      return lines;
    },
    finish() {
      const rest = buffer.trim() === '' ? undefined : buffer;
      buffer = '';
      return { rest };
    },
  };
}
