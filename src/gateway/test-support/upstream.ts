/**
 * A small OpenAI-style upstream for tests, on 127.0.0.1:0: JSON or SSE chat completions
 * (`"stream": true`), embeddings, models, a predict route, and switches to misbehave.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A recorded upstream request. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** How the test upstream answers. */
export interface TestUpstreamBehaviour {
  /** `hang`: never answer; `garbage`: write non-HTTP bytes; `500`: answer 500 with internals; `html`: 200 text/html. */
  mode?: 'normal' | 'hang' | 'garbage' | '500' | 'html';
  /** SSE chunks to send; each waits for `release()` when `gated`. */
  chunks?: number;
  gated?: boolean;
  /**
   * A scripted stream: these exact pieces are written one by one (a short pause between them,
   * so they tend to arrive as separate reads), then the response ends. Overrides `chunks`.
   */
  sse?: readonly (string | Buffer)[];
  /** A scripted JSON answer for chat and completions requests (non-streaming). */
  json?: unknown;
}

/** A running test upstream. */
export interface TestUpstream {
  readonly url: string;
  readonly seen: SeenRequest[];
  behaviour: TestUpstreamBehaviour;
  /** Let a gated stream send its next chunk. */
  release(): void;
  /** Resolves when a stream's response was closed by the gateway before its end. */
  readonly aborted: Promise<void>;
  /** Exact bytes of the last JSON or SSE body sent. */
  lastSent: Buffer;
  close(): Promise<void>;
}

export const toolCallCompletion = {
  id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'up-model',
  choices: [{ index: 0, finish_reason: 'tool_calls', message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"c"}' } }] } }],
  usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
};

/** Start a test upstream. */
export async function startTestUpstream(behaviour: TestUpstreamBehaviour = {}): Promise<TestUpstream> {
  const seen: SeenRequest[] = [];
  const waiters: Array<() => void> = [];
  let releases = 0;
  let abortedResolve!: () => void;
  const aborted = new Promise<void>((r) => (abortedResolve = r));
  const state: TestUpstream = {
    url: '',
    seen,
    behaviour,
    release: () => {
      const w = waiters.shift();
      if (w) w();
      else releases++;
    },
    aborted,
    lastSent: Buffer.alloc(0),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const gate = (): Promise<void> => {
    if (!state.behaviour.gated) return Promise.resolve();
    if (releases > 0) {
      releases--;
      return Promise.resolve();
    }
    return new Promise((r) => waiters.push(r));
  };
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const body = Buffer.concat(parts).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const mode = state.behaviour.mode ?? 'normal';
      if (mode === 'hang') return;
      if (mode === 'garbage') {
        req.socket.end('NOT HTTP AT ALL\r\n\r\n');
        return;
      }
      if (mode === '500') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Traceback: secret internal path /srv/model.py line 12');
        return;
      }
      if (mode === 'html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>login</html>');
        return;
      }
      void answer(req, res, body);
    });
  });
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> => {
    const send = (status: number, value: unknown): void => {
      const bytes = Buffer.from(JSON.stringify(value));
      state.lastSent = bytes;
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length });
      res.end(bytes);
    };
    if (req.url?.endsWith('/models')) return send(200, { object: 'list', data: [{ id: 'up-model', object: 'model' }, { id: 'hidden-model', object: 'model' }] });
    if (req.url?.endsWith('/predict')) {
      const parsed = JSON.parse(body) as { instances: number[][] };
      return send(200, { predictions: parsed.instances.map((row) => row.reduce((a, b) => a + b, 0)), model_version: 'internal-7' });
    }
    let parsed: { stream?: boolean; tools?: unknown; model?: string };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      return send(400, { error: { message: 'invalid json', type: 'invalid_request_error' } });
    }
    if (state.behaviour.json !== undefined && !parsed.stream) return send(200, state.behaviour.json);
    if (state.behaviour.sse !== undefined && parsed.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const pieces = state.behaviour.sse.map((p) => (typeof p === 'string' ? Buffer.from(p) : p));
      state.lastSent = Buffer.concat(pieces);
      for (const piece of pieces) {
        if (res.destroyed) return;
        res.write(piece);
        await new Promise((r) => setTimeout(r, 1));
      }
      res.end();
      return;
    }
    if (!parsed.stream) return send(200, parsed.tools ? toolCallCompletion : { id: 'c1', object: 'chat.completion', model: parsed.model, choices: [{ index: 0, message: { role: 'assistant', content: 'héllo ✓' }, finish_reason: 'stop' }] });
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.on('close', () => {
      if (!res.writableFinished) abortedResolve();
    });
    const sent: Buffer[] = [];
    const n = state.behaviour.chunks ?? 3;
    for (let i = 0; i < n; i++) {
      if (i > 0) await gate();
      if (res.destroyed) return;
      const frame = Buffer.from(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: `tok${i} ` } }] })}\n\n`);
      sent.push(frame);
      res.write(frame);
    }
    if (n > 0) await gate();
    const done = Buffer.from('data: [DONE]\n\n');
    sent.push(done);
    state.lastSent = Buffer.concat(sent);
    res.end(done);
  };
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  (state as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
