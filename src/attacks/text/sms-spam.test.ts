import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng, shuffle } from '../../stats/index.js';
import { characterAttack } from './char-attack.js';
import { normaliseText } from './normalise-text.js';
import { readSmsSpam, SMS_SPAM_FILE, trainSpamModel } from './test-support/bag-of-words.js';
import type { TextModelAdapter } from './text-model-adapter.js';

// A bag-of-words logistic regression on the SMS Spam Collection (4,000 messages to train, the
// rest to test), attacked on the spam it catches.
describe.skipIf(!existsSync(SMS_SPAM_FILE))('character-level attacks on an SMS spam classifier', () => {
  let adapter: TextModelAdapter;
  let testTexts: string[];
  let testLabels: Int32Array;
  let spam: string[];

  beforeAll(() => {
    const { texts, labels } = readSmsSpam();
    const order = shuffle(
      Array.from({ length: texts.length }, (_, i) => i),
      createRng(1),
    );
    const train = order.slice(0, 4000);
    const test = order.slice(4000);
    ({ adapter } = trainSpamModel(
      train.map((i) => texts[i]!),
      Int32Array.from(train.map((i) => labels[i]!)),
    ));
    testTexts = test.map((i) => texts[i]!);
    testLabels = Int32Array.from(test.map((i) => labels[i]!));
    spam = test.filter((i) => labels[i] === 1).map((i) => texts[i]!);
  });

  const accuracy = async (texts: string[]) => {
    const p = await adapter.predictText(texts);
    return p.labels.filter((l, i) => l === testLabels[i]).length / texts.length;
  };

  it('the model is a fair spam filter, and normalisation does not hurt it on clean text', async () => {
    const clean = await accuracy(testTexts);
    expect(clean).toBeGreaterThan(0.97);
    expect(await accuracy(testTexts.map((t) => normaliseText(t)))).toBeGreaterThanOrEqual(clean - 0.005);
  });

  it('typos evade it within the constraints', async () => {
    const result = await characterAttack(adapter, spam, { kinds: ['swap', 'delete', 'insert', 'keyboard', 'space'], labels: new Int32Array(spam.length).fill(1), maxVisibleEdits: 4, seed: 1 });
    expect(result.attacked).toBeGreaterThan(150);
    expect(result.successRate).toBeGreaterThan(0.5);
    expect(result.invisible.chars).toBe(0);
    for (const r of result.results) {
      expect(r.wordsPerturbed).toBeLessThanOrEqual(5);
      expect(r.visibleEdits).toBeLessThanOrEqual(4);
      expect(r.charsChanged).toBeLessThanOrEqual(Math.floor(0.1 * Array.from(spam[r.index]!).length));
      expect(r.queries).toBeLessThanOrEqual(500);
    }
    for (const e of result.examples) expect(e.marked).toMatch(/\[\S+ → .+\]/);
  });

  for (const kind of ['homoglyph', 'zero-width'] as const) {
    it(`${kind} attacks evade it, and normalisation undoes every one of them`, async () => {
      const result = await characterAttack(adapter, spam, { kinds: [kind], labels: new Int32Array(spam.length).fill(1), maxExamples: 1000, seed: 2 });
      expect(result.successRate).toBeGreaterThan(0.4);
      expect(result.examples).toHaveLength(result.successes);
      if (kind === 'zero-width') {
        expect(result.invisible.unseenSuccesses).toBe(result.successes);
        expect(result.invisible.chars).toBeGreaterThanOrEqual(result.successes);
      } else {
        expect(result.examples.every((e) => e.homoglyphs === e.charsChanged && e.invisibleChars === 0)).toBe(true);
      }
      for (const e of result.examples) expect(normaliseText(e.adversarial)).toBe(normaliseText(e.original));
      const defended = await adapter.predictText(result.examples.map((e) => normaliseText(e.adversarial)));
      expect(Array.from(defended.labels).every((l) => l === 1)).toBe(true);
    });
  }
});
