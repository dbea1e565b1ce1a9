import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { createRng } from '../../stats/index.js';
import { forEachInWindow, geometryOf, pSchedule, randomWindow, squareBump, windowSide } from './square-windows.js';

describe('Square Attack geometry', () => {
  it('halves p on the paper’s schedule, rescaled to the budget', () => {
    const at = (i: number) => pSchedule(0.8, i, 1000);
    expect([0, 1, 2, 5, 6, 20, 21, 50, 51, 100, 101, 200, 400, 600, 800, 999].map(at)).toEqual([
      0.8, 0.8, 0.4, 0.4, 0.2, 0.2, 0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.8 / 64, 0.8 / 128, 0.8 / 256, 0.8 / 512,
    ]);
    expect(pSchedule(0.05, 11, 10_000)).toBe(0.025);
  });

  it('sizes windows as the reference code does: √(p·h·w) for images, p·d for lines, at most one short of the side', () => {
    expect(windowSide({ h: 8, w: 8, c: 1 }, 0.8)).toBe(7);
    expect(windowSide({ h: 8, w: 8, c: 1 }, 0.1)).toBe(3);
    expect(windowSide({ h: 8, w: 8, c: 1 }, 0.001)).toBe(1);
    expect(windowSide({ h: 28, w: 28, c: 1 }, 1)).toBe(27);
    expect(windowSide({ h: 1, w: 64, c: 1 }, 0.1)).toBe(6);
    expect(windowSide({ h: 1, w: 1, c: 1 }, 0.8)).toBe(1);
    expect(windowSide({ h: 8, w: 8, c: 1 }, 0.001, 3)).toBe(3);
  });

  it('keeps every window inside the input and visits each of its features once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 3 }), fc.double({ min: 0.001, max: 1, noNaN: true }), fc.integer(), (h, w, c, p, seed) => {
        const g = { h, w, c };
        const win = randomWindow(g, windowSide(g, p), createRng(seed));
        expect(win.top).toBeGreaterThanOrEqual(0);
        expect(win.left).toBeGreaterThanOrEqual(0);
        expect(win.top + win.rows).toBeLessThanOrEqual(h);
        expect(win.left + win.cols).toBeLessThanOrEqual(w);
        const seen = new Set<number>();
        for (let ch = 0; ch < c; ch++) forEachInWindow(g, win, ch, (f) => seen.add(f));
        expect(seen.size).toBe(win.rows * win.cols * c);
        for (const f of seen) expect(f).toBeLessThan(h * w * c);
      }),
    );
  });

  it('makes bumps of unit length with halves of opposite sign', () => {
    for (const [rows, cols] of [[5, 5], [7, 7], [1, 6], [1, 3], [4, 1], [1, 1]] as const) {
      const bump = squareBump(rows, cols, createRng(rows * 10 + cols));
      expect(bump.length).toBe(rows * cols);
      expect(Math.hypot(...bump)).toBeCloseTo(1, 12);
      if (rows * cols > 1) {
        expect(bump.some((v) => v > 0)).toBe(true);
        expect(bump.some((v) => v < 0)).toBe(true);
      }
    }
  });

  it('takes a declared [h, w, c] shape only when it holds every feature', () => {
    expect(geometryOf(64, undefined, 'x')).toEqual({ h: 1, w: 64, c: 1 });
    expect(geometryOf(64, [8, 8, 1], 'x')).toEqual({ h: 8, w: 8, c: 1 });
    for (const shape of [[8, 8, 2], [8, 8], [0, 8, 8], [8.5, 8, 1]]) {
      let error: unknown;
      try {
        geometryOf(64, shape, 'x');
      } catch (e) {
        error = e;
      }
      expect(isAisecError(error, 'ERR_ATTACK_INPUT')).toBe(true);
    }
  });
});
