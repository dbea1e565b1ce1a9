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
