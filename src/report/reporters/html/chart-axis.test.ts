import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearAxis, logAxis, tickLabel } from './chart-axis.js';

describe('linearAxis', () => {
  it('ticks at 1-2-5 steps and rounds the range out to whole steps', () => {
    const axis = linearAxis(0.02, 0.13);
    expect(axis.ticks).toEqual([0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14]);
    expect([axis.min, axis.max]).toEqual([0.02, 0.14]);
    expect(linearAxis(3, 97).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(linearAxis(-7, 12).ticks).toEqual([-10, -5, 0, 5, 10, 15]);
  });

  it('keeps requested bounds exactly and widens them only for data outside', () => {
    const share = linearAxis(0, 0.13, { min: 0, max: 1 });
    expect([share.min, share.max]).toEqual([0, 1]);
    expect(share.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    const beyond = linearAxis(-0.5, 1.3, { min: 0, max: 1 });
    expect(beyond.min).toBeLessThanOrEqual(-0.5);
    expect(beyond.max).toBeGreaterThanOrEqual(1.3);
  });

  it('ignores bounds that contradict each other', () => {
    expect([linearAxis(2, 3, { min: 5, max: 1 }).min, linearAxis(2, 3, { min: 5, max: 1 }).max]).toEqual([2, 3]);
  });

  it('spreads a single value so it sits inside the axis', () => {
    const axis = linearAxis(0.5, 0.5);
    expect(axis.min).toBeLessThan(0.5);
    expect(axis.max).toBeGreaterThan(0.5);
    expect(axis.position(0.5)).toBeGreaterThan(0);
    expect(axis.position(0.5)).toBeLessThan(1);
    expect(linearAxis(0, 0, { min: 0 }).min).toBe(0);
  });

  it('maps the ends to 0 and 1', () => {
    const axis = linearAxis(10, 20);
    expect(axis.position(axis.min)).toBe(0);
    expect(axis.position(axis.max)).toBe(1);
  });

  it('stays finite and terminates for any finite range', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => {
        const axis = linearAxis(Math.min(a, b), Math.max(a, b));
        expect(Number.isFinite(axis.min) && Number.isFinite(axis.max)).toBe(true);
        expect(axis.ticks.length).toBeGreaterThan(0);
        expect(axis.ticks.length).toBeLessThanOrEqual(51);
        for (const t of axis.ticks) expect(Number.isFinite(axis.position(t))).toBe(true);
        for (const v of [a, b]) {
          expect(axis.position(v)).toBeGreaterThanOrEqual(-1e-9);
          expect(axis.position(v)).toBeLessThanOrEqual(1 + 1e-9);
        }
      }),
    );
  });
});

describe('logAxis', () => {
  it('ticks at powers of ten and rounds out to whole decades', () => {
    const axis = logAxis(10, 1000);
    expect(axis.ticks).toEqual([10, 100, 1000]);
    expect(logAxis(3, 4500).ticks).toEqual([1, 10, 100, 1000, 10000]);
    expect(logAxis(0.001, 0.1).ticks).toEqual([0.001, 0.01, 0.1]);
  });

  it('adds 2 and 5 when the range is a decade or less', () => {
    expect(logAxis(20, 80, { min: 20, max: 80 }).ticks).toEqual([20, 50]);
    expect(logAxis(10, 100).ticks).toEqual([10, 20, 50, 100]);
  });

  it('thins out decades over a wide range', () => {
    const axis = logAxis(1e-10, 1e10);
    expect(axis.ticks.length).toBeLessThanOrEqual(11);
    expect(axis.ticks).toContain(1e-10);
  });

  it('ignores bounds that are not positive', () => {
    const axis = logAxis(5, 50, { min: 0 });
    expect(axis.min).toBe(1);
  });

  it('stays finite for any positive range', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (a, b) => {
        const axis = logAxis(Math.min(a, b), Math.max(a, b));
        expect(axis.min).toBeGreaterThan(0);
        expect(Number.isFinite(axis.max)).toBe(true);
        expect(axis.ticks.length).toBeGreaterThan(0);
        for (const v of [a, b, ...axis.ticks]) expect(Number.isFinite(axis.position(v))).toBe(true);
      }),
    );
  });
});

describe('tickLabel', () => {
  it('writes linear ticks with the digits their step needs', () => {
    const axis = linearAxis(1, 1.01);
    expect(new Set(axis.ticks.map((t) => tickLabel(t, axis))).size).toBe(axis.ticks.length);
    expect(tickLabel(0.2, linearAxis(0, 1, { min: 0, max: 1 }))).toBe('0.2');
    expect(tickLabel(20000, linearAxis(0, 100000))).toBe('20,000');
  });

  it('writes shares as percentages', () => {
    const axis = linearAxis(0, 1, { min: 0, max: 1 });
    expect(axis.ticks.map((t) => tickLabel(t, axis, true))).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
  });

  it('writes log ticks as plain numbers and extremes in exponent form', () => {
    const axis = logAxis(0.001, 100000);
    expect(tickLabel(1000, axis)).toBe('1,000');
    expect(tickLabel(0.001, axis)).toBe('0.001');
    expect(tickLabel(1e-7, axis)).toBe('1e-7');
    expect(tickLabel(1e20, axis)).toBe('1e+20');
  });
});
