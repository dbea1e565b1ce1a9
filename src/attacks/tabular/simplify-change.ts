/**
 * After a search succeeds, put back every feature the success does not need, least important
 * first, so the reported change is as small as the model allows (one query per feature tried).
 */
import { meetsGoal, unitsChanged, type RowSearch, type SearchGoal } from './search-context.js';

/** The adversarial input with unneeded changes undone, and its label. */
export async function simplifyChange(x: Float64Array, label: number, original: Float64Array, goal: SearchGoal, search: RowSearch): Promise<{ x: Float64Array; label: number }> {
  let current = x;
  let currentLabel = label;
  const changed = unitsChanged(x, original, search).sort((a, b) => search.sampling[a]! - search.sampling[b]! || a - b);
  if (changed.length < 2) return { x: current, label: currentLabel };
  for (const u of changed) {
    if (search.allowance() < 1) break;
    const y = Float64Array.from(current);
    for (const j of search.constraints.units[u]!.columns) y[j] = original[j]!;
    // Undoing a change only shrinks it, so constraints and budget still hold.
    const answer = await search.ask([y]);
    if (!answer) break;
    if (meetsGoal(answer.labels[0]!, goal)) {
      current = y;
      currentLabel = answer.labels[0]!;
    }
  }
  return { x: current, label: currentLabel };
}
