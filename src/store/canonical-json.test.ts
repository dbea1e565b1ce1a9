import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, maxJsonDepth } from './canonical-json.js';

/** The same object with its keys inserted in reverse order, all the way down. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys by code unit and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], A: { d: 1.5, c: -2 } })).toBe('{"A":{"c":-2,"d":1.5},"a":[true,null,"x"],"b":1}');
    expect(canonicalJson({ é: 1, z: 2, '😀': 3, '\uFFFF': 4 })).toBe('{"z":2,"é":1,"😀":3,"\uFFFF":4}');
  });

  it('refuses what JSON cannot hold', () => {
    for (const bad of [undefined, () => 1, 1n, Number.NaN, Number.POSITIVE_INFINITY, new Date(0), new Map()]) {
      expect(() => canonicalJson({ bad }), String(bad)).toThrow(TypeError);
    }
  });

  it('refuses nesting deeper than the limit without exhausting the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i <= maxJsonDepth; i++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(RangeError);
  });

  it('does not depend on key order and round-trips through JSON.parse (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const data = JSON.parse(JSON.stringify(value)) as unknown;
        const text = canonicalJson(data);
        expect(canonicalJson(reversed(data))).toBe(text);
        expect(JSON.parse(text)).toEqual(data);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});
