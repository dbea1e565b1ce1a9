import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../ml/index.js';
import { anyNumber, numbersNamedIn, plainDecimal, surePass, surelyPasses, within, type PassCondition } from './pass-condition.js';

const test = (conditions: PassCondition[]) => (cell: Cell) => surelyPasses(surePass(conditions), cell);

const integerText = /^[+-]?\d+$/;
const numberText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const decimalish = fc.array(fc.constantFrom(...'0123456789+-.eE x'.split('')), { maxLength: 12 }).map((a) => a.join(''));

describe('plainDecimal', () => {
  it('reads exactly the texts the type checks call numbers, with their value', () => {
    fc.assert(
      fc.property(fc.oneof(decimalish, fc.string()), (text) => {
        expect(Object.is(plainDecimal(text, false), numberText.test(text) ? Number(text) : Number.NaN)).toBe(true);
        expect(Object.is(plainDecimal(text, true), integerText.test(text) ? Number(text) : Number.NaN)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['5.00E+05', 500000],
    ['-.5', -0.5],
    ['7.', 7],
    ['+12', 12],
  ])('reads %s', (text, value) => expect(plainDecimal(text, false)).toBe(value));

  it.each(['', '.', '-', '1e', '1e+', '0x10', ' 1', '1 ', 'Infinity', '1_000', '١'])('refuses %j', (text) => expect(plainDecimal(text, false)).toBeNaN());
});

describe('surePass', () => {
  it('lets through numbers and decimal texts meeting every condition, and nothing else', () => {
    const age = test([anyNumber, { ...anyNumber, integer: true }, within(18, 100)]);
    expect([30, '30', '+30', 18, 100].map(age)).toEqual([true, true, true, true, true]);
    expect([17, 101, 30.5, '30.0', '3e1', 'x', null, true, Number.NaN].map(age)).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it('intersects closed sets and keeps texts out when a check compares the text itself', () => {
    const label = test([{ ...anyNumber, values: new Set([0, 1, 2]) }, { ...anyNumber, values: numbersNamedIn(new Set(['1', '2', '01', 'x'])), text: false }]);
    expect(([1, 2, 0, '1'] as Cell[]).map(label)).toEqual([true, true, false, false]);
  });

  it('lets nothing through without conditions, or with conditions no value meets', () => {
    expect(test([])(1)).toBe(false);
    expect(test([within(5, 1)])(3)).toBe(false);
    expect(test([{ ...anyNumber, values: new Set([1]) }, { ...anyNumber, values: new Set([2]) }])(1)).toBe(false);
  });

  it('lets through no text for a number type when the value is not finite', () => {
    const finite = test([within(-Number.MAX_VALUE, Number.MAX_VALUE)]);
    expect([1e308, '1e308', '1e999', Infinity].map(finite)).toEqual([true, true, false, false]);
  });
});

describe('numbersNamedIn', () => {
  it('keeps the texts a number prints as', () => {
    expect([...numbersNamedIn(new Set(['1', '01', '1.0', '-0', '0', '', ' 2', '1e21', '1e+21']))]).toEqual([1, 0, 1e21]);
  });
});
