/**
 * A target for OpenAI-compatible chat endpoints (OpenAI, Ollama, vLLM, LiteLLM, llama.cpp
 * server): POST `{baseUrl}/chat/completions` with the model, the messages, the tools in the
 * OpenAI `tools` shape, the seed and the token limit; the reply read from JSON or, with
 * `stream: true`, from server-sent events. The API key is read from an environment variable
 * and never appears in the label, a message or the event log.
 */
import { performance } from 'node:perf_hooks';
import type { ChatReply, ChatRequest, Target, TargetMode } from '../types.js';
import { abortedError, responseError, targetError, transportError } from './endpoint-errors.js';
import { openResponse, readJsonBody, type ExchangeSettings } from './http-exchange.js';
import { readChatStream } from './chat-stream.js';
import { readCompletion, toWireMessages, toWireTools, type WireReply } from './openai-wire.js';
import { capReply } from './reply-caps.js';
import { defaultMaxReplyChars, defaultMaxResponseBytes, displayUrl, parseEndpointUrl, positiveInteger, targetHeaders } from './target-settings.js';

/** Options of {@link createOpenAiChatTarget}. */
export interface OpenAiChatTargetOptions {
  /** The API base, ending in `/v1` (e.g. `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1`). */
  readonly baseUrl: string;
  readonly model: string;
  /** Name of the environment variable holding the API key (sent as `Authorization: Bearer`); none for a local server. */
  readonly apiKeyEnv?: string;
  /** Extra headers; values may use `${env:NAME}` references. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Ask for a streamed reply and read it event by event. Default false. */
  readonly stream?: boolean;
  /** `harnessed` (default): the endpoint is a bare chat model; `opaque`: an application with its own prompt and tools. */
  readonly mode?: TargetMode;
  /** Sampling temperature sent with every request; left to the endpoint when unset. */
  readonly temperature?: number;
  /** Shown in reports and the event log; `<model> @ <base URL>` by default. */
  readonly label?: string;
  /** Longest response body read (bytes); default 4 MiB. */
  readonly maxResponseBytes?: number;
  /** Longest reply text kept (characters); longer replies are cut and marked truncated. Default 100,000. */
  readonly maxReplyChars?: number;
  /** Where environment variables are read; process.env by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Create a target for an OpenAI-compatible chat endpoint. Throws ERR_PROBE_TARGET when a
 * setting cannot work (not an http(s) URL, no model, the API key variable not set).
 *
 * @example
 * const target = createOpenAiChatTarget({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2' });
 */
export function createOpenAiChatTarget(options: OpenAiChatTargetOptions): Target {
  const where = 'OpenAI-compatible target';
  if (typeof options.model !== 'string' || options.model.trim() === '') throw targetError(where, 'model is empty; name the model the endpoint serves (e.g. gpt-4o-mini, llama3.2)');
  const base = parseEndpointUrl(options.baseUrl, where);
  const label = options.label ?? `${options.model} @ ${displayUrl(base)}`;
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/chat/completions`;
  const { headers, secrets } = targetHeaders(label, options.headers, options.apiKeyEnv, options.env ?? process.env);
  const settings: ExchangeSettings = {
    label,
    secrets,
    url: url.href,
    method: 'POST',
    headers,
    maxResponseBytes: positiveInteger(label, 'maxResponseBytes', options.maxResponseBytes, defaultMaxResponseBytes),
  };
  const maxReplyChars = positiveInteger(label, 'maxReplyChars', options.maxReplyChars, defaultMaxReplyChars);
  const stream = options.stream === true;
  if (options.temperature !== undefined && !(Number.isFinite(options.temperature) && options.temperature >= 0)) throw targetError(label, `temperature must be a number ≥ 0 (got ${options.temperature})`);
  const mode = options.mode ?? 'harnessed';
  if (mode !== 'harnessed' && mode !== 'opaque') throw targetError(label, `mode must be harnessed or opaque (got ${String(mode)})`);
  let closed = false;

  async function send(request: ChatRequest): Promise<ChatReply> {
    if (closed) throw targetError(label, 'the target is closed');
    const signal = request.signal;
    if (signal.aborted) throw abortedError(settings, signal);
    const started = performance.now();
    const body: Record<string, unknown> = { model: options.model, messages: toWireMessages(request.messages), stream };
    if (request.tools !== undefined && request.tools.length > 0) body.tools = toWireTools(request.tools);
    if (request.seed !== undefined) body.seed = request.seed;
    if (request.maxTokens !== undefined) body.max_tokens = request.maxTokens;
    if (options.temperature !== undefined) body.temperature = options.temperature;
    const response = await openResponse(settings, JSON.stringify(body), signal, stream ? 'text/event-stream' : 'application/json');
    let reply: WireReply & { truncated?: boolean };
    // Some servers ignore `stream: true` and answer JSON: read what came.
    if (stream && (response.headers.get('content-type') ?? '').includes('text/event-stream')) {
      reply = await readChatStream(settings, response, signal, maxReplyChars);
    } else {
      const json = await readJsonBody(settings, response, signal);
      const read = readCompletion(json);
      if (!read.ok) throw responseError(settings, read.problem, { status: response.status, retryable: false });
      reply = read.reply;
    }
    if (signal.aborted) throw transportError(settings, signal, undefined, 'reading the answer');
    return capReply(reply, maxReplyChars, secrets, performance.now() - started);
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
