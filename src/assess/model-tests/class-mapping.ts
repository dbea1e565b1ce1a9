/**
 * Which output of the model each label value is: the declared `input.classes` in output order,
 * else the label values themselves when they are all class indices of the model (0, 1, …),
 * else the distinct labels sorted (numerically when they are all numbers).
 */
import { AisecError } from '../../core/errors.js';
import { canonicalLabel } from './labelled-rows.js';

/** Label text → output index, and the name of each output. */
export interface ClassMapping {
  readonly classes: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** How the mapping was chosen, for the report's details. */
  readonly source: 'declared' | 'indices' | 'sorted';
}

/**
 * The mapping for a model with `numClasses` outputs, from the labels seen and the declared
 * classes. Throws ERR_MODEL_INPUT when they cannot fit the model (`where` names the place the
 * classes were declared, or the data).
 */
export function classMapping(seen: Iterable<string>, declared: readonly (string | number)[] | undefined, numClasses: number, model: string, where: string): ClassMapping {
  if (declared !== undefined) {
    const classes = declared.map((c) => canonicalLabel(c) ?? String(c));
    if (classes.length !== numClasses) {
      throw new AisecError('ERR_MODEL_INPUT', `${where} lists ${classes.length} classes, but ${model} answers ${numClasses}; list one label value per output of the model, in output order.`);
    }
    return { classes, indexOf: new Map(classes.map((c, i) => [c, i])), source: 'declared' };
  }
  const distinct = [...new Set(seen)];
  const numeric = distinct.every((v) => Number.isFinite(Number(v)));
  distinct.sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (numeric && distinct.every((v) => Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) < numClasses)) {
    const classes = Array.from({ length: numClasses }, (_, i) => String(i));
    return { classes, indexOf: new Map(classes.map((c, i) => [c, i])), source: 'indices' };
  }
  if (distinct.length > numClasses) {
    const shown = distinct.length > 10 ? `${distinct.slice(0, 10).join(', ')}, …` : distinct.join(', ');
    throw new AisecError(
      'ERR_MODEL_INPUT',
      `${where} has ${distinct.length} distinct labels (${shown}), but ${model} answers ${numClasses} classes; check the label column, or list the model's classes in input.classes.`,
    );
  }
  return { classes: distinct, indexOf: new Map(distinct.map((c, i) => [c, i])), source: 'sorted' };
}
