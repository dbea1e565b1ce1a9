/** Re-check an attack's claims against the model itself. */
import type { Classifier } from '../../../ml/models/classifier.js';
import { matrixFromRows, rowOf, type Matrix } from '../../../ml/models/matrix.js';
import type { Box } from '../box.js';
import type { EvasionResult } from '../evasion-result.js';
import { perturbationNorm, withinEpsilon } from '../norms.js';

/**
 * For every claimed success: the kept adversarial input is inside the box, within ε of its row
 * in the attack's norm, and the model (asked again) does not give it the true label. Returns a
 * list of broken claims (empty when every claim holds) and the number of claims checked.
 */
export function brokenClaims(result: EvasionResult, model: Classifier, X: Matrix, box?: Box): { broken: string[]; checked: number } {
  const broken: string[] = [];
  let checked = 0;
  for (const eps of result.byEpsilon) {
    for (const e of eps.examples) {
      if (!e.success) continue;
      checked++;
      const where = `ε ${eps.epsilon}, row ${e.row}`;
      if (!e.adversarial) {
        broken.push(`${where}: no adversarial kept`);
        continue;
      }
      const x0 = rowOf(X, e.row);
      const size = perturbationNorm(e.adversarial, x0, result.norm);
      if (!withinEpsilon(size, eps.epsilon)) broken.push(`${where}: size ${size} > ε`);
      if (e.norm === null || Math.abs(size - e.norm) > 1e-9 * Math.max(1, size)) broken.push(`${where}: reported size ${e.norm}, actual ${size}`);
      if (box) e.adversarial.forEach((v, j) => (v < box.lo[j]! || v > box.hi[j]!) && broken.push(`${where}: feature ${j} = ${v} outside the box`));
      const p = Array.from(rowOf(model.predictProba(matrixFromRows([[...e.adversarial]])), 0));
      const label = p.indexOf(Math.max(...p));
      if (label === e.label) broken.push(`${where}: the model still says ${label}`);
      if (label !== e.adversarialLabel) broken.push(`${where}: the model says ${label}, the result ${e.adversarialLabel}`);
      if (e.queriesToSuccess === null || e.queriesToSuccess > e.queries || e.queries > result.budget) broken.push(`${where}: queries ${e.queriesToSuccess} of ${e.queries} (budget ${result.budget})`);
    }
  }
  return { broken, checked };
}
