import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { classMapping } from './class-mapping.js';
import { canonicalLabel, cellNumber } from './labelled-rows.js';

describe('classMapping', () => {
  it('follows the declared classes, written as numbers or text', () => {
    const m = classMapping(['1', '0'], [1, '0'], 2, 'm', 'input.classes');
    expect(m).toMatchObject({ classes: ['1', '0'], source: 'declared' });
    expect(m.indexOf.get('0')).toBe(1);
  });

  it('takes labels that are class indices as they are, even when a class is absent from the data', () => {
    const m = classMapping(['2', '0'], undefined, 3, 'm', 'eval.csv');
    expect(m).toMatchObject({ classes: ['0', '1', '2'], source: 'indices' });
    expect(m.indexOf.get('2')).toBe(2);
  });

  it('sorts other labels, numbers numerically', () => {
    expect(classMapping(['10', '9'], undefined, 2, 'm', 'x').classes).toEqual(['9', '10']);
    expect(classMapping(['yes', 'no'], undefined, 2, 'm', 'x').classes).toEqual(['no', 'yes']);
  });

  it('refuses more labels than the model has classes, and declared classes of the wrong count', () => {
    expect(() => classMapping(['a', 'b', 'c'], undefined, 2, 'model.onnx', 'eval.csv')).toThrow(/eval\.csv has 3 distinct labels \(a, b, c\), but model\.onnx answers 2 classes/);
    const error = (() => {
      try {
        classMapping(['0'], [0, 1, 2], 2, 'model.onnx', 'input.classes (aisec.yaml:9:7)');
      } catch (e) {
        return e as AisecError;
      }
    })();
    expect(error).toMatchObject({ code: 'ERR_MODEL_INPUT', message: expect.stringContaining('input.classes (aisec.yaml:9:7) lists 3 classes, but model.onnx answers 2') });
  });
});

describe('canonicalLabel and cellNumber', () => {
  it('writes the same label the same way', () => {
    expect(['1', '1.0', ' 1e0 ', 1].map(canonicalLabel)).toEqual(['1', '1', '1', '1']);
    expect([null, '', '  ', Number.NaN].map(canonicalLabel)).toEqual([undefined, undefined, undefined, undefined]);
    expect(canonicalLabel(' yes ')).toBe('yes');
  });

  it('reads numbers, and NaN for what is not a finite number', () => {
    expect([' 2.5', 3, true, '', 'NaN', 'Infinity', 'abc', null].map(cellNumber)).toEqual([2.5, 3, 1, NaN, NaN, NaN, NaN, NaN]);
  });
});
