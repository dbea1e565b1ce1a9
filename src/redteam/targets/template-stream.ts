/**
 * A streamed answer of an HTTP application read into one reply text: server-sent events or
 * newline-delimited JSON, decoded as UTF-8 across chunk borders (invalid bytes become U+FFFD),
 * each event parsed as JSON and its text piece taken at a dotted path, the pieces joined.
 *
 * Bounded: at most `maxResponseBytes` bytes are read and `maxChars` characters kept (past
 * either, reading stops and the reply is marked truncated); the request's signal bounds the time.
 * A stream that stops before its end marker, or inside an event, gives a reply marked truncated.
 * An event that is not JSON, an `error` event, or a text piece that is not text is
 * ERR_ENDPOINT_RESPONSE naming the event.
 */
import { parseJsonText, snippet } from '../../ml/adapters/json-text.js';
import { valueAt } from './dotted-path.js';
import { responseError, transportError } from './endpoint-errors.js';
import type { ExchangeSettings } from './http-exchange.js';
import { createLineSplitter } from './ndjson.js';
import { contentText, errorOf, isRecord } from './openai-wire.js';
import { createSseParser } from './sse.js';

/** How a stream is read. */
export interface TemplateStreamSpec {
  readonly format: 'sse' | 'ndjson';
  /** Dotted path of the text piece in each event's JSON; empty: the event itself (for SSE, its data as text, unparsed). */
  readonly path: readonly string[];
  /** The path as the user wrote it, for messages. */
  readonly pathText: string;
  /** An event whose data is exactly this text (trimmed) ends the stream. */
  readonly done?: string;
  /** An event with `true` at this path ends the stream (after its text piece is taken). */
  readonly donePath?: readonly string[];
  /** Whether a stream that ends without an end marker is marked truncated. */
  readonly expectDone: boolean;
  /** Dotted path of a session id; the first event that has one gives it. */
  readonly sessionPath?: readonly string[];
}

/** The assembled reply text, whether it was cut short, and the session id found. */
export interface TemplateStreamReply {
  readonly content: string;
  readonly truncated: boolean;
  readonly session?: string;
}

/** Read the streamed body of `response` as `spec` says, keeping at most `maxChars` characters. */
export async function readTemplateStream(settings: ExchangeSettings, response: Response, signal: AbortSignal, spec: TemplateStreamSpec, maxChars: number): Promise<TemplateStreamReply> {
  const status = response.status;
  const fail = (message: string, retryable = false) => responseError(settings, message, { status, retryable });
  const decoder = new TextDecoder('utf-8');
  const sse = spec.format === 'sse' ? createSseParser() : undefined;
  const lines = spec.format === 'ndjson' ? createLineSplitter() : undefined;
  const pieces: string[] = [];
  let chars = 0;
  let truncated = false;
  let capped = false;
  let events = 0;
  let withText = 0;
  let firstMiss: string | undefined;
  let session: string | undefined;
  let done = false;

  const take = (text: string): void => {
    const room = maxChars - chars;
    if (text.length > room) {
      truncated = true;
      capped = true;
      text = text.slice(0, Math.max(0, room));
    }
    chars += text.length;
    if (text !== '') pieces.push(text);
  };

  const onEvent = (data: string, name: string): void => {
    events++;
    if (spec.done !== undefined && data.trim() === spec.done) {
      done = true;
      return;
    }
    if (name === 'error') throw fail(`the stream reported an error in event ${events}: ${JSON.stringify(snippet(data, 200))}`);
    if (spec.format === 'sse' && spec.path.length === 0) {
      withText++;
      take(data);
      return;
    }
    const parsed = parseJsonText(data);
    if (!parsed.ok) throw fail(`event ${events} of the stream is not JSON (${parsed.problem}); check stream.format (${spec.format}) and that the endpoint streams JSON events`);
    const event = parsed.value;
    if (isRecord(event)) {
      const failure = errorOf(event);
      if (failure !== undefined) throw fail(`the stream reported an error in event ${events}: ${failure}`);
    }
    const found = valueAt(event, spec.path);
    if (found.found) {
      const text = contentText(found.value);
      if (text === undefined) throw fail(`event ${events}: stream.path (${spec.pathText || '(whole event)'}) is not text; check the mapping`);
      withText++;
      take(text);
    } else {
      firstMiss ??= `event ${events}: ${found.problem}`;
    }
    if (session === undefined && spec.sessionPath !== undefined) {
      const id = valueAt(event, spec.sessionPath);
      if (id.found && (typeof id.value === 'string' || typeof id.value === 'number') && id.value !== '') session = String(id.value);
    }
    if (spec.donePath !== undefined) {
      const end = valueAt(event, spec.donePath);
      if (end.found && end.value === true) done = true;
    }
  };

  const feed = (text: string): void => {
    if (sse !== undefined) {
      for (const event of sse.push(text)) {
        onEvent(event.data, event.event);
        if (done) return;
      }
    } else {
      for (const line of lines!.push(text)) {
        onEvent(line, 'message');
        if (done) return;
      }
    }
  };

  const finish = (): void => {
    if (sse !== undefined) {
      const end = sse.finish();
      for (const event of end.events) if (!done) onEvent(event.data, event.event);
      if (end.cut) truncated = true;
      return;
    }
    const { rest } = lines!.finish();
    if (rest === undefined || done) return;
    // A last line without its line end is whole when it parses; otherwise the stream was cut inside it.
    if (parseJsonText(rest).ok) onEvent(rest, 'message');
    else truncated = true;
  };

  const body = response.body;
  if (body !== null) {
    const reader = body.getReader();
    let bytes = 0;
    try {
      while (!done && !capped) {
        let step: Awaited<ReturnType<typeof reader.read>>;
        try {
          step = await reader.read();
        } catch (error) {
          if (signal.aborted || events === 0) throw transportError(settings, signal, error, 'the connection broke while the stream was read');
          truncated = true;
          break;
        }
        if (step.done) {
          // Bytes of a character left undecoded at the end: the stream was cut inside it.
          const tail = decoder.decode();
          if (tail !== '') {
            truncated = true;
            feed(tail);
          }
          if (!done) finish();
          break;
        }
        // Past the byte limit, what fits is still read, then reading stops.
        const room = settings.maxResponseBytes - bytes;
        const over = step.value.byteLength > room;
        bytes += Math.min(step.value.byteLength, room);
        feed(decoder.decode(over ? step.value.subarray(0, room) : step.value, { stream: true }));
        if (over && !done) {
          truncated = true;
          break;
        }
      }
    } finally {
      reader.cancel().catch(() => undefined);
    }
  }
  if (events === 0) throw fail(`the stream ended before its first event (the answer is ${snippet(response.headers.get('content-type') ?? 'without a content type', 80)}); check stream.format`, true);
  if (withText === 0 && firstMiss !== undefined) {
    throw fail(`no event of the stream has text at stream.path (${spec.pathText || '(whole event)'}); ${firstMiss}; check the mapping`);
  }
  if (spec.expectDone && !done) truncated = true;
  return { content: pieces.join(''), truncated, ...(session !== undefined ? { session } : {}) };
}
