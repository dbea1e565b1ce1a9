import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReset } from './ratelimit-headers.js';
import { completionReserve, countJsonAnswer, estimatePromptTokens, findUsageObject, maxSseLineChars, readUsage, SseCounter, usageTokens } from './tokens.js';

const sse = (events: unknown[]): Buffer => Buffer.from(events.map((e) => `data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`).join(''));
const chunk = (content: string) => ({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] });

describe('token estimates', () => {
  it('estimates prompt tokens from message text (string and text parts, tool-call arguments), rounding up', () => {
    const body = {
      model: 'm',
      messages: [
        { role: 'system', content: 'abcd' },
        { role: 'user', content: [{ type: 'text', text: 'efghij' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,' + 'A'.repeat(10_000) } }] },
        { role: 'assistant', content: null, tool_calls: [{ type: 'function', function: { name: 'f', arguments: '{"a":1}' } }] },
      ],
    };
    expect(estimatePromptTokens('chat/completions', body, 4)).toBe(Math.ceil((4 + 6 + 7) / 4));
    expect(estimatePromptTokens('completions', { prompt: ['abcdefgh', 'ij'] }, 4)).toBe(3);
    expect(estimatePromptTokens('embeddings', { input: [[1, 2, 3], [4]] }, 4)).toBe(4 + 1);
    expect(estimatePromptTokens('embeddings', { input: 'x'.repeat(10) }, 2)).toBe(5);
  });

  it('never estimates less than one token, and ignores wrong types instead of failing', () => {
    for (const body of [null, 'text', 42, [], {}, { messages: 'no' }, { messages: [null, 1, { content: 5 }] }, { prompt: { a: 1 } }]) {
      expect(estimatePromptTokens('chat/completions', body, 4)).toBe(1);
      expect(estimatePromptTokens('completions', body, 4)).toBe(1);
    }
  });

  it('reserves max_completion_tokens or max_tokens times n, a default without them, nothing for embeddings', () => {
    expect(completionReserve('chat/completions', { max_tokens: 100 }, 256)).toBe(100);
    expect(completionReserve('chat/completions', { max_completion_tokens: 30, max_tokens: 100 }, 256)).toBe(30);
    expect(completionReserve('chat/completions', { max_tokens: 10, n: 3 }, 256)).toBe(30);
    expect(completionReserve('chat/completions', {}, 256)).toBe(256);
    for (const bad of [-1, 0, 1.5, '100', 1e12, Number.NaN, null]) expect(completionReserve('chat/completions', { max_tokens: bad }, 256)).toBe(256);
    expect(completionReserve('embeddings', { max_tokens: 10 }, 256)).toBe(0);
  });
});

describe('usage from answers', () => {
  it('reads total_tokens, else prompt + completion, and refuses nonsense', () => {
    expect(usageTokens({ prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 })).toBe(7);
    expect(usageTokens({ prompt_tokens: 3, completion_tokens: 4 })).toBe(7);
    expect(usageTokens({ prompt_tokens: 3 })).toBe(3);
    for (const bad of [undefined, null, 5, 'x', [], {}, { total_tokens: -1 }, { total_tokens: 'x' }, { total_tokens: Infinity }, { total_tokens: 1e15 }]) expect(usageTokens(bad)).toBeUndefined();
  });

  it('keeps the input and output tokens apart when the usage names them', () => {
    expect(readUsage({ prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 })).toEqual({ total: 7, input: 3, output: 4 });
    expect(readUsage({ prompt_tokens: 3, completion_tokens: 4 })).toEqual({ total: 7, input: 3, output: 4 });
    // Embeddings report prompt and total tokens only; a bare total names neither.
    expect(readUsage({ prompt_tokens: 8, total_tokens: 8 })).toEqual({ total: 8, input: 8, output: undefined });
    expect(readUsage({ total_tokens: 9 })).toEqual({ total: 9, input: undefined, output: undefined });
    expect(readUsage({ prompt_tokens: -2, completion_tokens: 'x', total_tokens: 5 })).toEqual({ total: 5, input: undefined, output: undefined });
    expect(readUsage({ prompt_tokens: 1e15, completion_tokens: Number.NaN })).toBeUndefined();
  });

  it('finds the usage object of a JSON answer in key position, not a look-alike inside the text', () => {
    const answer = { id: 'c', choices: [{ message: { content: 'say ,"usage":{"total_tokens":999} and {"usage": {"total_tokens": 5}}' } }], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7, prompt_tokens_details: { cached_tokens: 0 } } };
    expect(findUsageObject(Buffer.from(JSON.stringify(answer)))).toEqual(answer.usage);
    expect(countJsonAnswer(Buffer.from(JSON.stringify(answer)))).toEqual({ usage: 7, inputTokens: 5, outputTokens: 2, generatedChars: 0 });
    // Usage first, then text mentioning usage: the text is not taken for it.
    const first = { usage: { total_tokens: 11 }, choices: [{ message: { content: 'x "usage": {"total_tokens": 1}' } }] };
    expect(countJsonAnswer(Buffer.from(JSON.stringify(first, null, 2))).usage).toBe(11);
  });

  it('counts the generated text of a JSON answer without usage, and copes with bodies that are not JSON', () => {
    const answer = { choices: [{ message: { content: 'abcdefgh', tool_calls: [{ function: { arguments: '{"x":1}' } }] } }, { text: 'xyz' }] };
    expect(countJsonAnswer(Buffer.from(JSON.stringify(answer)))).toEqual({ usage: undefined, inputTokens: undefined, outputTokens: undefined, generatedChars: 8 + 7 + 3 });
    for (const bad of ['', 'not json', '{"usage":', '{"usage": {"total_tokens": 3', '['.repeat(100_000), '{"usage":[1,2]}']) {
      expect(() => countJsonAnswer(Buffer.from(bad))).not.toThrow();
      expect(countJsonAnswer(Buffer.from(bad)).usage).toBeUndefined();
    }
  });

  it('counts a stream however it is split into chunks: the usage chunk wins, else the streamed text', () => {
    const withUsage = sse([chunk('héllo '), chunk('wörld'), { id: 'c', choices: [], usage: { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 } }, '[DONE]']);
    const without = sse([chunk('héllo '), chunk('wörld ✓'), { choices: [{ delta: { reasoning_content: 'hm' } }] }, '[DONE]']);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 50 }), (sizes) => {
        for (const [stream, usage, chars] of [[withUsage, 11, 11], [without, undefined, 15]] as const) {
          const counter = new SseCounter();
          let at = 0;
          let i = 0;
          while (at < stream.length) {
            const size = sizes[i++ % sizes.length]!;
            counter.push(stream.subarray(at, at + size));
            at += size;
          }
          counter.end();
          expect(counter.usage).toBe(usage);
          expect([counter.inputTokens, counter.outputTokens]).toEqual(usage === undefined ? [undefined, undefined] : [9, 2]);
          expect(counter.generatedChars).toBe(chars);
        }
      }),
    );
  });

  it('reads CRLF lines, a last event without a newline, and skips comments, other fields and broken events', () => {
    const counter = new SseCounter();
    counter.push(Buffer.from(`: keep-alive\r\nevent: message\r\ndata: {broken\r\n\r\ndata:${JSON.stringify(chunk('abc'))}\r\n\r\nid: 4\r\ndata: ${JSON.stringify({ usage: { total_tokens: 4 } })}`));
    counter.end();
    expect(counter).toMatchObject({ usage: 4, generatedChars: 3 });
  });

  it('skips a line longer than its bound without holding it, and goes on counting after it', () => {
    const counter = new SseCounter();
    counter.push(Buffer.from(`data: {"choices":[{"delta":{"content":"`));
    for (let i = 0; i < 3; i++) counter.push(Buffer.alloc(maxSseLineChars / 2, 'a'));
    counter.push(Buffer.from(`"}}]}\n\ndata: ${JSON.stringify(chunk('abcd'))}\n\n`));
    counter.end();
    expect(counter.generatedChars).toBe(4);
  });
});

describe('x-ratelimit reset format', () => {
  it('writes milliseconds, seconds with a tenth, and minutes with seconds, as OpenAI does', () => {
    expect(formatReset(0)).toBe('0ms');
    expect(formatReset(850)).toBe('850ms');
    expect(formatReset(12_000)).toBe('12s');
    expect(formatReset(12_340)).toBe('12.4s');
    expect(formatReset(65_000)).toBe('1m5s');
    expect(formatReset(-5)).toBe('0ms');
  });
});
