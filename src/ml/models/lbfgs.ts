/**
 * Limited-memory BFGS for smooth, unconstrained problems: the optimiser of the small convex
 * models (logistic regression). Full-batch and deterministic, so a seed fixes the result.
 *
 * @see Nocedal & Wright, Numerical Optimization (2nd ed.), Algorithm 7.4 (two-loop recursion)
 */

/** Computes the objective at `x` and writes its gradient into `grad`. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

/** Options of {@link minimizeLbfgs}. */
export interface LbfgsOptions {
  /** Iterations at most (default 200). */
  readonly maxIterations?: number;
  /** Correction pairs kept (default 10). */
  readonly memory?: number;
  /** Stop when the largest gradient component is below this (default 1e-6). */
  readonly gradientTolerance?: number;
  /** Stop when the objective improves by less than this fraction (default 1e-10). */
  readonly functionTolerance?: number;
}

/** What {@link minimizeLbfgs} found. */
export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  /** True when a tolerance was met, false when the iteration limit or a failed line search stopped it. */
  readonly converged: boolean;
}

/**
 * Minimise `f` from `x0` with L-BFGS and a backtracking (Armijo) line search.
 *
 * @example
 * const { x } = minimizeLbfgs((x, g) => { g[0] = 2 * (x[0]! - 3); return (x[0]! - 3) ** 2; }, new Float64Array(1));
 */
export function minimizeLbfgs(f: Objective, x0: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const maxIterations = options.maxIterations ?? 200;
  const memory = options.memory ?? 10;
  const gtol = options.gradientTolerance ?? 1e-6;
  const ftol = options.functionTolerance ?? 1e-10;
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let value = f(x, g);
  const history = new History(n, memory);
  const direction = new Float64Array(n);
  let xNext = new Float64Array(n);
  let gNext = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(g) < gtol) return { x, value, iterations: iteration, converged: true };
    history.direction(g, direction);
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      // Not a descent direction (curvature information went stale): restart from steepest descent.
      history.clear();
      for (let i = 0; i < n; i++) direction[i] = -g[i]!;
      slope = -dot(g, g);
    }
    // The first step has no curvature information, so scale it to a unit move.
    let step = history.size === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) xNext[i] = x[i]! + step * direction[i]!;
      nextValue = f(xNext, gNext);
      if (Number.isFinite(nextValue) && nextValue <= value + 1e-4 * step * slope) break;
      step *= 0.5;
      nextValue = Infinity;
    }
    if (!Number.isFinite(nextValue)) return { x, value, iterations: iteration, converged: false };
    history.push(x, xNext, g, gNext);
    const improvement = value - nextValue;
    [x, xNext] = [xNext, x];
    [g, gNext] = [gNext, g];
    value = nextValue;
    if (improvement <= ftol * Math.max(1, Math.abs(value))) return { x, value, iterations: iteration + 1, converged: true };
  }
  return { x, value, iterations: maxIterations, converged: maxAbs(g) < gtol };
}

/** The last `memory` correction pairs (s = x' − x, y = g' − g) in a ring buffer. */
class History {
  private readonly s: Float64Array[] = [];
  private readonly y: Float64Array[] = [];
  private readonly rho: number[] = [];
  private readonly alpha: Float64Array;
  private start = 0;
  size = 0;

  constructor(
    private readonly n: number,
    private readonly memory: number,
  ) {
    this.alpha = new Float64Array(memory);
  }

  clear(): void {
    this.size = 0;
    this.start = 0;
  }

  push(x: Float64Array, xNext: Float64Array, g: Float64Array, gNext: Float64Array): void {
    let sy = 0;
    for (let i = 0; i < this.n; i++) sy += (xNext[i]! - x[i]!) * (gNext[i]! - g[i]!);
    // Skip pairs without positive curvature: they would make the inverse Hessian indefinite.
    if (!(sy > 1e-12)) return;
    const slot = (this.start + this.size) % this.memory;
    const s = (this.s[slot] ??= new Float64Array(this.n));
    const y = (this.y[slot] ??= new Float64Array(this.n));
    for (let i = 0; i < this.n; i++) {
      s[i] = xNext[i]! - x[i]!;
      y[i] = gNext[i]! - g[i]!;
    }
    this.rho[slot] = 1 / sy;
    if (this.size < this.memory) this.size++;
    else this.start = (this.start + 1) % this.memory;
  }

  /** The two-loop recursion: direction = −H·g. */
  direction(g: Float64Array, out: Float64Array): void {
    for (let i = 0; i < this.n; i++) out[i] = -g[i]!;
    for (let j = this.size - 1; j >= 0; j--) {
      const slot = (this.start + j) % this.memory;
      const a = this.rho[slot]! * dot(this.s[slot]!, out);
      this.alpha[j] = a;
      axpy(-a, this.y[slot]!, out);
    }
    if (this.size > 0) {
      const last = (this.start + this.size - 1) % this.memory;
      const y = this.y[last]!;
      const gamma = 1 / (this.rho[last]! * dot(y, y));
      for (let i = 0; i < this.n; i++) out[i] = out[i]! * gamma;
    }
    for (let j = 0; j < this.size; j++) {
      const slot = (this.start + j) % this.memory;
      const b = this.rho[slot]! * dot(this.y[slot]!, out);
      axpy(this.alpha[j]! - b, this.s[slot]!, out);
    }
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] = y[i]! + a * x[i]!;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}
