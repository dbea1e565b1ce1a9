import { describe, expect, it } from 'vitest';
import { metricNumber, percent, perHundred } from './plain-numbers.js';

describe('plain numbers', () => {
  it('says a share as "N of every 100" without claiming all or none when it is not', () => {
    expect(perHundred(0)).toBe('none');
    expect(perHundred(0.004)).toBe('fewer than 1 in 100');
    expect(perHundred(0.03)).toBe('3 of every 100');
    expect(perHundred(0.996)).toBe('more than 99 of every 100');
    expect(perHundred(1)).toBe('all');
  });

  it('writes percentages and metric keys', () => {
    expect(percent(0.05)).toBe('5%');
    expect(percent(0.025)).toBe('2.5%');
    expect(metricNumber(0.1)).toBe('0.1');
    expect(metricNumber(0.1 + 0.2)).toBe('0.3');
  });
});
