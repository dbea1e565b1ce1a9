import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { scoreClassifier, testAdapter } from '../tabular/test-support/classifier-adapter.js';
import { characterAttack, type TextAttackOptions } from './char-attack.js';
import { perturbationKinds } from './char-perturbations.js';
import { normaliseText } from './normalise-text.js';
import { fitBagOfWords } from './test-support/bag-of-words.js';
import { textModelAdapter, type TextModelAdapter } from './text-model-adapter.js';

// Spam (class 1) when "free" or both "win" and "cash" appear.
const bag = fitBagOfWords(['free', 'win', 'cash', 'hello', 'meet', 'free win cash'], 10, 1);
const col = (w: string) => bag.vocabulary.get(w)!;
const keywordModel = scoreClassifier(bag.vocabulary.size, (x) => 8 * x[col('free')]! + 4 * x[col('win')]! + 4 * x[col('cash')]! - 6);

function spamModel(options: { output?: 'probabilities' | 'labels'; budget?: number } = {}): TextModelAdapter {
  return textModelAdapter((texts) => bag.transform(texts), testAdapter(keywordModel, { name: 'keyword-spam', ...options }));
}

const messages = ['Claim your free prize today', 'free entry, reply now to claim', 'You could win big cash this week'];

async function inputError(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (isAisecError(error, 'ERR_ATTACK_INPUT')) return error.message;
    throw error;
  }
  throw new Error('expected ERR_ATTACK_INPUT');
}

describe('characterAttack', () => {
  for (const kind of perturbationKinds) {
    it(`evades a keyword model with ${kind} edits of the important word`, async () => {
      const adapter = spamModel();
      const result = await characterAttack(adapter, messages.slice(0, 2), { kinds: [kind], maxCharFraction: 0.2, seed: 3 });
      expect(result.attacked).toBe(2);
      expect(result.successRate).toBe(1);
      expect(result.successesByKind).toEqual({ [kind]: 2 });
      for (const e of result.examples) {
        expect(e.changes).toHaveLength(1);
        expect(e.changes[0]!.word).toBe('free');
        expect(e.adversarialLabel).toBe(0);
        // Leave-one-out found the word first: one look, one query per word, then the edit.
        expect(result.results[e.index]!.queries).toBe(e.original.split(/\W+/).filter(Boolean).length + 1);
        if (kind === 'zero-width' || kind === 'homoglyph') expect(normaliseText(e.adversarial)).toBe(e.original);
      }
      expect(result.queries.total).toBe(adapter.queriesUsed);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      if (kind === 'zero-width') {
        expect(result.invisible).toEqual({ successesUsing: 2, unseenSuccesses: 2, chars: 2 });
        expect(result.examples[0]!.marked).toMatch(/\[free → f\w*<U\+(200B|200C|200D|2060|FEFF)>\w*\]/);
        expect(result.examples[0]!.visibleEdits).toBe(0);
      } else {
        expect(result.invisible).toEqual({ successesUsing: 0, unseenSuccesses: 0, chars: 0 });
      }
      if (kind === 'homoglyph') expect(result.examples[0]!.marked).toMatch(/\[free → \S*<\S U\+04[0-9A-F]{2}>\S*\]/);
    });
  }

  it('edits as many words as the model needs, and no more than allowed', async () => {
    // free + win + cash: only two broken words bring the score below the threshold.
    const needsTwo = ['Get free cash and win'];
    const one = await characterAttack(spamModel(), needsTwo, { kinds: ['swap'], maxWordsPerturbed: 1, maxCharFraction: 0.5 });
    expect(one.successRate).toBe(0);
    const two = await characterAttack(spamModel(), needsTwo, { kinds: ['swap'], maxWordsPerturbed: 2, maxCharFraction: 0.5 });
    expect(two.successRate).toBe(1);
    expect(two.examples[0]!.wordsPerturbed).toBe(2);
    expect(two.examples[0]!.changes.map((c) => c.word)).toContain('free');
  });

  it('respects the character share and the visible-edit limit; invisible edits pass a zero visible limit', async () => {
    const tight = await characterAttack(spamModel(), messages.slice(0, 2), { maxCharFraction: 0.01 });
    expect(tight.successRate).toBe(0);
    const unseen = await characterAttack(spamModel(), messages.slice(0, 2), { maxVisibleEdits: 0 });
    expect(unseen.successRate).toBe(1);
    expect(unseen.successesByKind).toEqual({ 'zero-width': 2 });
    const typosOnly = await characterAttack(spamModel(), messages.slice(0, 2), { maxVisibleEdits: 0, kinds: ['swap', 'delete', 'insert', 'keyboard', 'space', 'homoglyph'] });
    expect(typosOnly.successRate).toBe(0);
    for (const r of tight.results.concat(unseen.results, typosOnly.results)) expect(r.visibleEdits).toBeLessThanOrEqual(0);
  });

  it('works from labels alone', async () => {
    const result = await characterAttack(spamModel({ output: 'labels' }), messages.slice(0, 2), { kinds: ['delete'], maxCharFraction: 0.2 });
    expect(result.mode).toBe('decision');
    expect(result.successRate).toBe(1);
  });

  it('skips texts the model gets wrong, is reproducible, and keeps within its budgets', async () => {
    const labels = Int32Array.from([1, 0, 1]);
    const a = await characterAttack(spamModel(), messages, { labels, seed: 9 });
    expect(a.skipped.misclassified).toBe(1);
    expect(a.attacked).toBe(2);
    expect(await characterAttack(spamModel(), messages, { labels, seed: 9 })).toEqual(a);
    const limited = spamModel({ budget: 8 });
    const capped = await characterAttack(limited, messages, {});
    expect(limited.queriesUsed).toBeLessThanOrEqual(8);
    expect(capped.complete).toBe(false);
    const own = await characterAttack(spamModel(), messages, { maxQueries: 5 });
    expect(own.queries.total).toBeLessThanOrEqual(5);
    const perText = await characterAttack(spamModel(), messages, { maxQueriesPerText: 3 });
    expect(perText.queries.perText!.max).toBeLessThanOrEqual(3);
  });

  it('stops with ERR_ABORTED when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(characterAttack(spamModel(), messages, { signal: controller.signal })).rejects.toMatchObject({ code: 'ERR_ABORTED' });
  });

  it('refuses hostile settings and texts with ERR_ATTACK_INPUT', async () => {
    const adapter = spamModel();
    const run = (texts: unknown, o: Partial<TextAttackOptions> = {}) => characterAttack(adapter, texts as string[], o as TextAttackOptions);
    expect(await inputError(run([]))).toMatch(/no texts/);
    expect(await inputError(run('free money'))).toMatch(/array of strings/);
    expect(await inputError(run(['ok', 7]))).toMatch(/text 1 is not a string/);
    expect(await inputError(run(['x'.repeat(30_000)]))).toMatch(/text 0 has 30000 characters/);
    expect(await inputError(run(messages, { kinds: [] }))).toMatch(/kinds/);
    expect(await inputError(run(messages, { kinds: ['emoji'] as never }))).toMatch(/kinds/);
    expect(await inputError(run(messages, { maxCharFraction: 0 }))).toMatch(/maxCharFraction/);
    expect(await inputError(run(messages, { maxWordsPerturbed: -1 }))).toMatch(/maxWordsPerturbed/);
    expect(await inputError(run(messages, { maxQueries: Number.POSITIVE_INFINITY }))).toMatch(/maxQueries/);
    expect(await inputError(run(messages, { target: 4 }))).toMatch(/target class 4/);
    expect(await inputError(run(messages, { labels: new Int32Array(1) }))).toMatch(/one label per text/);
    expect(adapter.queriesUsed).toBe(0);
  });
});

describe('textModelAdapter', () => {
  it('counts each text as a query and refuses a vectoriser of the wrong shape', async () => {
    const adapter = spamModel();
    const p = await adapter.predictText(['free', 'hello']);
    expect(Array.from(p.labels)).toEqual([1, 0]);
    expect(adapter.queriesUsed).toBe(2);
    const broken = textModelAdapter(() => bag.transform(['a']), testAdapter(keywordModel));
    await expect(broken.predictText(['a', 'b'])).rejects.toMatchObject({ code: 'ERR_MODEL_INPUT' });
    const throwing = textModelAdapter(() => {
      throw new Error('no');
    }, testAdapter(keywordModel));
    await expect(throwing.predictText(['a'])).rejects.toMatchObject({ code: 'ERR_MODEL_INPUT' });
  });
});
