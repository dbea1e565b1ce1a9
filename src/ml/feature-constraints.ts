/**
 * What an attacker (or an honest applicant) can actually change about an input: the feature
 * constraints of a tabular model, as declared in the system descriptor next to the model, e.g.
 *
 * ```yaml
 * constraints:
 *   features:
 *     - { name: age, immutable: true }
 *     - { name: income, type: number, min: 0, direction: increase }
 *     - { name: open_loans, type: integer, min: 0, max: 20 }
 *     - { name: education, type: categorical, values: [1, 2, 3, 4] }
 *   oneHotGroups:
 *     - { name: housing, features: [housing_own, housing_rent, housing_free] }
 * ```
 *
 * Features not named are free real numbers. Only the declaration lives here (the descriptor
 * validates it); the attacks lay it out per column (`resolveConstraints` in attacks/tabular).
 */
import { z } from 'zod';

/** How a feature's values are encoded. */
export const featureTypes = ['number', 'integer', 'categorical'] as const;
/** Which way a feature may move. */
export const featureDirections = ['any', 'increase', 'decrease'] as const;

const FeatureNameSchema = z.string().min(1).max(200).describe('Feature name as the model sees it (a column of its input).');

/** The constraint on one feature. */
export const FeatureConstraintSchema = z
  .strictObject({
    name: FeatureNameSchema,
    type: z.enum(featureTypes).default('number').describe('number: any real value; integer: whole numbers; categorical: only the listed `values`.'),
    immutable: z.boolean().default(false).describe('The feature cannot be changed by the person scored (e.g. age, sex).'),
    min: z.number().optional().describe('Smallest value the feature may take.'),
    max: z.number().optional().describe('Largest value the feature may take.'),
    values: z.array(z.number()).min(1).max(10_000).optional().describe('Allowed values of a categorical feature (its numeric codes).'),
    direction: z.enum(featureDirections).default('any').describe('increase: may only go up (e.g. years of employment); decrease: may only go down.'),
    description: z.string().max(10_000).optional().describe('Why the feature is constrained.'),
  })
  .superRefine((f, ctx) => {
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${f.max}) is below min (${f.min})` });
    if (f.type === 'categorical' && f.values === undefined) ctx.addIssue({ code: 'custom', path: ['values'], message: 'a categorical feature needs its allowed values' });
    if (f.type !== 'categorical' && f.values !== undefined) ctx.addIssue({ code: 'custom', path: ['values'], message: 'values are only for type: categorical' });
    if (f.type === 'integer' && ((f.min !== undefined && f.max !== undefined && Math.ceil(f.min) > Math.floor(f.max)))) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `no whole number lies between min (${f.min}) and max (${f.max})` });
    }
  })
  .describe('What may change about one feature.');

/** A one-hot encoded categorical feature: exactly one of its columns is 1, the others 0. */
export const OneHotGroupSchema = z
  .strictObject({
    name: FeatureNameSchema.describe('Name of the categorical feature the columns encode (shown in reports).'),
    features: z.array(FeatureNameSchema).min(2).max(1000).describe('The 0/1 columns of the encoding.'),
    immutable: z.boolean().default(false).describe('The category cannot be changed.'),
  })
  .describe('Columns that together one-hot encode one categorical feature.');

/** The feature constraints of a tabular model. */
export const FeatureConstraintsSchema = z
  .strictObject({
    features: z.array(FeatureConstraintSchema).max(100_000).default([]).describe('Constrained features; features not listed may take any real value.'),
    oneHotGroups: z.array(OneHotGroupSchema).max(10_000).default([]).describe('One-hot encoded categorical features.'),
  })
  .describe('What an input may and may not change into: the constraints adversarial tests respect.');

/** Feature constraints as written (defaults optional). */
export type FeatureConstraints = z.input<typeof FeatureConstraintsSchema>;
/** One feature's constraint as written. */
export type FeatureConstraint = z.input<typeof FeatureConstraintSchema>;
