import { describe, expect, it } from 'vitest';
import { replaceTexts, requestTexts, TOKEN_INPUT } from './request-texts.js';
import type { RequestTexts } from './guard-types.js';

describe('request texts', () => {
  it('reads chat contents, text parts, tool results and tool-call arguments with their roles', () => {
    const body = {
      messages: [
        { role: 'system', content: 'sys' },
        { role: 'user', content: [{ type: 'text', text: 'hello' }, { type: 'image_url', image_url: { url: 'https://x/y.png' } }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }] },
        { role: 'tool', tool_call_id: 'c', content: 'result' },
        { role: 'Human', content: 'unknown roles count as user' },
      ],
    };
    const read = requestTexts('chat/completions', body) as RequestTexts;
    expect(read.items).toBe(5);
    expect(read.texts.map((t) => [t.role, t.text])).toEqual([
      ['system', 'sys'], ['user', 'hello'], ['assistant', '{"a":1}'], ['tool', 'result'], ['user', 'unknown roles count as user'],
    ]);
  });

  it('reads completions prompts and embeddings inputs, and tells token ids apart', () => {
    expect((requestTexts('completions', { prompt: ['a', 'b'], suffix: 'c' }) as RequestTexts).texts.map((t) => t.text)).toEqual(['a', 'b', 'c']);
    expect((requestTexts('embeddings', { input: 'x' }) as RequestTexts).texts.map((t) => t.role)).toEqual(['input']);
    expect(requestTexts('completions', { prompt: [1, 2] })).toBe(TOKEN_INPUT);
    expect(requestTexts('embeddings', { input: [[1], [2, 3]] })).toBe(TOKEN_INPUT);
  });

  it.each([
    ['chat/completions', [], 'top level must be a JSON object'],
    ['chat/completions', { messages: {} }, '"messages" must be an array'],
    ['chat/completions', { messages: [null] }, 'messages[0] must be an object'],
    ['chat/completions', { messages: [{ role: 'user', content: 5 }] }, 'messages[0].content must be a string'],
    ['chat/completions', { messages: [{ role: 'user', content: [{ text: 'x' }] }] }, 'messages[0].content[0] must be a content part'],
    ['chat/completions', { messages: [{ role: 'assistant', tool_calls: [{ function: { arguments: {} } }] }] }, 'tool_calls[0].function.arguments must be a string'],
    ['completions', { prompt: ['a', 1] }, 'prompt[1] must be a string'],
    ['embeddings', { input: 5 }, '"input" must be a string or an array'],
  ])('refuses a %s body of the wrong shape, naming the place', (endpoint, body, message) => {
    expect(() => requestTexts(endpoint, body)).toThrow(message);
  });

  it('replaces texts in a copy of the body', () => {
    const body = { model: 'm', messages: [{ role: 'user', content: [{ type: 'text', text: 'mail a@b.example' }] }] };
    const read = requestTexts('chat/completions', body) as RequestTexts;
    const out = JSON.parse(replaceTexts(body, read, new Map([[0, 'mail a***@b.example']])).toString()) as typeof body;
    expect(out.messages[0]!.content[0]!.text).toBe('mail a***@b.example');
    expect(body.messages[0]!.content[0]!.text).toBe('mail a@b.example');
  });
});
