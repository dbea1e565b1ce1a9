import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseStrictJson } from './strict-json.js';

describe('parseStrictJson', () => {
  it('parses objects as Maps, integers as bigints and keeps __proto__ as a plain key', () => {
    const r = parseStrictJson('{"a":[1,2.5,-3e2],"__proto__":{"x":null},"s":"\\u0041\\n","b":true}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as Map<string, unknown>;
    expect(v.get('a')).toEqual([1n, 2.5, -300]);
    expect((v.get('__proto__') as Map<string, unknown>).get('x')).toBeNull();
    expect(v.get('s')).toBe('A\n');
    expect(r.duplicates).toEqual([]);
  });

  it('keeps integers beyond 2^53 exact', () => {
    const r = parseStrictJson('[18446744073709551615]');
    expect(r.ok && r.value).toEqual([18446744073709551615n]);
  });

  it('reports duplicate keys with the path of their object', () => {
    const r = parseStrictJson('{"w":{"dtype":"F32","dtype":"F16"},"w":{}}');
    expect(r.ok && r.duplicates).toEqual([{ path: '/w', key: 'dtype' }, { path: '/', key: 'w' }]);
  });

  it.each([
    ['trailing comma', '{"a":1,}'],
    ['single quotes', "{'a':1}"],
    ['NaN', '{"a":NaN}'],
    ['leading zero', '[01]'],
    ['bad escape', '"\\x41"'],
    ['raw control character', '"a\u0001"'],
    ['data after the value', '{} {}'],
    ['unterminated', '{"a":"b'],
  ])('rejects %s', (_name, text) => {
    expect(parseStrictJson(text).ok).toBe(false);
  });

  it('refuses nesting deeper than the cap without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r = parseStrictJson(deep);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/nesting/);
  });

  it('agrees with JSON.parse on valid JSON and never throws (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const r = parseStrictJson(text);
        expect(r.ok).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseStrictJson(text)));
  });
});
