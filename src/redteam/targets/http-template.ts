/**
 * A generic HTTP target for applications with their own API: the request body is a JSON
 * template with placeholders (`{{prompt}}` the last user message, `{{messages}}` the
 * conversation in the OpenAI shape, `{{system}}` the system text, `{{session}}` the session id),
 * filled in structurally; the reply is read at a dotted path (`reply.text`,
 * `choices.0.message.content`), tool calls at another; or, with `stream`, the answer is read as
 * server-sent events or newline-delimited JSON and the text pieces at a dotted path of each event
 * are joined (see template-stream.ts). Multi-turn conversations reach the application as the full
 * history each time, or, with `sessionPath`, with the session id the application returned.
 */
import { performance } from 'node:perf_hooks';
import type { ChatMessage, ChatReply, ChatRequest, Target, TargetMode, ToolCall } from '../types.js';
import { abortedError, responseError, targetError, transportError } from './endpoint-errors.js';
import { openResponse, readJsonBody, type ExchangeSettings } from './http-exchange.js';
import { parseDottedPath, valueAt } from './dotted-path.js';
import { checkTemplate, fillTemplate } from './json-template.js';
import { contentText, readToolCall, toWireMessages } from './openai-wire.js';
import { capReply } from './reply-caps.js';
import { createSessionMemory } from './session-memory.js';
import { readTemplateStream, type TemplateStreamSpec } from './template-stream.js';
import { defaultMaxReplyChars, defaultMaxResponseBytes, displayUrl, parseEndpointUrl, positiveInteger, targetHeaders } from './target-settings.js';

/** Options of {@link createHttpTemplateTarget}. */
export interface HttpTemplateTargetOptions {
  readonly url: string;
  /** Default POST. */
  readonly method?: 'POST' | 'PUT' | 'PATCH';
  /** Header values may use `${env:NAME}` references. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Name of an environment variable holding a key sent as `Authorization: Bearer`. */
  readonly apiKeyEnv?: string;
  /** The JSON body with placeholders, e.g. `{ "input": "{{prompt}}", "session": "{{session}}" }`. */
  readonly body: unknown;
  /**
   * Where the reply is in a JSON answer: `content` and `toolCalls` (optional) as dotted paths.
   * Required without `stream`; with `stream`, used only when the server answers
   * `application/json` instead of streaming.
   */
  readonly response?: { readonly content: string; readonly toolCalls?: string };
  /** Read the answer as a stream of events; see {@link HttpTemplateStream}. */
  readonly stream?: HttpTemplateStream;
  /** Dotted path of a session id in the response (in a stream: the first event that has one); later turns of the conversation send it as `{{session}}`. */
  readonly sessionPath?: string;
  /** `opaque` (default): the application has its own prompt and tools; `harnessed`: the endpoint is a bare model. */
  readonly mode?: TargetMode;
  /** Shown in reports and the event log; the URL without its query by default. */
  readonly label?: string;
  readonly maxResponseBytes?: number;
  readonly maxReplyChars?: number;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * How a streamed answer is read: `format` `sse` (server-sent events, e.g. OpenAI-style
 * `data: {...}` lines) or `ndjson` (one JSON value a line, e.g. Ollama's `/api/chat`); `path`
 * the dotted path of the text piece in each event (`choices.0.delta.content`, `message.content`,
 * `delta.text`; events without it are passed over; empty: the whole event, for SSE its data
 * as text); `done` an event whose data is exactly this text ends the stream (default `[DONE]` for
 * SSE); `donePath` an event with `true` at this path ends it (`done` for Ollama). When `done` or
 * `donePath` is given, a stream that ends without its marker gives a reply marked truncated.
 * Streamed tool calls are not read.
 */
export interface HttpTemplateStream {
  readonly format: 'sse' | 'ndjson';
  readonly path: string;
  readonly done?: string;
  readonly donePath?: string;
}

/**
 * Create a target from a request template and a response mapping. Throws ERR_PROBE_TARGET
 * listing every problem of the template and paths.
 *
 * @example
 * createHttpTemplateTarget({ url: 'http://127.0.0.1:8080/chat', body: { message: '{{prompt}}' }, response: { content: 'reply.text' } });
 */
export function createHttpTemplateTarget(options: HttpTemplateTargetOptions): Target {
  const url = parseEndpointUrl(options.url, 'HTTP target');
  const label = options.label ?? displayUrl(url);
  const method = options.method ?? 'POST';
  const problems: string[] = [];
  if (!['POST', 'PUT', 'PATCH'].includes(method)) problems.push(`method must be POST, PUT or PATCH (got ${String(method)})`);
  const check = checkTemplate(options.body);
  problems.push(...check.problems);
  if (check.problems.length === 0 && !check.uses.has('prompt') && !check.uses.has('messages')) problems.push('the body uses neither {{prompt}} nor {{messages}}, so no attack would reach the application');
  const path = (name: string, text: string | undefined): readonly string[] | undefined => {
    if (text === undefined) return undefined;
    if (typeof text !== 'string') {
      problems.push(`${name} must be a dotted path such as reply.text`);
      return undefined;
    }
    const parsed = parseDottedPath(text);
    if (!parsed.ok) problems.push(`${name} "${text}" ${parsed.problem}`);
    return parsed.ok ? parsed.segments : undefined;
  };
  const contentPath = path('response.content', options.response?.content);
  if (options.response?.content === undefined && options.stream === undefined) problems.push('response.content is required: the dotted path of the reply text, e.g. reply.text (or give stream for a streamed answer)');
  const toolCallsPath = path('response.toolCalls', options.response?.toolCalls);
  const sessionPath = path('sessionPath', options.sessionPath);
  const stream = streamSpec(options.stream, sessionPath, path, problems);
  const mode = options.mode ?? 'opaque';
  if (mode !== 'harnessed' && mode !== 'opaque') problems.push(`mode must be harnessed or opaque (got ${String(mode)})`);
  if (problems.length > 0) throw targetError(label, `the HTTP target settings are not usable:\n  ${problems.join('\n  ')}`, { problems });

  const { headers, secrets } = targetHeaders(label, options.headers, options.apiKeyEnv, options.env ?? process.env);
  const settings: ExchangeSettings = { label, secrets, url: url.href, method, headers, maxResponseBytes: positiveInteger(label, 'maxResponseBytes', options.maxResponseBytes, defaultMaxResponseBytes) };
  const maxReplyChars = positiveInteger(label, 'maxReplyChars', options.maxReplyChars, defaultMaxReplyChars);
  const sessions = sessionPath === undefined ? undefined : createSessionMemory();
  let closed = false;

  async function send(request: ChatRequest): Promise<ChatReply> {
    if (closed) throw targetError(label, 'the target is closed');
    const signal = request.signal;
    if (signal.aborted) throw abortedError(settings, signal);
    const started = performance.now();
    const session = sessions?.take(request.messages) ?? null;
    const body = fillTemplate(options.body, {
      prompt: lastUserText(request.messages),
      messages: toWireMessages(request.messages),
      system: request.messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n'),
      session,
    });
    const response = await openResponse(settings, JSON.stringify(body), signal, stream === undefined ? 'application/json' : stream.format === 'sse' ? 'text/event-stream' : 'application/x-ndjson');
    // A server that answers JSON instead of a stream is read through the response mapping, when there is one.
    if (stream !== undefined && !(contentPath !== undefined && isJsonType(response.headers.get('content-type')))) {
      const streamed = await readTemplateStream(settings, response, signal, stream, maxReplyChars);
      if (signal.aborted) throw transportError(settings, signal, undefined, 'reading the answer');
      const reply = capReply({ content: streamed.content, toolCalls: [], truncated: streamed.truncated }, maxReplyChars, secrets, performance.now() - started);
      const next = streamed.session ?? session;
      if (sessions !== undefined && next !== null && next !== '') sessions.remember(request.messages, reply.content, next);
      return reply;
    }
    const json = await readJsonBody(settings, response, signal);
    if (signal.aborted) throw transportError(settings, signal, undefined, 'reading the answer');
    const fail = (problem: string) => responseError(settings, `${problem}; check the response mapping`, { status: response.status, retryable: false });
    const contentName = options.response?.content ?? '';
    const content = valueAt(json, contentPath!);
    if (!content.found) throw fail(`the reply is not at response.content (${contentName || '(whole body)'}): ${content.problem}`);
    const text = contentText(content.value);
    if (text === undefined) throw fail(`response.content (${contentName || '(whole body)'}) is not text`);
    const toolCalls: ToolCall[] = [];
    if (toolCallsPath !== undefined) {
      const calls = valueAt(json, toolCallsPath);
      if (calls.found && calls.value !== null) {
        if (!Array.isArray(calls.value)) throw fail(`response.toolCalls (${options.response?.toolCalls}) is not a list`);
        for (const [index, raw] of calls.value.entries()) {
          const call = readToolCall(raw, index);
          if (typeof call === 'string') throw fail(`response.toolCalls[${index}] ${call}`);
          toolCalls.push(call);
        }
      }
    }
    const reply = capReply({ content: text, toolCalls }, maxReplyChars, secrets, performance.now() - started);
    if (sessions !== undefined) {
      const found = valueAt(json, sessionPath!);
      const next = found.found && (typeof found.value === 'string' || typeof found.value === 'number') ? String(found.value) : session;
      if (next !== null && next !== '') sessions.remember(request.messages, reply.content, next);
    }
    return reply;
  }

  return Object.freeze({
    label,
    mode,
    send,
    close: async () => {
      closed = true;
    },
  });
}

/** The checked stream settings, or undefined without `stream`; problems are added to `problems`. */
function streamSpec(
  stream: HttpTemplateStream | undefined,
  sessionPath: readonly string[] | undefined,
  path: (name: string, text: string | undefined) => readonly string[] | undefined,
  problems: string[],
): TemplateStreamSpec | undefined {
  if (stream === undefined) return undefined;
  if (typeof stream !== 'object' || stream === null) {
    problems.push('stream must be a mapping with format (sse or ndjson) and path');
    return undefined;
  }
  const format = stream.format;
  if (format !== 'sse' && format !== 'ndjson') problems.push(`stream.format must be sse or ndjson (got ${String(format)})`);
  if (stream.path === undefined) problems.push('stream.path is required: the dotted path of the text piece in each event, e.g. choices.0.delta.content');
  const segments = path('stream.path', stream.path);
  const donePath = path('stream.donePath', stream.donePath);
  if (stream.done !== undefined && (typeof stream.done !== 'string' || stream.done.trim() === '')) problems.push('stream.done must be the text of the last event, e.g. [DONE]');
  if (segments === undefined || (format !== 'sse' && format !== 'ndjson')) return undefined;
  const done = typeof stream.done === 'string' ? stream.done.trim() : format === 'sse' ? '[DONE]' : undefined;
  return {
    format,
    path: segments,
    pathText: stream.path,
    ...(done !== undefined && done !== '' ? { done } : {}),
    ...(donePath !== undefined ? { donePath } : {}),
    expectDone: stream.done !== undefined || donePath !== undefined,
    ...(sessionPath !== undefined ? { sessionPath } : {}),
  };
}

/** Whether a content type is plain JSON (not a stream). */
function isJsonType(type: string | null): boolean {
  const media = (type ?? '').split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || (media.startsWith('application/') && media.endsWith('+json'));
}

function lastUserText(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.role === 'user') return messages[i]!.content;
  return '';
}
