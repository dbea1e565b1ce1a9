/**
 * A server-sent events parser (the WHATWG event-stream format): text arrives in chunks of any
 * size, lines end in LF, CRLF or CR (a CR at the end of a chunk waits for the next one), `data:`
 * lines of one event are joined with LF, comments and unknown fields are ignored. Only text is
 * handled here; decoding bytes (and replacing invalid UTF-8) is the caller's job.
 */

/** One dispatched event. */
export interface SseEvent {
  /** The `event:` field, `message` when there was none. */
  readonly event: string;
  readonly data: string;
}

/** Feed chunks with `push`; `finish` tells whether the stream stopped inside an event. */
export interface SseParser {
  push(text: string): SseEvent[];
  /**
   * End of the stream: events completed by a final CR, and `cut` true when text or data lines
   * were left without the blank line that ends an event (the stream was cut short).
   */
  finish(): { readonly events: SseEvent[]; readonly cut: boolean };
}

/** A new parser. */
export function createSseParser(): SseParser {
  let buffer = '';
  let data: string[] = [];
  let eventName = '';

  function line(text: string, out: SseEvent[]): void {
    if (text === '') {
      if (data.length > 0) out.push({ event: eventName === '' ? 'message' : eventName, data: data.join('\n') });
      data = [];
      eventName = '';
      return;
    }
    if (text.charCodeAt(0) === 0x3a) return; // ":" starts a comment (keep-alive)
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.charCodeAt(0) === 0x20) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') eventName = value;
    // id and retry are for reconnecting, which a single request never does; others are ignored by the format.
  }

  return {
    push(text) {
      const out: SseEvent[] = [];
      buffer += text;
      let start = 0;
      for (;;) {
        let end = start;
        while (end < buffer.length && buffer.charCodeAt(end) !== 0x0a && buffer.charCodeAt(end) !== 0x0d) end++;
        if (end >= buffer.length) break;
        let next = end + 1;
        if (buffer.charCodeAt(end) === 0x0d) {
          if (end + 1 >= buffer.length) break; // a CR at the end: the LF may be in the next chunk
          if (buffer.charCodeAt(end + 1) === 0x0a) next = end + 2;
        }
        line(buffer.slice(start, end), out);
        start = next;
      }
      buffer = buffer.slice(start);
      return out;
    },
    finish() {
      const events: SseEvent[] = [];
      if (buffer.endsWith('\r')) {
        line(buffer.slice(0, -1), events);
        buffer = '';
      }
      const cut = buffer !== '' || data.length > 0;
      buffer = '';
      data = [];
      eventName = '';
      return { events, cut };
    },
  };
}
