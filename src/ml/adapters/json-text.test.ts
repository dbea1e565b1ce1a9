import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excessiveNestingAt, parseJsonText } from './json-text.js';

describe('parseJsonText', () => {
  it('parses JSON, with or without a byte order mark', () => {
    expect(parseJsonText('{"p": [[0.1, 0.9]]}')).toEqual({ ok: true, value: { p: [[0.1, 0.9]] } });
    expect(parseJsonText('\ufeff[1]')).toEqual({ ok: true, value: [1] });
  });

  it.each([
    ['empty', '  ', 'the body is empty'],
    ['an HTML page', '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>', 'the body is HTML or XML, not JSON (it starts "<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")'],
    ['truncated', '{"probabilities": [[0.1, 0.9], [0.3', 'not valid JSON (it ends early: truncated?)'],
    ['a cut string', '{"probabilities": "abc', 'ends early'],
    ['NaN', '{"p": [[NaN, 1]]}', 'holds NaN or Infinity'],
    ['-Infinity', '{"p": [[-Infinity, 1]]}', 'holds NaN or Infinity'],
    ['garbage', 'hello there', 'the body is not valid JSON: '],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'nests arrays and objects more than 64 levels deep (at character 65)'],
  ])('says what is wrong with %s', (_label, text, expected) => {
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(expected);
  });

  it('counts nesting only outside strings', () => {
    expect(excessiveNestingAt(`{"a": "${'['.repeat(100)}"}`, 4)).toBe(-1);
    expect(excessiveNestingAt('{"a": "\\"[[[[[[", "b": [[[]]]}', 4)).toBe(-1);
    expect(excessiveNestingAt('[[[[]]]]', 3)).toBe(4);
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 6 }).map((j) => j.slice(0, Math.floor(j.length / 2)))), (text) => {
        const parsed = parseJsonText(text);
        if (parsed.ok) expect(parsed.value).toEqual(JSON.parse(text.replace(/^\ufeff/, '')));
      }),
    );
  });
});
