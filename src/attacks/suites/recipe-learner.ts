/** The training recipe as a learner: the recipe's options applied to every fit. */
import type { Learner } from '../../ml/index.js';
import type { SuiteRecipe } from './suite.js';

/** A learner that fits with the recipe's options (the caller's seed, classes and signal win). */
export function recipeLearner(recipe: SuiteRecipe): Learner {
  return {
    name: recipe.learner.name,
    fit: (X, y, options) => recipe.learner.fit(X, y, { ...recipe.options, ...options }),
  };
}
