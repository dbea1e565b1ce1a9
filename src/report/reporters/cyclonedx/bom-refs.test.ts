import { describe, expect, it } from 'vitest';
import { BomRefs, propertiesOf } from './bom-refs.js';

describe('BomRefs', () => {
  it('hands out kind:name, numbering repeats so every ref is unique', () => {
    const refs = new BomRefs();
    expect([refs.make('model', 'a'), refs.make('model', 'a'), refs.make('model', 'a#2'), refs.make('dataset', 'a'), refs.make('model', 'a')]).toEqual([
      'model:a',
      'model:a#2',
      'model:a#2#2',
      'dataset:a',
      'model:a#3',
    ]);
  });
});

describe('propertiesOf', () => {
  it('keeps set values as aisec:* string properties, in order', () => {
    expect(propertiesOf({ b: 'x', a: 0, c: undefined, d: null, e: false })).toEqual([
      { name: 'aisec:b', value: 'x' },
      { name: 'aisec:a', value: '0' },
      { name: 'aisec:e', value: 'false' },
    ]);
  });

  it('returns undefined when nothing is set, so no empty array reaches the BOM', () => {
    expect(propertiesOf({ a: undefined })).toBeUndefined();
  });
});
