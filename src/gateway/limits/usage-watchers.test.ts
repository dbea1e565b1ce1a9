import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAt } from '../test-support/split-bytes.js';
import { JsonCounting, maxCountedJsonBytes, SseCounting, usageWatcher } from './usage-watchers.js';

const answer = JSON.stringify({
  id: 'c1',
  object: 'chat.completion',
  choices: [{ index: 0, message: { role: 'assistant', content: 'a "usage": {"prompt_tokens": 999} look-alike in the text' } }],
  usage: { prompt_tokens: 31, completion_tokens: 9, total_tokens: 40 },
});

describe('usage watchers', () => {
  it('only watch: every chunk and the end pass unchanged, so a JSON answer is not held for them', () => {
    for (const w of [new JsonCounting(), new SseCounting(), usageWatcher(true), usageWatcher(false)]) {
      expect(w.watchOnly).toBe(true);
      expect(w.chunk(Buffer.from('{"a":'))).toBeUndefined();
      expect(w.end()).toBeUndefined();
    }
    expect(usageWatcher(true)).toBeInstanceOf(SseCounting);
    expect(usageWatcher(false)).toBeInstanceOf(JsonCounting);
  });

  it('count a JSON answer however it is split, once it ends (not before)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        const w = new JsonCounting();
        for (const p of splitAt(Buffer.from(answer), cuts)) w.chunk(p);
        expect(w.usage).toBeUndefined();
        w.end();
        expect([w.usage, w.inputTokens, w.outputTokens]).toEqual([40, 31, 9]);
        expect(w.count).toBe(w);
      }),
    );
  });

  it('settle counts what came so far, once: an answer cut short has no usage, later chunks change nothing', () => {
    const cut = new JsonCounting();
    cut.chunk(Buffer.from(answer.slice(0, answer.indexOf('"usage"'))));
    cut.settle();
    expect(cut.usage).toBeUndefined();
    expect(cut.generatedChars).toBe(0);

    const whole = new JsonCounting();
    whole.chunk(Buffer.from(answer));
    whole.settle();
    whole.chunk(Buffer.from('{"usage":{"prompt_tokens":1,"completion_tokens":1}}'));
    whole.end();
    whole.settle();
    expect(whole.usage).toBe(40);
  });

  it('counts the generated text of a JSON answer without usage', () => {
    const w = new JsonCounting();
    w.chunk(Buffer.from('{"choices":[{"message":{"content":"'));
    w.chunk(Buffer.from('twelve chars"}}]}'));
    w.end();
    expect(w.usage).toBeUndefined();
    expect(w.generatedChars).toBe(12);
  });

  it('stops keeping a JSON answer larger than its bound and leaves it uncounted, holding nothing more', () => {
    const w = new JsonCounting();
    const big = Buffer.alloc(1024 * 1024, 0x20);
    w.chunk(Buffer.from(answer));
    for (let sent = 0; sent <= maxCountedJsonBytes; sent += big.length) w.chunk(big);
    w.chunk(Buffer.from(answer));
    w.end();
    expect(w.usage).toBeUndefined();
    expect(w.generatedChars).toBe(0);
  });

  it('count a stream as it passes; its end (or settle) counts a last event without a newline', () => {
    const w = new SseCounting();
    w.chunk(Buffer.from('data: {"choices":[{"delta":{"content":"hi"}}]}\n\nda'));
    w.chunk(Buffer.from('ta: {"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}'));
    expect(w.count.usage).toBeUndefined();
    w.count.settle();
    expect([w.count.usage, w.count.inputTokens, w.count.outputTokens]).toEqual([7, 5, 2]);
    w.end();
    expect(w.count.usage).toBe(7);
  });
});
