import { describe, expect, it } from 'vitest';
import { latinConfusables } from './confusables.js';
import { countInvisible, normaliseText, stripInvisible } from './normalise-text.js';

describe('normaliseText', () => {
  it('folds look-alikes, drops invisible characters and applies NFKC', () => {
    expect(normaliseText('FR\u0415E ca\u200Bsh')).toBe('FREE cash');
    expect(normaliseText('\uFF26\uFF32\uFF25\uFF25 \u2460')).toBe('FREE 1');
    expect(normaliseText('c\u0430ll n\u043Ew\u2060\uFEFF\u00AD\u200D!')).toBe('call now!');
    for (const [latin, fakes] of Object.entries(latinConfusables)) for (const f of fakes) expect(normaliseText(f)).toBe(latin);
  });

  it('leaves plain text alone', () => {
    const text = 'Ok lar... Joking wif u oni... 08452810075 £1.50/wk é';
    expect(normaliseText(text)).toBe(text.normalize('NFKC'));
  });

  it('in mixed-script mode folds only words that also hold Latin letters', () => {
    expect(normaliseText('привет fr\u0435e', { foldConfusables: 'mixed-script' })).toBe('привет free');
    expect(normaliseText('привет', { foldConfusables: 'all' })).not.toBe('привет');
    expect(normaliseText('fr\u0435e\u200B', { foldConfusables: 'none' })).toBe('fr\u0435e');
  });

  it('counts and strips invisible characters, including tag characters', () => {
    const text = 'a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u{E0041}g';
    expect(countInvisible(text)).toBe(6);
    expect(stripInvisible(text)).toBe('abcdefg');
  });
});
