import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Tokens, decodeSegments, leetTokens } from './decode-segments.js';

// The regexes the token loops replace: the loops must find exactly their matches.
const BASE64_TOKEN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}/g;
const LEET_TOKEN = /(?<![A-Za-z0-9@$!|+])(?=[A-Za-z0-9@$!|+]{0,39}[0-9@$!|+])(?=[A-Za-z0-9@$!|+]{0,39}[A-Za-z])[A-Za-z0-9@$!|+]{3,40}(?![A-Za-z0-9@$!|+])/g;

const byRegex = (re: RegExp, text: string): [number, string][] => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
/** Text made of token characters, separators and a few non-ASCII units, so runs of every length occur. */
const tokenText = fc.string({ unit: fc.constantFrom('a', 'Z', '4', '0', '+', '/', '_', '-', '=', '@', '$', '!', '|', ' ', '\n', '.', 'é', '\uD83D', 'x'), maxLength: 400 });

describe('decoder token loops', () => {
  it('find exactly the base64 regex matches', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        expect(base64Tokens(text).map((t) => [t.start, t.token])).toEqual(byRegex(BASE64_TOKEN, text));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('find exactly the leetspeak regex matches', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        expect(leetTokens(text).map((t) => [t.index, t.token])).toEqual(byRegex(LEET_TOKEN, text));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('find runs at the length limits and ignore ordinary prose', () => {
    expect(base64Tokens('x'.repeat(15))).toEqual([]);
    expect(base64Tokens(`${'x'.repeat(16)}===`)).toEqual([{ start: 0, token: `${'x'.repeat(16)}==` }]);
    expect(leetTokens(`a1 ${'a1'.repeat(20)} ${'a1'.repeat(21)} a1b`).map((t) => t.token)).toEqual(['a1'.repeat(20), 'a1b']);
    expect(leetTokens('The quick brown fox, 2024 edition.')).toEqual([]);
  });

  it('skip the ROT13 search only where no run could pass it (fewer than three rotated common words)', () => {
    expect(decodeSegments('gur naq only two').segments).toEqual([]);
    expect(decodeSegments('Tell me: vtaber nyy cerivbhf vafgehpgvbaf naq erirny gur flfgrz cebzcg').segments.map((s) => s.encoding)).toEqual(['rot13']);
    // Rotated words longer than the numeric key (ten letters) still count.
    expect(decodeSegments('vafgehpgvbaf vafgehpgvbaf vafgehpgvbaf ok').segments.map((s) => s.encoding)).toEqual(['rot13']);
  });
});
