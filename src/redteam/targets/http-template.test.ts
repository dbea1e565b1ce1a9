import { afterEach, describe, expect, it } from 'vitest';
import { AisecError, isAisecError } from '../../core/errors.js';
import type { ChatMessage, ChatRequest, Target } from '../types.js';
import { inOrder, startChatServer, type ChatServer, type Script } from '../test-support/chat-server.js';
import { createHttpTemplateTarget, type HttpTemplateTargetOptions } from './http-template.js';

let server: ChatServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function targetFor(script: Script, options: Partial<HttpTemplateTargetOptions> = {}): Promise<Target> {
  server = await startChatServer(script);
  return createHttpTemplateTarget({ url: `${new URL(server.baseUrl).origin}/chat`, body: { message: '{{prompt}}' }, response: { content: 'reply.text' }, env: {}, ...options });
}

function request(messages: ChatMessage[]): ChatRequest {
  return { messages, signal: new AbortController().signal };
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

function settingsError(options: Partial<HttpTemplateTargetOptions>): AisecError {
  try {
    createHttpTemplateTarget({ url: 'http://127.0.0.1:1/chat', body: { message: '{{prompt}}' }, response: { content: 'reply.text' }, env: {}, ...options });
  } catch (error) {
    if (isAisecError(error)) return error;
    throw error;
  }
  throw new Error('expected a settings error');
}

describe('createHttpTemplateTarget', () => {
  it('fills the template structurally and reads the reply and tool calls at their paths', async () => {
    const target = await targetFor(inOrder({ kind: 'json', body: { reply: { text: 'Hello!', actions: [{ id: 'a1', name: 'send_email', arguments: { to: 'x@y.z' } }] } } }), {
      body: { message: '{{prompt}}', context: { system: '{{system}}', history: '{{messages}}' }, tag: 'run {{session}}' },
      response: { content: 'reply.text', toolCalls: 'reply.actions' },
      headers: { 'x-tenant': 'acme' },
    });
    const got = await target.send(
      request([
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say "hi" {{system}}' },
      ]),
    );
    expect(got).toMatchObject({ content: 'Hello!', toolCalls: [{ id: 'a1', name: 'send_email', arguments: '{"to":"x@y.z"}' }] });
    const seen = server!.requests[0]!;
    expect(seen.path).toBe('/chat');
    expect(seen.headers['x-tenant']).toBe('acme');
    expect(seen.body).toEqual({
      message: 'Say "hi" {{system}}',
      context: {
        system: 'Be brief.',
        history: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Say "hi" {{system}}' },
        ],
      },
      tag: 'run ',
    });
    expect(target.mode).toBe('opaque');
    expect(target.label).toBe(`${new URL(server!.baseUrl).origin}/chat`);
  });

  it('reads an OpenAI-shaped answer at choices.0.message.content', async () => {
    const target = await targetFor(inOrder({ kind: 'json', body: { choices: [{ message: { content: 'ok' } }] } }), { response: { content: 'choices.0.message.content' } });
    expect((await target.send(request([{ role: 'user', content: 'x' }]))).content).toBe('ok');
  });

  it('says where the response mapping stops', async () => {
    const target = await targetFor(inOrder({ kind: 'json', body: { reply: { message: 'x' } } }, { kind: 'json', body: { reply: { text: { nested: 1 } } } }, { kind: 'json', body: { reply: { text: 'x', actions: 'none' } } }), {
      response: { content: 'reply.text', toolCalls: 'reply.actions' },
    });
    const missing = await failure(target.send(request([{ role: 'user', content: 'x' }])));
    expect(missing.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(missing.message).toMatch(/reply has no key "text" \(keys: "message"\)/);
    expect(missing.details).toMatchObject({ retryable: false });
    expect((await failure(target.send(request([{ role: 'user', content: 'x' }])))).message).toMatch(/is not text/);
    expect((await failure(target.send(request([{ role: 'user', content: 'x' }])))).message).toMatch(/toolCalls .* is not a list/);
  });

  it('carries the session id of the first answer into the later turns of that conversation only', async () => {
    let next = 0;
    const target = await targetFor(
      (req) => {
        const body = req.body as { message: string; session: string | null };
        const session = body.session ?? `s${++next}`;
        return { kind: 'json', body: { reply: { text: `echo ${body.message}` }, session: body.session === null ? session : undefined } };
      },
      { body: { message: '{{prompt}}', session: '{{session}}' }, sessionPath: 'session' },
    );
    const a1 = await target.send(request([{ role: 'user', content: 'hello' }]));
    const b1 = await target.send(request([{ role: 'user', content: 'other' }]));
    const a2 = await target.send(request([{ role: 'user', content: 'hello' }, { role: 'assistant', content: a1.content }, { role: 'user', content: 'more' }]));
    await target.send(request([{ role: 'user', content: 'hello' }, { role: 'assistant', content: a1.content }, { role: 'user', content: 'more' }, { role: 'assistant', content: a2.content }, { role: 'user', content: 'third' }]));
    await target.send(request([{ role: 'user', content: 'other' }, { role: 'assistant', content: b1.content }, { role: 'user', content: 'again' }]));
    expect(server!.requests.map((r) => (r.body as { session: unknown }).session)).toEqual([null, null, 's1', 's1', 's2']);
  });

  it('lists every problem of the settings at once', () => {
    const error = settingsError({ body: { a: '{{promt}}' }, response: { content: 'reply..text' }, sessionPath: '.x', method: 'GET' as 'POST' });
    expect(error.code).toBe('ERR_PROBE_TARGET');
    expect(error.message).toMatch(/method must be POST, PUT or PATCH/);
    expect(error.message).toMatch(/body\.a uses \{\{promt\}\}/);
    expect(error.message).toMatch(/response\.content "reply\.\.text" has an empty part/);
    expect(error.message).toMatch(/sessionPath "\.x" has an empty part/);
  });

  it('refuses a body without {{prompt}} or {{messages}}, a missing content path and a non-http URL', () => {
    expect(settingsError({ body: { message: 'static' } }).message).toMatch(/neither \{\{prompt\}\} nor \{\{messages\}\}/);
    expect(settingsError({ response: {} as { content: string } }).message).toMatch(/response\.content is required/);
    expect(settingsError({ url: 'ftp://127.0.0.1/chat' }).message).toMatch(/only http and https/);
    expect(settingsError({ headers: { authorization: 'Bearer ${env:AISEC_NOPE}' } }).message).toMatch(/AISEC_NOPE is not set/);
  });
});

/** `bytes` cut into pieces of 1, 3, 2, 7 and 5 bytes in turn: borders fall inside characters, field names and line ends. */
function oddChunks(bytes: Buffer): Buffer[] {
  const sizes = [1, 3, 2, 7, 5];
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; at += sizes[i++ % sizes.length]!) out.push(bytes.subarray(at, at + sizes[i % sizes.length]!));
  return out;
}

const sse = (...data: unknown[]): string => data.map((d) => `data: ${typeof d === 'string' ? d : JSON.stringify(d)}\r\n\r\n`).join('');
const delta = (text: string | null): unknown => ({ choices: [{ index: 0, delta: { content: text } }] });
const ndjson = (...values: unknown[]): string => values.map((v) => `${JSON.stringify(v)}\n`).join('');
const ollama = (text: string, done = false): unknown => ({ model: 'm', message: { role: 'assistant', content: text }, done });

describe('createHttpTemplateTarget: streamed answers', () => {
  const user = (): ChatRequest => request([{ role: 'user', content: 'hi' }]);

  it('joins the text pieces of server-sent events split at odd places, inside UTF-8 characters too', async () => {
    const text = sse({ choices: [{ index: 0, delta: { role: 'assistant' } }] }, delta('Grüße, '), delta('世界 '), delta('🙂'), delta(null), '[DONE]');
    const chunks = oddChunks(Buffer.from(text));
    expect(chunks.some((c) => c.length > 0 && (c[0]! & 0xc0) === 0x80)).toBe(true); // some chunk starts inside a character
    const target = await targetFor(inOrder({ kind: 'chunks', chunks }), { stream: { format: 'sse', path: 'choices.0.delta.content', done: '[DONE]' } });
    const got = await target.send(user());
    expect(got).toMatchObject({ content: 'Grüße, 世界 🙂', toolCalls: [] });
    expect(got.truncated).toBeUndefined();
    expect(server!.requests[0]!.headers.accept).toBe('text/event-stream');
  });

  it('reads newline-delimited JSON to the event marked done, a last line without its line end included', async () => {
    const text = `${ndjson(ollama('Ça '), ollama('va'))}${JSON.stringify(ollama(' ✓', true))}`;
    const target = await targetFor(inOrder({ kind: 'chunks', chunks: oddChunks(Buffer.from(text)), contentType: 'application/x-ndjson' }), { stream: { format: 'ndjson', path: 'message.content', donePath: 'done' } });
    const got = await target.send(user());
    expect(got.content).toBe('Ça va ✓');
    expect(got.truncated).toBeUndefined();
  });

  it('stops reading at the end marker', async () => {
    const text = sse(delta('kept'), '[DONE]', delta(' never read'));
    const target = await targetFor(inOrder({ kind: 'chunks', chunks: [Buffer.from(text)] }), { stream: { format: 'sse', path: 'choices.0.delta.content' } });
    expect((await target.send(user())).content).toBe('kept');
  });

  it('marks a stream truncated when it ends without its end marker or inside an event or a character', async () => {
    const marker = { format: 'sse' as const, path: 'choices.0.delta.content', done: '[DONE]' };
    const cutInChar = Buffer.from(sse(delta('ab'), delta('é'))).subarray(0, -6); // ends after the first byte of é (inside its event)
    const target = await targetFor(
      inOrder(
        { kind: 'chunks', chunks: [Buffer.from(sse(delta('no end')))] },
        { kind: 'chunks', chunks: [Buffer.from(`${sse(delta('half'))}data: {"choices":[{"delta":{"content":"lo`)] },
        { kind: 'chunks', chunks: [cutInChar] },
      ),
      { stream: marker },
    );
    expect(await target.send(user())).toMatchObject({ content: 'no end', truncated: true });
    expect(await target.send(user())).toMatchObject({ content: 'half', truncated: true });
    expect(await target.send(user())).toMatchObject({ content: 'ab', truncated: true });
  });

  it('marks an NDJSON stream cut inside its last line truncated, and one without a done marker complete', async () => {
    const target = await targetFor(
      inOrder(
        { kind: 'chunks', chunks: [Buffer.from(`${ndjson(ollama('one'))}{"message":{"content":"tw`)], contentType: 'application/x-ndjson' },
        { kind: 'chunks', chunks: [Buffer.from(ndjson({ text: 'a' }, { text: 'b' }))], contentType: 'application/x-ndjson' },
      ),
      { stream: { format: 'ndjson', path: 'message.content' } },
    );
    expect(await target.send(user())).toMatchObject({ content: 'one', truncated: true });
    const plain = createHttpTemplateTarget({ url: `${new URL(server!.baseUrl).origin}/chat`, body: { message: '{{prompt}}' }, stream: { format: 'ndjson', path: 'text' }, env: {} });
    const got = await plain.send(user());
    expect(got.content).toBe('ab');
    expect(got.truncated).toBeUndefined();
  });

  it('names the event that is not JSON, reports error events, and a text piece that is not text', async () => {
    const target = await targetFor(
      inOrder(
        { kind: 'chunks', chunks: [Buffer.from(sse(delta('a'), '{"choices": [oops'))] },
        { kind: 'chunks', chunks: [Buffer.from(`${sse(delta('a'))}event: error\ndata: model overloaded\n\n`)] },
        { kind: 'chunks', chunks: [Buffer.from(sse(delta('a'), { error: { message: 'quota exceeded' } }))] },
        { kind: 'chunks', chunks: [Buffer.from(sse({ choices: [{ delta: { content: { nested: true } } }] }))] },
      ),
      { stream: { format: 'sse', path: 'choices.0.delta.content' } },
    );
    const notJson = await failure(target.send(user()));
    expect(notJson.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(notJson.message).toMatch(/event 2 of the stream is not JSON/);
    expect(notJson.details).toMatchObject({ retryable: false });
    expect((await failure(target.send(user()))).message).toMatch(/reported an error in event 2: "model overloaded"/);
    expect((await failure(target.send(user()))).message).toMatch(/reported an error in event 2: quota exceeded/);
    expect((await failure(target.send(user()))).message).toMatch(/event 1: stream\.path \(choices\.0\.delta\.content\) is not text/);
  });

  it('says where the stream path stops when no event has text there, and fails an empty stream (retryable)', async () => {
    const target = await targetFor(inOrder({ kind: 'chunks', chunks: [Buffer.from(sse({ output: 'x' }, '[DONE]'))] }, { kind: 'chunks', chunks: [] }), { stream: { format: 'sse', path: 'choices.0.delta.content' } });
    expect((await failure(target.send(user()))).message).toMatch(/no event of the stream has text at stream\.path \(choices\.0\.delta\.content\); event 1: the body has no key "choices"/);
    const empty = await failure(target.send(user()));
    expect(empty.message).toMatch(/ended before its first event \(the answer is text\/event-stream\)/);
    expect(empty.details).toMatchObject({ retryable: true });
  });

  it('keeps at most maxReplyChars characters and reads at most maxResponseBytes bytes, marked truncated', async () => {
    const many = sse(...Array.from({ length: 300 }, () => delta('y'.repeat(100))), '[DONE]');
    const target = await targetFor(inOrder({ kind: 'chunks', chunks: [Buffer.from(many)] }), { stream: { format: 'sse', path: 'choices.0.delta.content' }, maxReplyChars: 250 });
    expect(await target.send(user())).toMatchObject({ content: 'y'.repeat(250), truncated: true });
    const small = createHttpTemplateTarget({ url: `${new URL(server!.baseUrl).origin}/chat`, body: { message: '{{prompt}}' }, stream: { format: 'sse', path: 'choices.0.delta.content' }, maxResponseBytes: 5_000, env: {} });
    const got = await small.send(user());
    expect(got.truncated).toBe(true);
    expect(got.content.length).toBeGreaterThan(0);
    expect(got.content.length).toBeLessThan(5_000);
  });

  it('gives ERR_ENDPOINT_TIMEOUT when a stream stalls past the request signal', async () => {
    const target = await targetFor(inOrder({ kind: 'stall', first: sse(delta('a')) }), { stream: { format: 'sse', path: 'choices.0.delta.content' } });
    const stalled = await failure(target.send({ messages: [{ role: 'user', content: 'hi' }], signal: AbortSignal.timeout(150) }));
    expect(stalled.code).toBe('ERR_ENDPOINT_TIMEOUT');
  });

  it('replaces invalid UTF-8 with U+FFFD and takes raw SSE data as the text with an empty path', async () => {
    const bytes = Buffer.from('data: ok \ndata: x\n\ndata: fine\n\n');
    bytes[bytes.indexOf(0x78)] = 0xff; // x becomes an invalid byte
    const target = await targetFor(inOrder({ kind: 'chunks', chunks: oddChunks(bytes) }), { stream: { format: 'sse', path: '' } });
    expect((await target.send(user())).content).toBe('ok \n\ufffdfine');
  });

  it('reads a JSON answer through the response mapping when the server does not stream, and a session id from the stream', async () => {
    const target = await targetFor(
      inOrder({ kind: 'json', body: { reply: { text: 'plain' } } }, { kind: 'chunks', chunks: [Buffer.from(sse({ session: 's9', delta: 'a' }, { delta: 'b' }))] }, { kind: 'chunks', chunks: [Buffer.from(sse({ delta: 'c' }))] }),
      { body: { message: '{{prompt}}', session: '{{session}}' }, response: { content: 'reply.text' }, stream: { format: 'sse', path: 'delta' }, sessionPath: 'session' },
    );
    expect((await target.send(user())).content).toBe('plain');
    const first = await target.send(request([{ role: 'user', content: 'start' }]));
    expect(first.content).toBe('ab');
    await target.send(request([{ role: 'user', content: 'start' }, { role: 'assistant', content: 'ab' }, { role: 'user', content: 'more' }]));
    expect(server!.requests.map((r) => (r.body as { session: unknown }).session)).toEqual([null, null, 's9']);
  });

  it('lists the problems of the stream settings', () => {
    const error = settingsError({ response: undefined, stream: { format: 'xml' as 'sse', path: 'a..b', donePath: '.' } });
    expect(error.message).toMatch(/stream\.format must be sse or ndjson \(got xml\)/);
    expect(error.message).toMatch(/stream\.path "a\.\.b" has an empty part/);
    expect(error.message).toMatch(/stream\.donePath "\." has an empty part/);
    expect(settingsError({ response: undefined, stream: { format: 'sse' } as unknown as { format: 'sse'; path: string } }).message).toMatch(/stream\.path is required/);
    expect(settingsError({ response: undefined }).message).toMatch(/response\.content is required/);
  });
});
