/**
 * Square Attack, L2 (Andriushchenko et al. 2020, Algorithm 3 and the reference code): start
 * from a grid of pseudo-Gaussian bumps of random sign scaled to ε, then repeatedly move the mass
 * of a second random window into a first one, redrawn as a bump of random sign per channel, and
 * keep the change when the margin loss drops. Every candidate has L2 size ε before clipping to
 * the box.
 */
import { clipToBox } from './box.js';
import { startSearch, tryCandidate, type SquareContext, type SquareTask } from './square-context.js';
import { forEachInWindow, pSchedule, randomWindow, squareBump, windowSide, type Geometry, type Window } from './square-windows.js';

/** Attack one example; the outcome goes into `task.record`. */
export async function squareL2(ctx: SquareContext, task: SquareTask): Promise<void> {
  const { geometry: g, box } = ctx;
  const { x0, epsilon, rng, oracle } = task;
  const d = x0.length;
  const delta = initialBumps(g, rng);
  const best = scaled(x0, delta, epsilon, box);
  const search = await startSearch(ctx, task, best, 'l2');
  if (!search) return;

  for (let iteration = 0; oracle.left > 0; iteration++) {
    for (let f = 0; f < d; f++) delta[f] = best[f]! - x0[f]!;
    const side = oddSide(g, windowSide(g, pSchedule(ctx.pInit, iteration, ctx.iterations), 3));
    const first = randomWindow(g, side, rng);
    const second = randomWindow(g, side, rng);
    const imageNorm = l2(delta);
    const bump = squareBump(first.rows, first.cols, rng);
    const updates: Float64Array[] = [];
    for (let ch = 0; ch < g.c; ch++) {
      let windowNorm = 0;
      forEachInWindow(g, first, ch, (f) => (windowNorm += delta[f]! * delta[f]!));
      windowNorm = Math.sqrt(windowNorm);
      const unionNorm = Math.sqrt(unionSquares(g, first, second, ch, delta));
      const sign = rng() < 0.5 ? -1 : 1;
      const update = new Float64Array(bump.length);
      forEachInWindow(g, first, ch, (f, k) => (update[k] = bump[k]! * sign + delta[f]! / (1e-10 + windowNorm)));
      const length = l2(update);
      const target = Math.sqrt(Math.max(epsilon * epsilon - imageNorm * imageNorm, 0) / g.c + unionNorm * unionNorm);
      if (length > 0) for (let k = 0; k < update.length; k++) update[k] = (update[k]! / length) * target;
      updates.push(update);
    }
    for (let ch = 0; ch < g.c; ch++) forEachInWindow(g, second, ch, (f) => (delta[f] = 0));
    for (let ch = 0; ch < g.c; ch++) forEachInWindow(g, first, ch, (f, k) => (delta[f] = updates[ch]![k]!));
    const candidate = scaled(x0, delta, epsilon, box);
    if (await tryCandidate(ctx, task, search, candidate)) return;
  }
}

/** The reference code's start: tiles of side ⌊side/5⌋, each a bump with a random sign per channel. */
function initialBumps(g: Geometry, rng: () => number): Float64Array {
  const delta = new Float64Array(g.h * g.w * g.c);
  const image = g.h > 1 && g.w > 1;
  const sideOf = (n: number): number => Math.max(1, Math.floor(n / 5));
  const s = image ? sideOf(Math.min(g.h, g.w)) : sideOf(Math.max(g.h, g.w));
  const tileRows = g.h > 1 ? s : 1;
  const tileCols = g.w > 1 ? s : 1;
  const rowsOfTiles = Math.floor(g.h / tileRows);
  const colsOfTiles = Math.floor(g.w / tileCols);
  const top0 = Math.floor((g.h - tileRows * rowsOfTiles) / 2);
  const left0 = Math.floor((g.w - tileCols * colsOfTiles) / 2);
  for (let i = 0; i < rowsOfTiles; i++) {
    for (let j = 0; j < colsOfTiles; j++) {
      const tile: Window = { top: top0 + i * tileRows, left: left0 + j * tileCols, rows: tileRows, cols: tileCols };
      const bump = squareBump(tileRows, tileCols, rng);
      for (let ch = 0; ch < g.c; ch++) {
        const sign = rng() < 0.5 ? -1 : 1;
        forEachInWindow(g, tile, ch, (f, k) => (delta[f] = sign * bump[k]!));
      }
    }
  }
  return delta;
}

/** `x0 + ε · delta / ‖delta‖`, clipped to the box (x0 itself when delta is zero). */
function scaled(x0: Float64Array, delta: Float64Array, epsilon: number, box: SquareContext['box']): Float64Array {
  const length = l2(delta);
  const out = Float64Array.from(x0);
  if (length > 0) for (let f = 0; f < out.length; f++) out[f] = x0[f]! + (delta[f]! / length) * epsilon;
  return clipToBox(out, box);
}

/** Sum of squares of `delta` over the positions of either window, in channel `ch`. */
function unionSquares(g: Geometry, a: Window, b: Window, ch: number, delta: Float64Array): number {
  let total = 0;
  forEachInWindow(g, a, ch, (f) => (total += delta[f]! * delta[f]!));
  forEachInWindow(g, b, ch, (f) => {
    const r = Math.floor(f / g.c / g.w);
    const col = Math.floor(f / g.c) % g.w;
    const inA = r >= a.top && r < a.top + a.rows && col >= a.left && col < a.left + a.cols;
    if (!inA) total += delta[f]! * delta[f]!;
  });
  return total;
}

/** The reference code uses odd sides; go up one when that still fits, else down one. */
function oddSide(g: Geometry, side: number): number {
  if (side % 2 === 1) return side;
  const limit = g.h > 1 && g.w > 1 ? Math.min(g.h, g.w) - 1 : Math.max(g.h, g.w) - 1;
  return side + 1 <= limit ? side + 1 : Math.max(1, side - 1);
}

function l2(v: Float64Array): number {
  let total = 0;
  for (let i = 0; i < v.length; i++) total += v[i]! * v[i]!;
  return Math.sqrt(total);
}
