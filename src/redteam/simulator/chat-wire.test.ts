import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionBody, limitReply, parseChatRequest, pieces, streamEvents } from './chat-wire.js';

describe('parseChatRequest', () => {
  it('turns an OpenAI request into a simulator request', () => {
    const parsed = parseChatRequest({
      model: 'm',
      seed: 4,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 10,
      temperature: 0.2,
      tools: [{ type: 'function', function: { name: 'search_kb', parameters: { type: 'object' } } }, { type: 'function', function: { name: 'noop' } }],
      messages: [
        { role: 'developer', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Hi ' }, { type: 'image_url', image_url: { url: 'x' } }, { type: 'text', text: 'there' }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'search_kb', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'result' },
      ],
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        model: 'm',
        stream: true,
        includeUsage: true,
        maxChars: 40,
        request: {
          seed: 4,
          tools: [
            { name: 'search_kb', description: '', parameters: { type: 'object' } },
            { name: 'noop', description: '', parameters: { type: 'object', properties: {} } },
          ],
          messages: [
            { role: 'system', content: 'Be brief.' },
            { role: 'user', content: 'Hi there' },
            { role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'search_kb', arguments: '{}' }] },
            { role: 'tool', content: 'result', name: 'search_kb', toolCallId: 'c1' },
          ],
        },
      },
    });
  });

  it('names the first wrong fields', () => {
    expect(parseChatRequest({ model: 3, messages: [{ role: 'user' }, { role: 'x', content: 1 }] })).toEqual({
      ok: false,
      param: 'model',
      problem: expect.stringMatching(/^model: .*; messages\[1\]\.role: must be one of system, developer, user, assistant, tool/),
    });
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const parsed = parseChatRequest(value);
        if (!parsed.ok) expect(parsed.problem.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.record({ model: fc.string({ minLength: 1 }), messages: fc.array(fc.record({ role: fc.constantFrom('user', 'assistant', 'tool', 'system'), content: fc.oneof(fc.string(), fc.constant(null)) }), { minLength: 1, maxLength: 5 }) }), (body) => {
        expect(parseChatRequest(body).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reply formatting', () => {
  const parsed = { model: 'm', stream: true, includeUsage: false, request: { messages: [{ role: 'user' as const, content: 'hi' }] } };

  it('splits text into pieces without breaking characters made of two code units', () => {
    expect(pieces('ab😀cd', 3)).toEqual(['ab😀', 'cd']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (text, size) => {
        expect(pieces(text, size).join('')).toBe(text);
      }),
    );
  });

  it('cuts content at the token limit only when there are no tool calls', () => {
    expect(limitReply({ content: 'abcdef', toolCalls: [], finishReason: 'stop' }, 4)).toEqual({ content: 'abcd', toolCalls: [], finishReason: 'length' });
    const withCall = { content: 'abcdef', toolCalls: [{ id: 'c', name: 't', arguments: '{}' }], finishReason: 'tool_calls' };
    expect(limitReply(withCall, 4)).toBe(withCall);
  });

  it('writes null content beside tool calls, and the same id in stream and body', () => {
    const reply = { content: '', toolCalls: [{ id: 'c', name: 't', arguments: '{"a":1}' }], finishReason: 'tool_calls' };
    const body = completionBody(parsed, reply, 'fp', 1);
    expect(body).toMatchObject({ choices: [{ message: { content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 't', arguments: '{"a":1}' } }] }, finish_reason: 'tool_calls' }] });
    const events = streamEvents(parsed, reply, 'fp', 1);
    expect(events.at(-1)).toBe('[DONE]');
    expect((JSON.parse(events[0] ?? '') as { id: string }).id).toBe(body.id);
  });
});
