/**
 * Constrained attacks on tabular models: feature constraints (what may change about an input),
 * projection onto them, and the score-based / decision-only black-box attack that respects them.
 */
export {
  FeatureConstraintSchema,
  FeatureConstraintsSchema,
  OneHotGroupSchema,
  defaultFeatureNames,
  featureDirections,
  featureTypes,
  resolveConstraints,
  type ColumnKind,
  type ConstraintUnit,
  type FeatureConstraint,
  type FeatureConstraints,
  type ResolvedConstraints,
} from './feature-constraints.js';
export { allowedInterval, checkInputsSatisfy, constraintViolations, projectToConstraints, type ChangeBounds, type ConstraintRule, type ConstraintViolation } from './project-constraints.js';
export { CostModel, featureScales, TabularBudgetSchema, type TabularBudget } from './attack-budget.js';
export { constrainedTabularAttack, TabularAttackOptionsSchema, type TabularAttackOptions } from './constrained-attack.js';
export type { FeatureChange, Spread, TabularAttackResult, TabularRowResult } from './tabular-report.js';
