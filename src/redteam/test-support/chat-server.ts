/**
 * A scripted OpenAI-compatible chat server on 127.0.0.1 (port 0) for the target and harness
 * tests: every request is recorded and answered by a script with canned JSON or server-sent
 * events, tool calls included, error statuses with Retry-After, hangs, malformed streams, huge
 * bodies and invalid UTF-8.
 */
import type { ServerResponse } from 'node:http';
import { startModelServer, type ModelServer, type SeenRequest } from '../../ml/adapters/test-support/model-server.js';

/** One scripted answer. */
export type Scripted =
  | { readonly kind: 'json'; readonly body: unknown; readonly status?: number; readonly headers?: Record<string, string> }
  | { readonly kind: 'raw'; readonly data: string | Buffer; readonly status?: number; readonly headers?: Record<string, string> }
  /** Server-sent events: each entry is written as one `data:` event (objects as JSON); `done` appends `data: [DONE]`. */
  | { readonly kind: 'sse'; readonly events: readonly unknown[]; readonly done?: boolean; readonly tail?: string }
  /** Raw bytes written in separate writes, one tick apart (to split characters and events across reads). */
  | { readonly kind: 'chunks'; readonly chunks: readonly Buffer[]; readonly contentType?: string }
  /** Accept the request and never answer. */
  | { readonly kind: 'hang' }
  /** Send headers and a first chunk, then never finish. */
  | { readonly kind: 'stall'; readonly first: string }
  /** A body of `bytes` bytes of `x` inside a JSON string, written in chunks without a content length. */
  | { readonly kind: 'huge'; readonly bytes: number };

/** Picks the answer to a request. */
export type Script = (request: SeenRequest) => Scripted | Promise<Scripted>;

/** A running chat server. */
export interface ChatServer extends ModelServer {
  /** `http://127.0.0.1:<port>/v1` */
  readonly baseUrl: string;
}

/** Start a server answering with `script`. */
export async function startChatServer(script: Script): Promise<ChatServer> {
  const server = await startModelServer(async (request, response) => answer(await script(request), response));
  const baseUrl = `${new URL(server.url).origin}/v1`;
  return Object.assign(Object.create(server) as ModelServer, { baseUrl, close: () => server.close() }) as ChatServer;
}

/** Answer every request in turn from `answers`; the last one repeats. */
export function inOrder(...answers: Scripted[]): Script {
  return (request) => answers[Math.min(request.index, answers.length - 1)]!;
}

/** An OpenAI chat completion body. */
export function completion(content: string | null, options: { toolCalls?: { id?: string; name: string; arguments: string }[]; finishReason?: string; usage?: { prompt_tokens: number; completion_tokens: number } } = {}): unknown {
  const message: Record<string, unknown> = { role: 'assistant', content };
  if (options.toolCalls) message.tool_calls = options.toolCalls.map((call, i) => ({ id: call.id ?? `call_${i}`, type: 'function', function: { name: call.name, arguments: call.arguments } }));
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    choices: [{ index: 0, message, finish_reason: options.finishReason ?? (options.toolCalls ? 'tool_calls' : 'stop') }],
    usage: options.usage ?? { prompt_tokens: 10, completion_tokens: 5 },
  };
}

/** A JSON completion answer. */
export function reply(content: string | null, options?: Parameters<typeof completion>[1]): Scripted {
  return { kind: 'json', body: completion(content, options) };
}

/** A streamed chunk with a content delta. */
export function contentChunk(text: string, finishReason: string | null = null): unknown {
  return { id: 'chatcmpl-test', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: text }, finish_reason: finishReason }] };
}

/** A streamed chunk with one tool-call delta. */
export function toolChunk(index: number, part: { id?: string; name?: string; arguments?: string }): unknown {
  const fn: Record<string, string> = {};
  if (part.name !== undefined) fn.name = part.name;
  if (part.arguments !== undefined) fn.arguments = part.arguments;
  const call: Record<string, unknown> = { index, function: fn };
  if (part.id !== undefined) {
    call.id = part.id;
    call.type = 'function';
  }
  return { id: 'chatcmpl-test', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { tool_calls: [call] }, finish_reason: null }] };
}

/** The messages of a recorded request body. */
export function messagesOf(request: SeenRequest): { role: string; content: string | null; tool_calls?: unknown[]; tool_call_id?: string }[] {
  return (request.body as { messages: { role: string; content: string | null }[] }).messages;
}

function answer(scripted: Scripted, response: ServerResponse): void {
  switch (scripted.kind) {
    case 'json': {
      const text = JSON.stringify(scripted.body);
      response.writeHead(scripted.status ?? 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...scripted.headers });
      response.end(text);
      return;
    }
    case 'raw': {
      const data = typeof scripted.data === 'string' ? Buffer.from(scripted.data) : scripted.data;
      response.writeHead(scripted.status ?? 200, { 'content-type': 'application/json', 'content-length': data.byteLength, ...scripted.headers });
      response.end(data);
      return;
    }
    case 'sse': {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const event of scripted.events) response.write(`data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`);
      if (scripted.done !== false) response.write('data: [DONE]\n\n');
      response.end(scripted.tail ?? '');
      return;
    }
    case 'chunks': {
      response.writeHead(200, { 'content-type': scripted.contentType ?? 'text/event-stream' });
      const rest = [...scripted.chunks];
      const next = (): void => {
        const chunk = rest.shift();
        if (chunk === undefined) response.end();
        else response.write(chunk, () => setTimeout(next, 5));
      };
      next();
      return;
    }
    case 'hang':
      return;
    case 'stall':
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(scripted.first);
      return;
    case 'huge': {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(64 * 1024);
      response.write('{"choices":[{"message":{"role":"assistant","content":"');
      let left = scripted.bytes;
      const pump = (): void => {
        while (left > 0) {
          const n = Math.min(left, chunk.length);
          left -= n;
          if (!response.write(chunk.slice(0, n))) {
            response.once('drain', pump);
            return;
          }
        }
        response.end('"}}]}');
      };
      response.on('error', () => undefined);
      pump();
      return;
    }
  }
}
