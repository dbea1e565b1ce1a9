/**
 * The decision-only search, for models that answer with a label and no scores: random sparse
 * changes (one feature, then two, four, …, features drawn by importance when it is known),
 * each projected onto the constraints and shrunk into the budget; the first change that meets
 * the goal is pulled back toward the original by bisection, then unneeded features are undone.
 */
import { randomMove, weightedUnits } from './candidate-moves.js';
import { projectToConstraints } from './project-constraints.js';
import { meetsGoal, type RowSearch, type SearchGoal } from './search-context.js';
import type { RowOutcome } from './score-search.js';
import { simplifyChange } from './simplify-change.js';

const BISECTION_STEPS = 8;

/** Search from `original` toward `goal` with labels only. */
export async function decisionSearch(original: Float64Array, goal: SearchGoal, search: RowSearch): Promise<RowOutcome> {
  const s = search.settings;
  const maxK = Math.max(1, Math.min(s.maxFeaturesChanged, search.mutableUnits.length));
  const levels: number[] = [];
  for (let k = 1; k < maxK; k *= 2) levels.push(k);
  levels.push(maxK);
  for (let round = 0; round < s.maxSteps && search.allowance() > 0; round++) {
    const k = levels[round % levels.length]!;
    const batch: Float64Array[] = [];
    const size = Math.min(s.decisionBatch, search.allowance());
    for (let tries = 0; batch.length < size && tries < size * 4; tries++) {
      const y = randomMove(original, weightedUnits(search.mutableUnits, search.sampling, k, search.rng), search, search.rng);
      if (y) batch.push(y);
    }
    if (batch.length === 0) continue;
    const answer = await search.ask(batch);
    if (!answer) break;
    let winner = -1;
    let winnerCost = Infinity;
    batch.forEach((y, i) => {
      if (!meetsGoal(answer.labels[i]!, goal)) return;
      const c = search.cost.cost(y, original);
      if (c < winnerCost) {
        winner = i;
        winnerCost = c;
      }
    });
    if (winner < 0) continue;
    let found = { x: batch[winner]!, label: answer.labels[winner]! };
    found = await bisectTowardOriginal(found, original, goal, search);
    if (s.simplify) found = await simplifyChange(found.x, found.label, original, goal, search);
    return { success: true, ...found };
  }
  return { success: false, x: original, label: goal.original };
}

/** Shrink the numeric part of a successful change toward the original while it still succeeds. */
async function bisectTowardOriginal(found: { x: Float64Array; label: number }, original: Float64Array, goal: SearchGoal, search: RowSearch): Promise<{ x: Float64Array; label: number }> {
  const c = search.constraints;
  const numeric = c.units.filter((unit) => unit.kind === 'number' || unit.kind === 'integer').flatMap((unit) => unit.columns);
  if (!numeric.some((j) => found.x[j] !== original[j])) return found;
  let lo = 0;
  let hi = 1;
  let best = found;
  for (let i = 0; i < BISECTION_STEPS && search.allowance() > 0; i++) {
    const t = (lo + hi) / 2;
    const y = Float64Array.from(found.x);
    for (const j of numeric) y[j] = original[j]! + t * (found.x[j]! - original[j]!);
    const p = projectToConstraints(y, original, c);
    const answer = await search.ask([p]);
    if (!answer) break;
    if (meetsGoal(answer.labels[0]!, goal)) {
      hi = t;
      best = { x: p, label: answer.labels[0]! };
    } else {
      lo = t;
    }
  }
  return best;
}
