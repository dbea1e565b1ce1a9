/**
 * A streamed chat completion read chunk by chunk: bytes decoded as UTF-8 across chunk borders
 * (invalid bytes become U+FFFD), server-sent events parsed, content deltas joined and tool-call
 * deltas assembled by their index. A stream that stops before `[DONE]`, passes the byte limit
 * or the reply length cap gives a reply marked `truncated`; an event that is not JSON or an
 * `error` event is ERR_ENDPOINT_RESPONSE naming the event.
 */
import { parseJsonText } from '../../ml/adapters/json-text.js';
import type { ToolCall } from '../types.js';
import { responseError, transportError } from './endpoint-errors.js';
import type { ExchangeSettings } from './http-exchange.js';
import { contentText, errorOf, isRecord, stringOr, usageOf, type WireReply } from './openai-wire.js';
import { createSseParser } from './sse.js';

/** Most tool calls assembled from one stream; later indexes are dropped and the reply marked truncated. */
const maxToolCalls = 64;

/** The assembled reply, with whether it was cut short. */
export interface StreamedReply extends WireReply {
  readonly truncated: boolean;
}

interface PartialCall {
  id: string;
  name: string;
  arguments: string;
}

/** Read the SSE body of `response` into one reply, keeping at most `maxChars` characters of text. */
export async function readChatStream(settings: ExchangeSettings, response: Response, signal: AbortSignal, maxChars: number): Promise<StreamedReply> {
  const parser = createSseParser();
  const decoder = new TextDecoder('utf-8');
  const calls = new Map<number, PartialCall>();
  let content = '';
  let chars = 0;
  let truncated = false;
  let finishReason: string | undefined;
  let usage: WireReply['usage'];
  let events = 0;
  let done = false;

  const take = (text: string): string => {
    const room = maxChars - chars;
    if (text.length > room) {
      truncated = true;
      text = text.slice(0, Math.max(0, room));
    }
    chars += text.length;
    return text;
  };

  const onEvent = (data: string): void => {
    events++;
    if (data.trim() === '[DONE]') {
      done = true;
      return;
    }
    const parsed = parseJsonText(data);
    if (!parsed.ok) throw responseError(settings, `event ${events} of the stream is not JSON (${parsed.problem}); is this an OpenAI-compatible streaming endpoint?`, { status: response.status, retryable: false });
    const chunk = parsed.value;
    if (!isRecord(chunk)) throw responseError(settings, `event ${events} of the stream is not a JSON object`, { status: response.status, retryable: false });
    const failure = errorOf(chunk);
    if (failure !== undefined) throw responseError(settings, `the stream reported an error in event ${events}: ${failure}`, { status: response.status, retryable: false });
    usage = usageOf(chunk.usage) ?? usage;
    const choice: unknown = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
    if (!isRecord(choice)) return;
    finishReason = stringOr(choice.finish_reason) ?? finishReason;
    const delta = isRecord(choice.delta) ? choice.delta : isRecord(choice.message) ? choice.message : undefined;
    if (delta === undefined) return;
    const text = contentText(delta.content);
    if (text === undefined) throw responseError(settings, `event ${events}: delta.content is not text`, { status: response.status, retryable: false });
    content += take(text);
    if (Array.isArray(delta.tool_calls)) for (const raw of delta.tool_calls) addToolDelta(raw);
  };

  const addToolDelta = (raw: unknown): void => {
    if (!isRecord(raw)) return;
    const index = typeof raw.index === 'number' && Number.isInteger(raw.index) && raw.index >= 0 ? raw.index : calls.size;
    let call = calls.get(index);
    if (call === undefined) {
      if (calls.size >= maxToolCalls) {
        truncated = true;
        return;
      }
      call = { id: '', name: '', arguments: '' };
      calls.set(index, call);
    }
    if (typeof raw.id === 'string' && raw.id !== '') call.id = raw.id;
    const fn = isRecord(raw.function) ? raw.function : undefined;
    if (fn === undefined) return;
    if (typeof fn.name === 'string') call.name += take(fn.name);
    if (typeof fn.arguments === 'string') call.arguments += take(fn.arguments);
    else if (isRecord(fn.arguments)) call.arguments += take(JSON.stringify(fn.arguments));
  };

  const body = response.body;
  if (body !== null) {
    const reader = body.getReader();
    let bytes = 0;
    try {
      while (!done) {
        let step: Awaited<ReturnType<typeof reader.read>>;
        try {
          step = await reader.read();
        } catch (error) {
          if (signal.aborted || events === 0) throw transportError(settings, signal, error, 'the connection broke while the stream was read');
          truncated = true;
          break;
        }
        if (step.done) {
          const end = parser.finish();
          for (const event of end.events) if (!done) onEvent(event.data);
          const tail = decoder.decode();
          if (tail !== '' || end.cut) truncated = true;
          break;
        }
        bytes += step.value.byteLength;
        if (bytes > settings.maxResponseBytes) {
          truncated = true;
          break;
        }
        for (const event of parser.push(decoder.decode(step.value, { stream: true }))) {
          onEvent(event.data);
          if (done) break;
        }
      }
    } finally {
      reader.cancel().catch(() => undefined);
    }
  }
  if (events === 0) throw responseError(settings, 'the stream ended before its first event', { status: response.status, retryable: true });
  if (!done) truncated = true;
  const toolCalls: ToolCall[] = [...calls.entries()].sort((a, b) => a[0] - b[0]).map(([index, call]) => ({ id: call.id === '' ? `call_${index}` : call.id, name: call.name, arguments: call.arguments }));
  return { content, toolCalls, finishReason, usage, truncated };
}
