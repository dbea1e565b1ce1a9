/**
 * The geometry of Square Attack: where its "squares" are. An input declared as an image
 * `[height, width, channels]` (row-major, channels last) gets real squares over all channels; a
 * flat row of features is one long line, and a "square" is a contiguous window of it.
 */
import { AisecError } from '../../core/errors.js';
import type { Rng } from '../../stats/index.js';
import { randomInt } from '../../stats/index.js';

/** An input's layout: `h × w` positions of `c` channels; a flat row is `1 × d × 1`. */
export interface Geometry {
  readonly h: number;
  readonly w: number;
  readonly c: number;
}

/** A window: top-left position and size, in positions (all channels). */
export interface Window {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** The geometry of `d` features, from a declared `[h, w, c]` shape or flat. */
export function geometryOf(d: number, shape: readonly number[] | undefined, where: string): Geometry {
  if (shape === undefined) return { h: 1, w: d, c: 1 };
  if (!Array.isArray(shape) || shape.length !== 3 || !shape.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new AisecError('ERR_ATTACK_INPUT', `${where}: shape must be [height, width, channels] of whole numbers ≥ 1`);
  }
  const [h, w, c] = shape as [number, number, number];
  if (h * w * c !== d) throw new AisecError('ERR_ATTACK_INPUT', `${where}: shape ${h} × ${w} × ${c} holds ${h * w * c} values, the model takes ${d} features`);
  return { h, w, c };
}

/** Whether the geometry is a picture (both sides above 1) rather than a line. */
function isImage(g: Geometry): boolean {
  return g.h > 1 && g.w > 1;
}

/**
 * The share of positions a window covers at iteration `iteration` of `iterations`: the paper's
 * schedule, halving p_init at 10, 50, 200, 500, 1,000, 2,000, 4,000, 6,000 and 8,000 of every
 * 10,000 iterations (rescaled to the budget).
 */
export function pSchedule(pInit: number, iteration: number, iterations: number): number {
  const it = Math.floor((iteration / iterations) * 10_000);
  if (it <= 10) return pInit;
  const bounds = [50, 200, 500, 1000, 2000, 4000, 6000, 8000, 10_000];
  for (let k = 0; k < bounds.length; k++) if (it <= bounds[k]!) return pInit / 2 ** (k + 1);
  return pInit;
}

/**
 * The side (images) or length (lines) of a window covering a share `p` of the positions, at
 * least `min` and at most one less than the side (as in the paper), but never below 1.
 */
export function windowSide(g: Geometry, p: number, min = 1): number {
  if (isImage(g)) {
    const s = Math.round(Math.sqrt(p * g.h * g.w));
    return Math.max(1, Math.min(Math.max(s, min), Math.min(g.h, g.w) - 1));
  }
  const length = Math.max(g.h, g.w);
  const s = Math.round(p * length);
  return Math.max(1, Math.min(Math.max(s, min), Math.max(1, length - 1)));
}

/** A window of side `side` at a uniformly random place. */
export function randomWindow(g: Geometry, side: number, rng: Rng): Window {
  if (isImage(g)) {
    const s = Math.min(side, g.h, g.w);
    return { top: randomInt(rng, g.h - s + 1), left: randomInt(rng, g.w - s + 1), rows: s, cols: s };
  }
  if (g.h > 1) {
    const s = Math.min(side, g.h);
    return { top: randomInt(rng, g.h - s + 1), left: 0, rows: s, cols: g.w };
  }
  const s = Math.min(side, g.w);
  return { top: 0, left: randomInt(rng, g.w - s + 1), rows: g.h, cols: s };
}

/** Feature index of position (r, col) and channel ch. */
export function featureAt(g: Geometry, r: number, col: number, ch: number): number {
  return (r * g.w + col) * g.c + ch;
}

/** Call `visit(feature, k)` for each feature of `win` in channel `ch`, k counting positions row by row. */
export function forEachInWindow(g: Geometry, win: Window, ch: number, visit: (feature: number, k: number) => void): void {
  let k = 0;
  for (let r = win.top; r < win.top + win.rows; r++) {
    for (let col = win.left; col < win.left + win.cols; col++) visit(featureAt(g, r, col, ch), k++);
  }
}

/**
 * The paper's pseudo-Gaussian perturbation of a window: two halves of opposite sign, each a
 * stack of nested rectangles weighted 1/(k+1)², scaled to unit L2 norm. Row-major
 * `rows × cols`; an image window is transposed at random, as in the reference code.
 */
export function squareBump(rows: number, cols: number, rng: Rng): Float64Array {
  const out = new Float64Array(rows * cols);
  if (rows > 1 && cols > 1) {
    // Halves along the rows, as in the reference code.
    const top = Math.floor(rows / 2);
    addRectangles(out, 0, top, cols, cols, 1);
    addRectangles(out, top, rows - top, cols, cols, -1);
    normalise(out);
    return rows === cols && rng() > 0.5 ? transpose(out, rows) : out;
  }
  // A line: halves along its length.
  const n = rows * cols;
  const half = Math.floor(n / 2);
  addRectangles(out, 0, 1, half, 1, 1, true);
  addRectangles(out, half, 1, n - half, 1, -1, true);
  normalise(out);
  // The line's counterpart of the random transpose: a random reversal.
  return rng() > 0.5 ? out.reverse() : out;
}

/**
 * Nested rectangles centred in an `x × y` block starting at row `at` of a `stride`-wide window
 * (for a line: a block of `y` values starting at index `at`), normalised, times `sign`.
 */
function addRectangles(out: Float64Array, at: number, x: number, y: number, stride: number, sign: number, line = false): void {
  if (x <= 0 || y <= 0) return;
  const block = new Float64Array(x * y);
  const xc = Math.floor(x / 2) + 1;
  const yc = Math.floor(y / 2) + 1;
  let r0 = xc - 1;
  let c0 = yc - 1;
  for (let k = 0; k < Math.max(xc, yc); k++) {
    const weight = 1 / (k + 1) ** 2;
    for (let r = Math.max(r0, 0); r < Math.min(r0 + 2 * k + 1, x); r++) {
      for (let col = Math.max(c0, 0); col < Math.min(c0 + 2 * k + 1, y); col++) block[r * y + col]! += weight;
    }
    r0--;
    c0--;
  }
  normalise(block);
  for (let r = 0; r < x; r++) {
    for (let col = 0; col < y; col++) {
      const index = line ? at + col : (at + r) * stride + col;
      out[index] = sign * block[r * y + col]!;
    }
  }
}

function normalise(v: Float64Array): Float64Array {
  let total = 0;
  for (let i = 0; i < v.length; i++) total += v[i]! * v[i]!;
  const norm = Math.sqrt(total);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
  return v;
}

function transpose(v: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) out[c * n + r] = v[r * n + c]!;
  return out;
}
