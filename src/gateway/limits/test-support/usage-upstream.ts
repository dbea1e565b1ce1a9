/**
 * A loopback OpenAI-style upstream for the limits tests that reports token usage: chat
 * completions (JSON, or SSE with the usage chunk when `stream_options.include_usage` is set)
 * and embeddings. Completion tokens are the request's max_tokens (default 5) unless set;
 * prompt tokens are fixed per upstream. Streams can be held open until released, and the upstream can fail.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the upstream answers. */
export interface UsageUpstreamBehaviour {
  /** Prompt tokens reported (default 10). */
  promptTokens?: number;
  /** Completion tokens reported (default: the request's max_tokens, else 5). */
  completionTokens?: number;
  /** Report usage in JSON answers (default true). */
  jsonUsage?: boolean;
  /** Text chunks of a stream (default 3), each `abcdefgh` (8 characters). */
  chunks?: number;
  /** Hold streams open after their first chunk until {@link UsageUpstream.releaseAll}. */
  hold?: boolean;
  /** Answer 503 to everything. */
  fail?: boolean;
}

/** A running usage upstream. */
export interface UsageUpstream {
  readonly url: string;
  behaviour: UsageUpstreamBehaviour;
  /** Requests received. */
  readonly received: () => number;
  /** Streams currently open. */
  readonly open: () => number;
  /** Let every held stream finish. */
  releaseAll(): void;
  close(): Promise<void>;
}

/** Start the upstream on 127.0.0.1. */
export async function startUsageUpstream(behaviour: UsageUpstreamBehaviour = {}): Promise<UsageUpstream> {
  let received = 0;
  let open = 0;
  let waiters: Array<() => void> = [];
  const state: UsageUpstream = {
    url: '',
    behaviour,
    received: () => received,
    open: () => open,
    releaseAll: () => {
      const list = waiters;
      waiters = [];
      for (const w of list) w();
    },
    close: async () => {
      state.releaseAll();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      received++;
      void answer(req, res, Buffer.concat(parts).toString('utf8'));
    });
  });
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse, text: string): Promise<void> => {
    const b = state.behaviour;
    if (b.fail) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"error":{"message":"overloaded"}}');
      return;
    }
    const body = JSON.parse(text) as { max_tokens?: number; stream?: boolean; stream_options?: { include_usage?: boolean } };
    const prompt = b.promptTokens ?? 10;
    const completion = b.completionTokens ?? body.max_tokens ?? 5;
    const usage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
    const json = (value: unknown): void => {
      const bytes = Buffer.from(JSON.stringify(value));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
      res.end(bytes);
    };
    if (req.url?.endsWith('/embeddings')) return json({ object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }], usage: { prompt_tokens: prompt, total_tokens: prompt } });
    if (!body.stream) {
      const completionBody = { id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'usage "usage": {"total_tokens": 999999}' }, finish_reason: 'stop' }] };
      return json(b.jsonUsage === false ? completionBody : { ...completionBody, usage });
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    open++;
    res.on('close', () => open--);
    const n = b.chunks ?? 3;
    for (let i = 0; i < n; i++) {
      if (res.destroyed) return;
      res.write(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'abcdefgh' } }] })}\n\n`);
      if (i === 0 && b.hold) await new Promise<void>((r) => waiters.push(r));
    }
    if (res.destroyed) return;
    if (body.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [], usage })}\n\n`);
    res.end('data: [DONE]\n\n');
  };
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  (state as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
