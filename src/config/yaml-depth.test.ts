import fc from 'fast-check';
import { Document, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findExcessiveNesting, maxYamlDepth } from './yaml-depth.js';

/** Actual nesting depth of a parsed value (scalars are depth 0). */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Object.values(value);
  return 1 + (children.length === 0 ? 0 : Math.max(...children.map(depthOf)));
}

const nested: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant('[{"]}\'')),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), tie('node'), { maxKeys: 3 }),
  ),
})).node;

describe('findExcessiveNesting', () => {
  it('accepts an ordinary descriptor', () => {
    expect(findExcessiveNesting('name: x\ndatasets:\n  - name: d\n    schema:\n      columns:\n        - { name: a, values: [1, 2] }\n')).toBeUndefined();
  });

  it.each([
    ['flow sequences', '['.repeat(200) + ']'.repeat(200)],
    ['flow mappings', '{a: '.repeat(200) + '1' + '}'.repeat(200)],
    ['compact block sequences', `${'- '.repeat(200)}x`],
    ['explicit keys', `${'? '.repeat(200)}x`],
  ])('reports %s deeper than the limit', (_name, text) => {
    expect(findExcessiveNesting(text)).toEqual({ line: 1 });
  });

  it('reports the line where the limit is passed', () => {
    expect(findExcessiveNesting(`a: 1\nb: 2\nc: ${'['.repeat(maxYamlDepth + 1)}`)).toEqual({ line: 3 });
  });

  it('does not count brackets inside quoted or block scalars', () => {
    const text = `a: "${'['.repeat(500)}"\nb: '${'{'.repeat(500)}'\nc: |\n  ${'['.repeat(500)}\n`;
    expect(findExcessiveNesting(text)).toBeUndefined();
  });

  it('is not fooled by closing brackets inside quotes', () => {
    const text = `${'['.repeat(100)}"${']'.repeat(100)}", ${'['.repeat(100)}`;
    expect(findExcessiveNesting(text)).toBeDefined();
  });

  it('never underestimates the depth of real YAML', () => {
    fc.assert(
      fc.property(nested, fc.boolean(), fc.integer({ min: 1, max: 12 }), (value, flow, limit) => {
        const doc = new Document(value, { flow });
        const text = doc.toString();
        const depth = depthOf(parseDocument(text).toJS());
        if (depth > limit) expect(findExcessiveNesting(text, limit)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});
