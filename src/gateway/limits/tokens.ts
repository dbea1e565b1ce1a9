/**
 * Token counting for the token limits: the estimate reserved before a request goes upstream
 * (prompt text ÷ charsPerToken + max_tokens), and the tokens an answer actually used — the
 * upstream's `usage` (total_tokens, or prompt_tokens + completion_tokens) from a JSON answer or
 * from a streamed chunk (`stream_options.include_usage`), otherwise the streamed text ÷
 * charsPerToken. Estimates are rounded up and are at least one token. The input and output
 * tokens of a reported usage (prompt_tokens, completion_tokens) are kept apart for the
 * gateway's token-usage metric.
 */
import { StringDecoder } from 'node:string_decoder';
import { maxTokensPerMinute } from '../config/sections/limits.js';
import { parseJsonBody } from '../http/json-body.js';

/** Tokens for `chars` characters of text (at least 1). */
export function tokensOfChars(chars: number, charsPerToken: number): number {
  return Math.max(1, Math.ceil(chars / charsPerToken));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Characters of text in a chat message's content (a string, or parts with `text`). */
function contentChars(content: unknown): number {
  if (typeof content === 'string') return content.length;
  let n = 0;
  if (Array.isArray(content)) for (const part of content) if (isObject(part) && typeof part.text === 'string') n += part.text.length;
  return n;
}

/** Characters of text in a prompt, input or list of them; token-id arrays count one per id (returned in `ids`). */
function inputSize(value: unknown): { chars: number; ids: number } {
  if (typeof value === 'string') return { chars: value.length, ids: 0 };
  if (!Array.isArray(value)) return { chars: 0, ids: 0 };
  let chars = 0;
  let ids = 0;
  for (const item of value) {
    if (typeof item === 'string') chars += item.length;
    else if (typeof item === 'number') ids++;
    else if (Array.isArray(item)) ids += item.length;
  }
  return { chars, ids };
}

/**
 * Estimated prompt tokens of an OpenAI-style request body: the text of the messages (with
 * tool-call arguments), of `prompt` or of `input`. Images and tool definitions are not counted.
 */
export function estimatePromptTokens(endpoint: string, body: unknown, charsPerToken: number): number {
  if (!isObject(body)) return 1;
  let chars = 0;
  let ids = 0;
  if (endpoint === 'chat/completions' && Array.isArray(body.messages)) {
    for (const message of body.messages) {
      if (!isObject(message)) continue;
      chars += contentChars(message.content);
      if (Array.isArray(message.tool_calls)) {
        for (const call of message.tool_calls) if (isObject(call) && isObject(call.function) && typeof call.function.arguments === 'string') chars += call.function.arguments.length;
      }
    }
  } else {
    const size = inputSize(endpoint === 'completions' ? body.prompt : body.input);
    chars = size.chars;
    ids = size.ids;
  }
  return ids + tokensOfChars(chars, charsPerToken);
}

const positiveInt = (v: unknown, max: number): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= max ? v : undefined);

/** Completion tokens to reserve: max_completion_tokens or max_tokens (× n choices), else `fallback`; 0 for embeddings. */
export function completionReserve(endpoint: string, body: unknown, fallback: number): number {
  if (endpoint === 'embeddings' || !isObject(body)) return endpoint === 'embeddings' ? 0 : fallback;
  const max = positiveInt(body.max_completion_tokens, 1e9) ?? positiveInt(body.max_tokens, 1e9) ?? fallback;
  return max * (positiveInt(body.n, 128) ?? 1);
}

/** What a `usage` object reports: the tokens to charge, and the input and output tokens when it names them. */
export interface UsageFigures {
  /** total_tokens, else prompt_tokens + completion_tokens. */
  readonly total: number;
  /** prompt_tokens, when reported. */
  readonly input: number | undefined;
  /** completion_tokens, when reported. */
  readonly output: number | undefined;
}

const usableCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= maxTokensPerMinute;

/** The figures of a `usage` object; undefined when it has no usable total, prompt_tokens or completion_tokens. */
export function readUsage(usage: unknown): UsageFigures | undefined {
  if (!isObject(usage)) return undefined;
  const prompt = usableCount(usage.prompt_tokens) ? usage.prompt_tokens : undefined;
  const completion = usableCount(usage.completion_tokens) ? usage.completion_tokens : undefined;
  const input = prompt === undefined ? undefined : Math.ceil(prompt);
  const output = completion === undefined ? undefined : Math.ceil(completion);
  if (usableCount(usage.total_tokens)) return { total: Math.ceil(usage.total_tokens), input, output };
  if (prompt === undefined && completion === undefined) return undefined;
  return { total: Math.ceil((prompt ?? 0) + (completion ?? 0)), input, output };
}

/** The tokens a `usage` object reports: total_tokens, else prompt_tokens + completion_tokens; undefined when neither is usable. */
export function usageTokens(usage: unknown): number | undefined {
  return readUsage(usage)?.total;
}

/** Characters of generated text in a completion object or a streamed chunk (message, delta, text, tool-call arguments, reasoning). */
export function generatedChars(value: unknown): number {
  if (!isObject(value) || !Array.isArray(value.choices)) return 0;
  let n = 0;
  for (const choice of value.choices) {
    if (!isObject(choice)) continue;
    if (typeof choice.text === 'string') n += choice.text.length;
    const m = isObject(choice.delta) ? choice.delta : isObject(choice.message) ? choice.message : undefined;
    if (m === undefined) continue;
    if (typeof m.content === 'string') n += m.content.length;
    if (typeof m.reasoning_content === 'string') n += m.reasoning_content.length;
    if (typeof m.refusal === 'string') n += m.refusal.length;
    if (Array.isArray(m.tool_calls)) for (const call of m.tool_calls) if (isObject(call) && isObject(call.function) && typeof call.function.arguments === 'string') n += call.function.arguments.length;
  }
  return n;
}

const usageKey = Buffer.from('"usage"');
const isSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The `usage` object of a JSON answer, found without parsing the whole answer: the last
 * `"usage"` in key position (after `{` or `,`, before `:` and `{`), read up to its closing
 * brace (at most 4 KiB). Undefined when there is none or it does not parse.
 */
export function findUsageObject(body: Buffer): unknown {
  let at = body.lastIndexOf(usageKey);
  while (at >= 0) {
    let before = at - 1;
    while (isSpace(body[before])) before--;
    let after = at + usageKey.length;
    while (isSpace(body[after])) after++;
    if ((body[before] === 0x7b || body[before] === 0x2c) && body[after] === 0x3a) {
      after++;
      while (isSpace(body[after])) after++;
      if (body[after] !== 0x7b) return undefined;
      const end = closingBrace(body, after, 4096);
      if (end < 0) return undefined;
      try {
        return JSON.parse(body.subarray(after, end + 1).toString('utf8')) as unknown;
      } catch {
        return undefined;
      }
    }
    at = at === 0 ? -1 : body.lastIndexOf(usageKey, at - 1);
  }
  return undefined;
}

/** Index of the `}` closing the object that opens at `start`, or -1 (not within `max` bytes). */
function closingBrace(body: Buffer, start: number, max: number): number {
  let depth = 0;
  const end = Math.min(body.length, start + max);
  for (let i = start; i < end; i++) {
    const c = body[i];
    if (c === 0x22) {
      for (i++; i < end && body[i] !== 0x22; i++) if (body[i] === 0x5c) i++;
    } else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i;
  }
  return -1;
}

/** What an answer used: tokens from `usage` when reported (and its input and output tokens when it names them), and the characters of generated text seen. */
export interface AnswerCount {
  usage: number | undefined;
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  generatedChars: number;
}

/** Count a whole JSON answer: its `usage`, or (without one) the generated text in it. */
export function countJsonAnswer(body: Buffer): AnswerCount {
  let figures = readUsage(findUsageObject(body));
  if (figures !== undefined) return { usage: figures.total, inputTokens: figures.input, outputTokens: figures.output, generatedChars: 0 };
  let parsed: unknown;
  try {
    parsed = parseJsonBody(body);
  } catch {
    return { usage: undefined, inputTokens: undefined, outputTokens: undefined, generatedChars: 0 };
  }
  figures = readUsage(isObject(parsed) ? parsed.usage : undefined);
  return { usage: figures?.total, inputTokens: figures?.input, outputTokens: figures?.output, generatedChars: generatedChars(parsed) };
}

/** Longest SSE line kept while waiting for its end; a longer one is skipped. */
export const maxSseLineChars = 1024 * 1024;

/**
 * Counts a streamed (SSE) answer as it passes: every `data:` event is parsed; the last
 * `usage` seen wins, and the generated text is summed for when none comes.
 */
export class SseCounter implements AnswerCount {
  usage: number | undefined = undefined;
  inputTokens: number | undefined = undefined;
  outputTokens: number | undefined = undefined;
  generatedChars = 0;
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  private skipping = false;
  private ended = false;

  /** Feed one chunk of the stream. */
  push(chunk: Buffer): void {
    if (this.ended) return;
    const text = this.decoder.write(chunk);
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      const line = this.partial === '' ? text.slice(start, nl) : this.partial + text.slice(start, nl);
      this.partial = '';
      if (this.skipping) this.skipping = false;
      else this.line(line);
      start = nl + 1;
    }
    if (start < text.length && !this.skipping) {
      this.partial += text.slice(start);
      if (this.partial.length > maxSseLineChars) {
        this.partial = '';
        this.skipping = true;
      }
    }
  }

  /** Count what has been seen so far (the same as {@link end}): the response closed. */
  settle(): void {
    this.end();
  }

  /** The stream ended: count a last line without a newline. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    const rest = this.partial + this.decoder.end();
    this.partial = '';
    if (rest !== '' && !this.skipping) this.line(rest);
  }

  private line(raw: string): void {
    if (!raw.startsWith('data:')) return;
    const payload = raw.slice(raw.charCodeAt(5) === 0x20 ? 6 : 5).trim();
    if (payload === '' || payload === '[DONE]' || payload.charCodeAt(0) !== 0x7b) return;
    let event: unknown;
    try {
      event = JSON.parse(payload) as unknown;
    } catch {
      return;
    }
    if (!isObject(event)) return;
    const figures = readUsage(event.usage);
    if (figures !== undefined) {
      this.usage = figures.total;
      this.inputTokens = figures.input;
      this.outputTokens = figures.output;
    }
    this.generatedChars += generatedChars(event);
  }
}
