import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPointer, lookup, parsePointer, pointerProblem, withValueAt } from './json-pointer.js';

describe('parsePointer', () => {
  it('splits and unescapes RFC 6901 pointers, with one "*" for each row', () => {
    expect(parsePointer('')).toEqual({ text: '', head: [], each: false, tail: [] });
    expect(parsePointer('/a~1b/m~0n/0')).toMatchObject({ head: ['a/b', 'm~n', '0'], each: false });
    expect(parsePointer('/predictions/*/scores')).toMatchObject({ head: ['predictions'], each: true, tail: ['scores'] });
    expect(parsePointer('/*')).toMatchObject({ head: [], each: true, tail: [] });
  });

  it('refuses what is not a pointer, and says how to write one', () => {
    expect(pointerProblem('predictions', true)).toMatch(/starts with "\/"/);
    expect(pointerProblem('/a/*/b/*', true)).toMatch(/at most one "\*"/);
    expect(pointerProblem('/a/*', false)).toMatch(/only allowed in response paths/);
    expect(pointerProblem('/a~2', true)).toMatch(/~0/);
    expect(pointerProblem('/a'.repeat(33), true)).toMatch(/at most 32 segments/);
    expect(() => parsePointer('x')).toThrow(TypeError);
  });

  it('round-trips any list of segments through formatPointer (property)', () => {
    const segment = fc.string({ maxLength: 6 }).filter((s) => s !== '*');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        expect(parsePointer(formatPointer(segments)).head).toEqual(segments);
      }),
    );
  });

  it('either parses or reports a problem for any text, never anything else (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const problem = pointerProblem(text, true);
        if (problem === undefined) expect(parsePointer(text).text).toBe(text);
        else expect(() => parsePointer(text)).toThrow(TypeError);
      }),
    );
  });
});

describe('lookup', () => {
  const body = { predictions: [{ scores: [0.2, 0.8] }, { scores: [0.6, 0.4] }], 'a/b': 1 };

  it('follows keys and array indices', () => {
    expect(lookup(body, ['predictions', '1', 'scores'])).toEqual({ found: true, value: [0.6, 0.4] });
    expect(lookup(body, ['a/b'])).toEqual({ found: true, value: 1 });
    expect(lookup(body, [])).toEqual({ found: true, value: body });
  });

  it('says where it stops and why', () => {
    expect(lookup(body, ['predictions', '2'])).toEqual({ found: false, at: '/predictions', problem: 'is an array of 2, with no index 2' });
    expect(lookup(body, ['predictions', '01'])).toMatchObject({ found: false, problem: expect.stringMatching(/not an index/) });
    expect(lookup(body, ['predictions', '0', 'probs'])).toEqual({ found: false, at: '/predictions/0', problem: 'has no key "probs" (keys: "scores")' });
    expect(lookup(body, ['a/b', 'x'])).toEqual({ found: false, at: '/a~1b', problem: 'is the number 1, not an object or array' });
  });

  it('never reaches inherited properties', () => {
    expect(lookup({}, ['__proto__']).found).toBe(false);
    expect(lookup({}, ['constructor']).found).toBe(false);
    expect(lookup([], ['length']).found).toBe(false);
  });
});

describe('withValueAt', () => {
  it('places the value into a copy of the template, creating objects on the way', () => {
    const template = { model: 'v2', options: { explain: false } };
    expect(withValueAt(template, ['data', 'inputs'], [[1, 2]])).toEqual({ model: 'v2', options: { explain: false }, data: { inputs: [[1, 2]] } });
    expect(withValueAt(template, ['options', 'rows'], 1)).toEqual({ model: 'v2', options: { explain: false, rows: 1 } });
    expect(template).toEqual({ model: 'v2', options: { explain: false } });
    expect(withValueAt(undefined, ['inputs'], [])).toEqual({ inputs: [] });
    expect(withValueAt({ a: 1 }, [], [1, 2])).toEqual([1, 2]);
  });

  it('keeps a "__proto__" field as data', () => {
    const body = withValueAt({}, ['__proto__'], [1]);
    expect(JSON.stringify(body)).toBe('{"__proto__":[1]}');
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
  });

  it('refuses a path through a value that is not an object', () => {
    expect(() => withValueAt({ model: 'v2' }, ['model', 'inputs'], [])).toThrow('/model in the request template is the string "v2", not an object');
  });
});
