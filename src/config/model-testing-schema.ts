/**
 * What the adversarial tests (`aisec test`, and `aisec assess` for runnable models) need to know
 * about a model: the columns it takes (`input`), which suites to run and with what settings
 * (`tests`), how to train a model like it (`recipe`), and for an endpoint how to call the model
 * behind it (`model`).
 *
 * The settings of each suite are validated by the suite's own schema when the tests run (the
 * suites live above this layer); problems are still reported at their line in aisec.yaml.
 *
 * The schemas taken from ml/ are reached lazily: ml/ reads data through inventory/, which uses
 * the vocabularies of this folder, so whichever of the two loads first must not need the other
 * while it is still loading.
 */
import { z } from 'zod';
import { FeatureConstraintsSchema, HttpModelMappingSchema, type HttpModelMapping } from '../ml/index.js';
import { AssetNameSchema } from './schema-primitives.js';

const ColumnNameSchema = z.string().min(1).max(200);
const ClassNameSchema = z.union([z.string().min(1).max(200), z.number()]);

/** The columns a model takes, and where to read them. */
export const ModelInputSchema = z
  .strictObject({
    dataset: AssetNameSchema.optional().describe(
      'Dataset (under `datasets`) whose columns feed the model, used to check the names below. Default: the first of the model\'s trainingData.',
    ),
    features: z
      .array(ColumnNameSchema)
      .min(1)
      .max(100_000)
      .describe('Columns the model takes, in the order of its input vector. Every value must be a number (encode categories as codes).'),
    labelColumn: ColumnNameSchema.optional().describe('Column holding the true class. Default: the labelColumn of the dataset.'),
    classes: z
      .array(ClassNameSchema)
      .min(2)
      .max(10_000)
      .optional()
      .describe('Label values in the order of the model\'s outputs (output 0 first). Default: the distinct labels of the data, sorted.'),
    constraints: z.lazy(() => FeatureConstraintsSchema).optional(),
  })
  .describe('The columns the model takes, in order, and its label: what the adversarial tests feed it.');
/** A validated model input declaration. */
export type ModelInput = z.output<typeof ModelInputSchema>;

/** The adversarial test suites a model can run. */
export const testSuiteKinds = ['robustness', 'privacy', 'extraction'] as const;

function suiteSettings(kind: (typeof testSuiteKinds)[number], what: string) {
  return z
    .union([z.boolean(), z.record(z.string().max(200), z.unknown())])
    .optional()
    .describe(
      `Run the ${kind} suite (${what})? false skips it; true or a mapping runs it, the mapping overriding settings of the profile (see docs/attacks.md). ` +
        'The profile itself is chosen by the command: `aisec assess --tests quick|full`, `aisec test --profile`.',
    );
}

/** Which suites run against a model, on what data, with what settings. */
export const ModelTestsSchema = z
  .strictObject({
    data: AssetNameSchema.optional().describe('Dataset (under `datasets`) of labelled rows the model was not trained on. Default: the first dataset with role eval.'),
    robustness: suiteSettings('robustness', 'evasion: small changes that flip decisions'),
    privacy: suiteSettings('privacy', 'membership inference: whether training rows can be recognised'),
    extraction: suiteSettings('extraction', 'model stealing: how well a copy trained on the answers agrees'),
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional().describe('Seed of every random choice of the tests, so a run can be repeated. Default 0; `--seed` overrides it.'),
  })
  .describe('The adversarial tests of the model. Every suite runs unless set to false.');
/** A validated tests section. */
export type ModelTests = z.output<typeof ModelTestsSchema>;

const standardize = z
  .boolean()
  .default(true)
  .describe('Standardise each feature (mean 0, spread 1 over the fitting rows) before fitting, as a model in front of raw amounts needs.');

/** How to train a model like the one under test: what membership shadows and extraction thieves are. */
export const TrainingRecipeSchema = z
  .discriminatedUnion('learner', [
    z
      .strictObject({
        learner: z.literal('mlp').describe('A multilayer perceptron (ReLU hidden layers, softmax output).'),
        standardize,
        options: z
          .strictObject({
            hiddenSizes: z.array(z.number().int().min(1).max(4096)).max(8).optional().describe('Units of each hidden layer, input side first (default [64]).'),
            epochs: z.number().int().min(1).max(1000).optional().describe('Passes over the training rows (default 30).'),
            batchSize: z.number().int().min(1).max(100_000).optional().describe('Rows per step (default 32).'),
            learningRate: z.number().positive().max(10).optional().describe('Adam step size (default 0.001).'),
            l2: z.number().min(0).max(100).optional().describe('L2 penalty on the weights (default 0.0001).'),
          })
          .prefault({})
          .describe('Settings of the MLP.'),
      })
      .describe('Recipe `mlp`.'),
    z
      .strictObject({
        learner: z.literal('logistic-regression').describe('A multinomial logistic regression.'),
        standardize,
        options: z
          .strictObject({
            l2: z.number().min(0).max(100).optional().describe('L2 penalty on the weights (default 0.001).'),
            maxIterations: z.number().int().min(1).max(100_000).optional().describe('L-BFGS iterations at most (default 300).'),
          })
          .prefault({})
          .describe('Settings of the logistic regression.'),
      })
      .describe('Recipe `logistic-regression`.'),
  ])
  .describe('How to train a model like this one (LiRA shadow models, extraction thieves). Without it those tests use their own defaults.');
/** A validated training recipe. */
export type TrainingRecipe = z.output<typeof TrainingRecipeSchema>;

let endpointModel: z.ZodType | undefined;

/** The HTTP mapping of ml/ with its `url` made optional (built on first use, see above). */
function endpointModelSchema(): z.ZodType {
  endpointModel ??= HttpModelMappingSchema.safeExtend({
    url: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http or https URL' })
      .max(2048)
      .optional()
      .describe('Address of the prediction requests, when it is not the endpoint\'s url (e.g. an internal route). Default: the endpoint\'s url; when both are given, this one is called.'),
    // safeExtend wants the new field to fit the old one; `url` only becomes optional, and the
    // loader fills it in from the endpoint before the mapping is used.
  } as unknown as { url: typeof HttpModelMappingSchema.shape.url }).describe(
    'How to call the model behind the endpoint (for `aisec test --url` and `aisec assess --tests`): where rows go in a request and where the answers are.',
  );
  return endpointModel;
}

/** The model behind an endpoint: the HTTP mapping of ml/adapters, whose `url` defaults to the endpoint's. */
export const EndpointModelSchema: z.ZodType<EndpointModel, EndpointModelInput> = z.lazy(endpointModelSchema) as z.ZodType<EndpointModel, EndpointModelInput>;
/** A validated endpoint model mapping; without `url` the endpoint's applies. */
export type EndpointModel = Omit<HttpModelMapping, 'url'> & { readonly url?: string };
/** An endpoint model mapping as written. */
export type EndpointModelInput = Omit<z.input<typeof HttpModelMappingSchema>, 'url'> & { url?: string };
