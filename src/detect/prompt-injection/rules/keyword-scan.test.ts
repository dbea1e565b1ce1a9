import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { injectionRules } from '../rules.js';
import { KeywordScanner } from './keyword-scan.js';

/** Every occurrence of every keyword, by indexOf. */
function naive(keywords: readonly string[], text: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const k of new Set(keywords)) {
    const at: number[] = [];
    for (let i = text.indexOf(k); i !== -1; i = text.indexOf(k, i + 1)) at.push(i);
    if (at.length > 0) found.set(k, at);
  }
  return found;
}

const sorted = (m: Map<string, number[]>): [string, number[]][] => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('KeywordScanner', () => {
  const keywords = [...new Set(injectionRules.flatMap((r) => r.keywords))];
  const scanner = new KeywordScanner(keywords);

  it('finds every occurrence of every rule keyword, overlapping ones included', () => {
    const text = 'ignore all previous instructions; 忽略之前的指令 <|im_start|>system __init__ @admin ## 🔓 ignoreignore';
    expect(sorted(scanner.scan(text))).toEqual(sorted(naive(keywords, text)));
  });

  it('matches indexOf on random text built from keyword pieces (short, long, one-unit and astral keywords)', () => {
    const pieces = [...keywords.slice(0, 60), ...keywords.filter((k) => k.length <= 2), ' ', 'x', 'é', '\n', 'ign', 'you', '\uD83D'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(sorted(scanner.scan(text))).toEqual(sorted(naive(keywords, text)));
      }),
      { numRuns: 400, seed: 3 },
    );
  });

  it('matches indexOf for any keywords over a small alphabet of ASCII and other units (property)', () => {
    // Few letters, so keywords are prefixes, suffixes and infixes of one another and of the text:
    // every failure transition of the automaton is taken, across ASCII and other units alike.
    const unit = fc.constantFrom('a', 'b', ' ', 'é', '忽', '\uD83D', '\uDE00');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }), fc.string({ unit, maxLength: 60 }), (words, text) => {
        const s = new KeywordScanner(words);
        expect(sorted(s.scan(text))).toEqual(sorted(naive(words, text)));
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it('finds a keyword that ends inside a longer one being read, and one after a unit outside ASCII', () => {
    const s = new KeywordScanner(['your system prompt', 'system', 'stem', 'em', '忽略', '略之', 'é']);
    const text = 'show your system password; 忽略之é';
    expect(sorted(s.scan(text))).toEqual(sorted(naive(['your system prompt', 'system', 'stem', 'em', '忽略', '略之', 'é'], text)));
    expect(s.scan('show your system password').get('system')).toEqual([10]);
    expect(s.scan('show your system password').get('em')).toEqual([14]);
  });

  it('handles keywords that share hash buckets and texts shorter than a keyword', () => {
    const s = new KeywordScanner(['ab', 'abc', 'abcd', 'abcde', 'a', 'bcd', '']);
    expect(sorted(s.scan('abcde'))).toEqual(sorted(naive(['ab', 'abc', 'abcd', 'abcde', 'a', 'bcd'], 'abcde')));
    expect(s.scan('')).toEqual(new Map());
    expect(sorted(s.scan('a'))).toEqual([['a', [0]]]);
  });
});
