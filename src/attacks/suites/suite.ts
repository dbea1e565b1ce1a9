/**
 * The adversarial test-suite contract: a suite takes a model under test (through its adapter),
 * labelled evaluation rows and what else is known (training rows, the training recipe, feature
 * constraints), runs its attacks within the model's query budget, and returns one evaluation
 * (headline, figures, charts) and the findings it raises. `aisec assess` runs the quick profile
 * of every built-in suite, `aisec test` the full one.
 *
 * A suite never rejects: an attack that cannot apply is skipped with a note in `details`; a
 * spent budget or a cancelled run gives status `incomplete` with what ran; a model that fails
 * gives status `error` with what ran before.
 */
import type { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { modelTestKinds, type EvaluationInput, type ModelTestKind } from '../../core/evaluation.js';
import type { FindingInput } from '../../core/finding.js';
import { assertPluginMeta, freezePlugin, type PluginMeta } from '../../core/plugin.js';
import type { DifferentiableClassifier, FitOptions, Learner, Matrix, ModelAdapter } from '../../ml/index.js';
import type { FeatureConstraints } from '../tabular/index.js';

/** Labelled rows in the model's feature order. */
export interface SuiteData {
  readonly X: Matrix;
  readonly y: Int32Array;
}

/** How to retrain a model like the one under test: its learner and the options it was fitted with. */
export interface SuiteRecipe {
  readonly learner: Learner;
  readonly options: FitOptions;
}

/** What a suite is given. */
export interface SuiteContext<O> {
  /** The model under test (ONNX file, HTTP endpoint, function); the suite never closes it. */
  readonly adapter: ModelAdapter;
  /** The model's name in the descriptor, and the path or URL as shown. */
  readonly model: { readonly name: string; readonly target: string };
  /** The model's input columns, in order. */
  readonly featureNames: readonly string[];
  /** What an input may change into (the descriptor's feature constraints). */
  readonly constraints?: FeatureConstraints;
  /** Labelled rows the model was NOT trained on. */
  readonly evaluation: SuiteData;
  /** Rows it WAS trained on (membership tests); absent, the membership test is weaker (see the privacy suite). */
  readonly training?: SuiteData;
  /** How to retrain a model like it (LiRA's shadow models, the extraction thieves' surrogate). */
  readonly recipe?: SuiteRecipe;
  /**
   * The model itself with input gradients, when the caller holds it in memory (a library user's
   * own classifier): the robustness suite then adds the white-box PGD ceiling to its charts.
   */
  readonly whiteBox?: DifferentiableClassifier;
  /** Parsed with the suite's zod `options` schema. */
  readonly options: O;
  readonly seed: number;
  /** On abort the suite stops and returns status `incomplete` with what it has. */
  readonly signal: AbortSignal;
  /** Work units done of the total, and what is running. */
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

/** What a suite returns. */
export interface SuiteResult {
  /** Headline, metrics, charts, details, status, queries, durationMs (the caller adds finding fingerprints). */
  readonly evaluation: Omit<EvaluationInput, 'findings'>;
  /** Rules are relative to the suite id (`decision-flips` is reported as `robustness/decision-flips`); taxonomy filled. */
  readonly findings: readonly FindingInput[];
}

/** A test suite. */
export interface TestSuiteDef<O extends z.ZodType = z.ZodType> extends PluginMeta<O> {
  readonly kind: ModelTestKind;
  run(ctx: SuiteContext<z.output<O>>): Promise<SuiteResult>;
}

/**
 * Define a test suite; checks the plugin contract (kebab-case id, version, one-line summary,
 * taxonomy tags, `options.parse({})`) and the kind, and freezes the definition.
 *
 * @example
 * export const demoSuite = defineTestSuite({
 *   id: 'demo', version: 1, summary: 'Does nothing.', tags: {}, kind: 'robustness',
 *   options: z.object({}), run: async () => ({ evaluation: { ... }, findings: [] }),
 * });
 */
export function defineTestSuite<O extends z.ZodType>(def: TestSuiteDef<O>): TestSuiteDef<O> {
  assertPluginMeta('test suite', def);
  if (!(modelTestKinds as readonly string[]).includes(def.kind)) {
    throw new AisecError('ERR_PLUGIN_INVALID', `test suite plugin "${def.id}": kind must be one of ${modelTestKinds.join(', ')}, not ${String(def.kind)}`);
  }
  if (typeof def.run !== 'function') throw new AisecError('ERR_PLUGIN_INVALID', `test suite plugin "${def.id}": run must be a function`);
  return freezePlugin(def);
}
