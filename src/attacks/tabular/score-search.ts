/**
 * The score-based search, after LowProFool (Ballet et al., 2019) but with queries instead of
 * gradients: a greedy coordinate search that tries small moves of one feature at a time (the
 * features the model leans on most are tried first), keeps the move that lowers
 * `margin + λ·cost / budget` most (the margin in log-probabilities), doubles its step after a
 * move that helped and halves it when none did, and stops at the first input the model
 * classifies as the goal asks.
 */
import { stepMoves, weightedUnits } from './candidate-moves.js';
import { goalMargin, meetsGoal, unitsChanged, type RowSearch, type SearchGoal } from './search-context.js';
import { simplifyChange } from './simplify-change.js';

/** How one row's search ended. */
export interface RowOutcome {
  readonly success: boolean;
  /** The adversarial input on success, else the last input reached. */
  readonly x: Float64Array;
  readonly label: number;
}

/** Search from `original` (whose class scores are `scores`) toward `goal`. */
export async function scoreSearch(original: Float64Array, scores: ArrayLike<number>, goal: SearchGoal, search: RowSearch): Promise<RowOutcome> {
  const s = search.settings;
  const size = search.cost.size;
  const objective = (margin: number, x: Float64Array) => margin + (s.lambda * search.cost.cost(x, original)) / size;
  let x = original;
  let label = goal.original;
  let best = objective(goalMargin(scores, goal), x);
  let eta = s.stepSize;
  const minEta = s.stepSize / 64;
  // Units tried at this position and step size; categorical moves do not depend on the step.
  let tried = new Set<number>();
  let categoricalTried = new Set<number>();
  for (let step = 0; step < s.maxSteps && search.allowance() > 0; step++) {
    const changed = unitsChanged(x, original, search);
    const pool = (changed.length >= s.maxFeaturesChanged ? changed : search.mutableUnits).filter((u) => !tried.has(u));
    const subset = weightedUnits(pool, search.sampling, s.candidatesPerStep, search.rng);
    const moves: Float64Array[] = [];
    for (const u of subset) {
      tried.add(u);
      const kind = search.constraints.units[u]!.kind;
      const numeric = kind === 'number' || kind === 'integer';
      if (!numeric && categoricalTried.has(u)) continue;
      if (!numeric) categoricalTried.add(u);
      for (const y of stepMoves(x, original, u, eta, search, search.rng)) {
        if (unitsChanged(y, original, search).length <= s.maxFeaturesChanged) moves.push(y);
      }
    }
    const batch = moves.slice(0, search.allowance());
    let improved = false;
    if (batch.length > 0) {
      const answer = await search.ask(batch);
      if (!answer) break;
      let winner = -1;
      let winnerCost = Infinity;
      let next = -1;
      let nextValue = best - 1e-12;
      batch.forEach((y, i) => {
        if (meetsGoal(answer.labels[i]!, goal)) {
          const c = search.cost.cost(y, original);
          if (c < winnerCost) {
            winner = i;
            winnerCost = c;
          }
        }
        const value = objective(goalMargin(answer.probabilities!.data.subarray(i * answer.probabilities!.cols, (i + 1) * answer.probabilities!.cols), goal), y);
        if (value < nextValue) {
          next = i;
          nextValue = value;
        }
      });
      if (winner >= 0) {
        const found = s.simplify ? await simplifyChange(batch[winner]!, answer.labels[winner]!, original, goal, search) : { x: batch[winner]!, label: answer.labels[winner]! };
        return { success: true, ...found };
      }
      if (next >= 0) {
        x = batch[next]!;
        label = answer.labels[next]!;
        best = nextValue;
        improved = true;
      }
    }
    if (improved) {
      // A step that helped may be too short: the next one is twice as long (up to 16 × the first).
      eta = Math.min(eta * 2, s.stepSize * 16);
      tried = new Set();
      categoricalTried = new Set();
    } else if (pool.length <= subset.length) {
      // Every unit was tried at this step size without progress.
      if (eta <= minEta) break;
      eta /= 2;
      tried = new Set();
    }
  }
  return { success: false, x, label };
}
