/**
 * Square Attack, L∞ (Andriushchenko et al. 2020, Algorithm 1 and the reference code): start
 * from vertical stripes of ±ε, then repeatedly set a random square (one sign per channel) to
 * ±ε and keep the change when the margin loss drops. The square's area follows the paper's
 * p schedule; a proposal that would change nothing is drawn again (up to 10 times).
 */
import { clipToBox } from './box.js';
import { startSearch, tryCandidate, type SquareContext, type SquareTask } from './square-context.js';
import { forEachInWindow, pSchedule, randomWindow, windowSide } from './square-windows.js';

/** Redraws of a proposal that changes nothing (the reference code redraws without limit). */
const REDRAWS = 10;

/** Attack one example; the outcome goes into `task.record`. */
export async function squareLinf(ctx: SquareContext, task: SquareTask): Promise<void> {
  const { geometry: g, box } = ctx;
  const { x0, epsilon, rng, oracle } = task;
  const best = new Float64Array(x0.length);
  // Vertical stripes: one sign per column and channel (for a flat row, one per feature).
  for (let col = 0; col < g.w; col++) {
    for (let ch = 0; ch < g.c; ch++) {
      const step = rng() < 0.5 ? -epsilon : epsilon;
      for (let r = 0; r < g.h; r++) {
        const f = (r * g.w + col) * g.c + ch;
        best[f] = x0[f]! + step;
      }
    }
  }
  clipToBox(best, box);
  const search = await startSearch(ctx, task, best, 'linf');
  if (!search) return;

  const candidate = new Float64Array(x0.length);
  for (let iteration = 0; oracle.left > 0; iteration++) {
    const side = windowSide(g, pSchedule(ctx.pInit, iteration, ctx.iterations));
    candidate.set(best);
    for (let attempt = 0; attempt < REDRAWS; attempt++) {
      const win = randomWindow(g, side, rng);
      let changed = false;
      for (let ch = 0; ch < g.c; ch++) {
        const step = rng() < 0.5 ? -epsilon : epsilon;
        forEachInWindow(g, win, ch, (f) => {
          const v = Math.min(box.hi[f]!, Math.max(box.lo[f]!, x0[f]! + step));
          if (Math.abs(v - best[f]!) >= 1e-7) changed = true;
          candidate[f] = v;
        });
      }
      if (changed) break;
      candidate.set(best);
    }
    if (await tryCandidate(ctx, task, search, candidate)) return;
  }
}
