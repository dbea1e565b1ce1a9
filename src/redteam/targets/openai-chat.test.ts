import { afterEach, describe, expect, it } from 'vitest';
import { AisecError, isAisecError } from '../../core/errors.js';
import type { ChatReply, ChatRequest, Target } from '../types.js';
import { completion, contentChunk, inOrder, messagesOf, reply, startChatServer, toolChunk, type ChatServer, type Script } from '../test-support/chat-server.js';
import { createOpenAiChatTarget, type OpenAiChatTargetOptions } from './openai-chat.js';

const key = 'sk-test-SECRET-0123456789abcdef';
const env = { AISEC_TEST_KEY: key };
let server: ChatServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function targetFor(script: Script, options: Partial<OpenAiChatTargetOptions> = {}): Promise<Target> {
  server = await startChatServer(script);
  return createOpenAiChatTarget({ baseUrl: server.baseUrl, model: 'test-model', apiKeyEnv: 'AISEC_TEST_KEY', env, ...options });
}

function request(partial: Partial<ChatRequest> = {}): ChatRequest {
  return { messages: [{ role: 'user', content: 'hello' }], signal: new AbortController().signal, ...partial };
}

async function failure(promise: Promise<unknown>): Promise<AisecError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AisecError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const tools = [{ name: 'send_email', description: 'Send an e-mail', parameters: { type: 'object', properties: { to: { type: 'string' } } } }];

describe('createOpenAiChatTarget: the wire format', () => {
  it('sends the model, the messages with tool calls and results, the tools, the seed and the key', async () => {
    const target = await targetFor(inOrder(reply('hi')));
    await target.send(
      request({
        messages: [
          { role: 'system', content: 'You are a bot.' },
          { role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'search_documents', arguments: '{"query":"x"}' }] },
          { role: 'tool', content: 'found it', toolCallId: 'c1', name: 'search_documents' },
          { role: 'user', content: 'hello' },
        ],
        tools,
        seed: 42,
        maxTokens: 64,
      }),
    );
    const seen = server!.requests[0]!;
    expect(seen.method).toBe('POST');
    expect(seen.path).toBe('/v1/chat/completions');
    expect(seen.headers.authorization).toBe(`Bearer ${key}`);
    expect(seen.body).toEqual({
      model: 'test-model',
      stream: false,
      seed: 42,
      max_tokens: 64,
      messages: [
        { role: 'system', content: 'You are a bot.' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'search_documents', arguments: '{"query":"x"}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'found it' },
        { role: 'user', content: 'hello' },
      ],
      tools: [{ type: 'function', function: tools[0] }],
    });
  });

  it('reads the content, tool calls, finish reason and usage back', async () => {
    const target = await targetFor(inOrder(reply(null, { toolCalls: [{ id: 'call_9', name: 'send_email', arguments: '{"to":"a@b.c"}' }], usage: { prompt_tokens: 12, completion_tokens: 3 } })));
    const got = await target.send(request({ tools }));
    expect(got).toMatchObject({ content: '', toolCalls: [{ id: 'call_9', name: 'send_email', arguments: '{"to":"a@b.c"}' }], finishReason: 'tool_calls', usage: { promptTokens: 12, completionTokens: 3 } });
    expect(got.truncated).toBeUndefined();
    expect(got.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('reads content given as a list of text parts, and arguments given as an object', async () => {
    const body = { choices: [{ message: { content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }], tool_calls: [{ function: { name: 'f', arguments: { x: 1 } } }] }, finish_reason: 'stop' }] };
    const target = await targetFor(inOrder({ kind: 'json', body }));
    expect(await target.send(request())).toMatchObject({ content: 'ab', toolCalls: [{ id: 'call_0', name: 'f', arguments: '{"x":1}' }] });
  });

  it('names what is wrong with a body that is not a completion', async () => {
    const target = await targetFor(inOrder({ kind: 'json', body: { result: 'hi' } }, { kind: 'json', body: { choices: [{ message: { content: 5 } }] } }, { kind: 'raw', data: '<html>bad gateway</html>' }));
    expect((await failure(target.send(request()))).message).toMatch(/no choices/);
    expect((await failure(target.send(request()))).message).toMatch(/content is a number/);
    const html = await failure(target.send(request()));
    expect(html.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(html.message).toMatch(/HTML/);
    expect(html.details).toMatchObject({ retryable: false });
  });

  it('replaces invalid UTF-8 instead of failing', async () => {
    const data = Buffer.concat([Buffer.from('{"choices":[{"message":{"content":"ok '), Buffer.from([0xff, 0xfe]), Buffer.from('"}}]}')]);
    const target = await targetFor(inOrder({ kind: 'raw', data }));
    expect((await target.send(request())).content).toBe('ok \ufffd\ufffd');
  });

  it('cuts a reply longer than maxReplyChars and marks it truncated', async () => {
    const target = await targetFor(inOrder(reply('0123456789abcdef')), { maxReplyChars: 10 });
    expect(await target.send(request())).toMatchObject({ content: '0123456789', truncated: true });
  });

  it('refuses a body larger than maxResponseBytes without reading it all', async () => {
    const target = await targetFor(inOrder({ kind: 'huge', bytes: 5 * 1024 * 1024 }));
    const error = await failure(target.send(request()));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.message).toMatch(/maxResponseBytes \(4194304\)/);
  });

  it('reads a JSON answer when the server ignores stream: true', async () => {
    const target = await targetFor(inOrder(reply('plain')), { stream: true });
    expect((await target.send(request())).content).toBe('plain');
    expect(server!.requests[0]!.body).toMatchObject({ stream: true });
  });
});

describe('createOpenAiChatTarget: streaming', () => {
  it('joins content deltas and assembles tool-call deltas by index', async () => {
    const target = await targetFor(
      inOrder({
        kind: 'sse',
        events: [
          contentChunk('Hel'),
          contentChunk('lo'),
          toolChunk(0, { id: 'call_a', name: 'send_', arguments: '{"to":' }),
          toolChunk(1, { id: 'call_b', name: 'search_documents', arguments: '{}' }),
          toolChunk(0, { name: 'email', arguments: '"x@y.z"}' }),
          { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
          { choices: [], usage: { prompt_tokens: 7, completion_tokens: 2 } },
        ],
      }),
      { stream: true },
    );
    const got = await target.send(request());
    expect(got).toMatchObject({
      content: 'Hello',
      toolCalls: [
        { id: 'call_a', name: 'send_email', arguments: '{"to":"x@y.z"}' },
        { id: 'call_b', name: 'search_documents', arguments: '{}' },
      ],
      finishReason: 'tool_calls',
      usage: { promptTokens: 7, completionTokens: 2 },
    });
    expect(got.truncated).toBeUndefined();
  });

  it('marks a stream that ends without [DONE] as truncated, and one cut inside an event', async () => {
    const target = await targetFor(
      inOrder({ kind: 'sse', events: [contentChunk('part')], done: false }, { kind: 'sse', events: [contentChunk('one ')], done: false, tail: 'data: {"choi' }),
      { stream: true },
    );
    expect(await target.send(request())).toMatchObject({ content: 'part', truncated: true });
    expect(await target.send(request())).toMatchObject({ content: 'one ', truncated: true });
  });

  it('names the event that is not JSON, and reports an error event', async () => {
    const target = await targetFor(inOrder({ kind: 'sse', events: [contentChunk('a'), '{not json'] }, { kind: 'sse', events: [{ error: { message: 'model overloaded' } }] }), { stream: true });
    const bad = await failure(target.send(request()));
    expect(bad.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(bad.message).toMatch(/event 2 of the stream is not JSON/);
    expect((await failure(target.send(request()))).message).toMatch(/model overloaded/);
  });

  it('fails a stream that ends before its first event (retryable)', async () => {
    const target = await targetFor(inOrder({ kind: 'sse', events: [], done: false }), { stream: true });
    const error = await failure(target.send(request()));
    expect(error.message).toMatch(/before its first event/);
    expect(error.details).toMatchObject({ retryable: true });
  });

  it('decodes UTF-8 split across chunks and replaces invalid bytes', async () => {
    const event = Buffer.from(`data: ${JSON.stringify(contentChunk('hé'))}\n\ndata: ${JSON.stringify(contentChunk('!!'))}\n\ndata: [DONE]\n\n`);
    const split = event.indexOf(0xa9); // the second byte of é
    const bad = Buffer.from(event.subarray(split + 40));
    bad[bad.indexOf(0x21)] = 0xff; // the first ! becomes an invalid byte
    const target = await targetFor(inOrder({ kind: 'chunks', chunks: [event.subarray(0, split), event.subarray(split, split + 40), bad] }), { stream: true });
    expect(await target.send(request())).toMatchObject({ content: 'hé\ufffd!' });
  });

  it('stops at maxResponseBytes and keeps what came, marked truncated', async () => {
    const events = Array.from({ length: 200 }, () => contentChunk('y'.repeat(1000)));
    const target = await targetFor(inOrder({ kind: 'sse', events }), { stream: true, maxResponseBytes: 20_000 });
    const got = await target.send(request());
    expect(got.truncated).toBe(true);
    expect(got.content.length).toBeGreaterThan(0);
    expect(got.content.length).toBeLessThan(20_000);
  });
});

describe('createOpenAiChatTarget: failures', () => {
  it('marks 429 and 5xx retryable with the Retry-After wait, and 4xx not', async () => {
    const target = await targetFor(
      inOrder(
        { kind: 'json', status: 429, body: { error: { message: 'slow down' } }, headers: { 'retry-after': '3' } },
        { kind: 'json', status: 503, body: { error: 'busy' } },
        { kind: 'json', status: 400, body: { error: { message: 'bad model' } } },
      ),
    );
    const limited = await failure(target.send(request()));
    expect(limited.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(limited.details).toEqual({ status: 429, retryable: true, retryAfterMs: 3000 });
    expect(limited.message).toMatch(/slow down/);
    expect((await failure(target.send(request()))).details).toEqual({ status: 503, retryable: true });
    const refused = await failure(target.send(request()));
    expect(refused.details).toEqual({ status: 400, retryable: false });
  });

  it('does not follow a redirect', async () => {
    const target = await targetFor(inOrder({ kind: 'raw', status: 307, data: '', headers: { location: 'http://example.invalid/v1/chat/completions' } }));
    const error = await failure(target.send(request()));
    expect(error.message).toMatch(/redirect/);
    expect(server!.requests).toHaveLength(1);
  });

  it('gives ERR_ENDPOINT_TIMEOUT for a hang or a stalled stream when the request signal times out', async () => {
    const target = await targetFor(inOrder({ kind: 'hang' }, { kind: 'stall', first: `data: ${JSON.stringify(contentChunk('a'))}\n\n` }), { stream: true });
    const hang = await failure(target.send(request({ signal: AbortSignal.timeout(150) })));
    expect(hang.code).toBe('ERR_ENDPOINT_TIMEOUT');
    expect(hang.details).toMatchObject({ retryable: true });
    const stall = await failure(target.send(request({ signal: AbortSignal.timeout(150) })));
    expect(stall.code).toBe('ERR_ENDPOINT_TIMEOUT');
  });

  it('rethrows the abort reason the harness gives, and ERR_ABORTED for a plain abort', async () => {
    const target = await targetFor(inOrder({ kind: 'hang' }));
    const controller = new AbortController();
    const pending = target.send(request({ signal: controller.signal }));
    await server!.received(1);
    const reason = new AisecError('ERR_ENDPOINT_TIMEOUT', 'harness timeout', { details: { retryable: true } });
    controller.abort(reason);
    expect(await failure(pending)).toBe(reason);
    const plain = new AbortController();
    const second = target.send(request({ signal: plain.signal }));
    await server!.received(2);
    plain.abort();
    expect((await failure(second)).code).toBe('ERR_ABORTED');
    const already = new AbortController();
    already.abort();
    expect((await failure(target.send(request({ signal: already.signal })))).code).toBe('ERR_ABORTED');
  });

  it('reports a closed port as a retryable response error', async () => {
    const target = await targetFor(inOrder(reply('x')));
    await server!.close();
    server = undefined;
    const error = await failure(target.send(request()));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.details).toMatchObject({ retryable: true });
  });
});

describe('createOpenAiChatTarget: the API key', () => {
  it('never shows the key in the label, an error or a reply, even when the server echoes it', async () => {
    const echo: Script = (req) => {
      const auth = String(req.headers.authorization);
      if (req.index === 0) return { kind: 'json', status: 401, body: { error: { message: `invalid key ${auth}` } } };
      return reply(`your header was ${auth}`, { toolCalls: [{ name: 'f', arguments: JSON.stringify({ k: auth }) }] });
    };
    const target = await targetFor(echo);
    expect(target.label).toBe(`test-model @ ${server!.baseUrl}`);
    const error = await failure(target.send(request()));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.message).toMatch(/\[redacted\]/);
    expect(error.message).toMatch(/check the API key/);
    const got: ChatReply = await target.send(request());
    expect(JSON.stringify(got)).not.toContain(key);
    expect(got.content).toBe('your header was [redacted]');
  });

  it('names the environment variable to set when it is missing', () => {
    let caught: unknown;
    try {
      createOpenAiChatTarget({ baseUrl: 'http://127.0.0.1:1/v1', model: 'm', apiKeyEnv: 'AISEC_MISSING_KEY', env: {} });
    } catch (error) {
      caught = error;
    }
    expect(isAisecError(caught, 'ERR_PROBE_TARGET')).toBe(true);
    expect((caught as Error).message).toMatch(/AISEC_MISSING_KEY.*not set/);
  });

  it('sends no Authorization header without apiKeyEnv, and extra headers with env references', async () => {
    server = await startChatServer(inOrder(reply('x')));
    const target = createOpenAiChatTarget({ baseUrl: `${server.baseUrl}/`, model: 'm', headers: { 'x-team': 'red', 'x-api-key': '${env:AISEC_TEST_KEY}' }, env });
    await target.send(request());
    const headers = server.requests[0]!.headers;
    expect(headers.authorization).toBeUndefined();
    expect(headers['x-team']).toBe('red');
    expect(headers['x-api-key']).toBe(key);
    expect(server.requests[0]!.path).toBe('/v1/chat/completions');
  });
});

describe('createOpenAiChatTarget: settings', () => {
  it.each([
    [{ baseUrl: 'not a url', model: 'm' }, /not a URL/],
    [{ baseUrl: 'file:///etc/passwd', model: 'm' }, /only http and https/],
    [{ baseUrl: 'http://user:pw@127.0.0.1/v1', model: 'm' }, /user name or password/],
    [{ baseUrl: 'http://127.0.0.1/v1', model: ' ' }, /model is empty/],
    [{ baseUrl: 'http://127.0.0.1/v1', model: 'm', apiKeyEnv: 'BAD NAME' }, /apiKeyEnv must name/],
    [{ baseUrl: 'http://127.0.0.1/v1', model: 'm', maxReplyChars: 0 }, /maxReplyChars/],
  ])('refuses %j', (options, message) => {
    let caught: unknown;
    try {
      createOpenAiChatTarget({ env: {}, ...options });
    } catch (error) {
      caught = error;
    }
    expect(isAisecError(caught, 'ERR_PROBE_TARGET')).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });

  it('hides the query of the URL in the label and defaults to harnessed mode', () => {
    const target = createOpenAiChatTarget({ baseUrl: 'https://llm.example/v1?api-key=abc', model: 'gpt', env: {} });
    expect(target.label).toBe('gpt @ https://llm.example/v1?…');
    expect(target.mode).toBe('harnessed');
    expect(createOpenAiChatTarget({ baseUrl: 'https://llm.example/v1', model: 'gpt', mode: 'opaque', env: {} }).mode).toBe('opaque');
  });

  it('keeps the completion helper honest', () => {
    expect(completion('x')).toMatchObject({ choices: [{ message: { content: 'x' } }] });
    expect(messagesOf).toBeTypeOf('function');
  });
});
