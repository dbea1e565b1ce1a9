/**
 * The system descriptor `aisec.yaml`: one AI system, its purpose and stakes, and its assets
 * (models, datasets, endpoints, LLM parts). This zod schema is the only definition: the
 * types, the JSON Schema in schema/ and docs/config.md are all derived from it.
 */
import { z } from 'zod';
import { DatasetSchema } from './dataset-schema.js';
import { LlmComponentSchema } from './llm-schema.js';
import { checkModelTesting } from './model-testing-checks.js';
import { EndpointModelSchema, ModelInputSchema, ModelTestsSchema, TrainingRecipeSchema } from './model-testing-schema.js';
import { SignatureRefSchema } from './signature-schema.js';
import { hint, isRecord, namesOf, recordsOf, reportDuplicateNames } from './schema-checks.js';
import {
  AssetNameSchema,
  FormatNameSchema,
  RelativePathSchema,
  SystemNameSchema,
  TextSchema,
  automationLevels,
  criticalities,
  endpointAuths,
  exposures,
  outputDetails,
} from './schema-primitives.js';

/** A trained model of the system. */
export const ModelSchema = z
  .strictObject({
    name: AssetNameSchema.describe('Unique name of the model; endpoints refer to it in `serves`.'),
    path: RelativePathSchema.optional().describe('Model file or folder, relative to aisec.yaml. Leave out for a model only reachable through an endpoint.'),
    format: FormatNameSchema.optional().describe('File format (onnx, safetensors, pickle, ...). Detected from the content when left out.'),
    framework: z.string().min(1).max(100).optional().describe('Framework that produced it, e.g. scikit-learn, pytorch, xgboost.'),
    version: z.string().min(1).max(100).optional().describe('Version of the model as the team tracks it.'),
    trainingData: z.array(AssetNameSchema).max(1000).default([]).describe('Names of the datasets (under `datasets`) the model was trained on.'),
    deployedAt: z.array(AssetNameSchema).max(1000).default([]).describe('Names of the endpoints (under `endpoints`) that serve the model.'),
    signature: SignatureRefSchema.optional(),
    input: ModelInputSchema.optional(),
    tests: ModelTestsSchema.optional(),
    recipe: TrainingRecipeSchema.optional(),
    description: TextSchema.optional().describe('What the model does.'),
  })
  .describe('A trained model.');
/** A validated model entry. */
export type Model = z.output<typeof ModelSchema>;

/** The aisec gateway an endpoint is served through: its configuration and the route. */
export const EndpointGatewaySchema = z
  .strictObject({
    config: RelativePathSchema.describe('The gateway configuration (gateway.yaml), relative to aisec.yaml; the assessment checks what it enforces for this endpoint.'),
    route: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a route id is lower-case letters, digits and dashes').describe('Id of the route in that configuration that serves this endpoint.'),
  })
  .describe('The aisec gateway in front of this endpoint.');

/** A network endpoint through which the system is used. */
export const EndpointSchema = z
  .strictObject({
    name: AssetNameSchema.describe('Unique name of the endpoint.'),
    url: z.url({ protocol: /^(https?|wss?|grpcs?)$/, error: 'must be an absolute http(s), ws(s) or grpc(s) URL' }).max(2048).describe('Address callers use, e.g. https://scoring.example.com/v1/score.'),
    auth: z.enum(endpointAuths).describe('How callers authenticate.'),
    rateLimit: z
      .number()
      .int()
      .positive()
      .nullable()
      .optional()
      .describe('Requests per minute allowed per caller; null states there is no limit. Leave out if unknown.'),
    outputDetail: z.enum(outputDetails).optional().describe('What an answer reveals: only the label, scores, or full class probabilities.'),
    serves: AssetNameSchema.optional().describe('Name of the model (under `models`) or LLM part (under `llm`) behind the endpoint.'),
    model: EndpointModelSchema.optional(),
    gateway: EndpointGatewaySchema.optional(),
    description: TextSchema.optional().describe('What the endpoint is for.'),
  })
  .describe('A network endpoint of the system.');
/** A validated endpoint entry. */
export type Endpoint = z.output<typeof EndpointSchema>;

const CountSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Who uses the system and at what scale. */
export const UsersSchema = z
  .strictObject({
    population: TextSchema.optional().describe('Who the users are and who is affected by the decisions, e.g. retail loan applicants.'),
    scale: z
      .strictObject({
        requestsPerDay: CountSchema.optional().describe('Typical number of requests per day.'),
        peopleAffected: CountSchema.optional().describe('Number of people affected by the decisions (per year, or in total).'),
      })
      .optional()
      .describe('How much the system is used.'),
  })
  .describe('Who uses the system and how much.');
/** The validated `users` section. */
export type Users = z.output<typeof UsersSchema>;

/** The whole descriptor: one AI system. */
export const SystemDescriptorSchema = z
  .strictObject({
    version: z.literal(1).default(1).describe('Version of the descriptor format. Always 1.'),
    name: SystemNameSchema.describe('Short name of the system, lowercase with dashes, e.g. credit-scoring.'),
    owner: TextSchema.describe('Team or person accountable for the system.'),
    purpose: TextSchema.describe('What the system is for, in one or two sentences.'),
    criticality: z.enum(criticalities).describe('What the system decides about; drives the impact of risks.'),
    decisions: TextSchema.optional().describe('The decisions the system makes or supports, in plain words.'),
    automation: z.enum(automationLevels).describe('fully-automated: no person checks the outcome; human-review: a person confirms; advisory: a person decides.'),
    exposure: z.enum(exposures).describe('Who can reach the system: internal staff, partners, or the public.'),
    users: UsersSchema.optional(),
    models: z.array(ModelSchema).max(1000).default([]).describe('Trained models of the system.'),
    datasets: z.array(DatasetSchema).max(1000).default([]).describe('Datasets used to train, evaluate or monitor the models.'),
    endpoints: z.array(EndpointSchema).max(1000).default([]).describe('Network endpoints of the system.'),
    llm: z.array(LlmComponentSchema).max(1000).default([]).describe('LLM-based parts of the system.'),
  })
  .superRefine(checkReferences, { when: () => true })
  .describe('aisec system descriptor (aisec.yaml): one AI system and its assets.');

/** A validated system descriptor. */
export type SystemDescriptor = z.output<typeof SystemDescriptorSchema>;
/** A system descriptor as written in aisec.yaml (defaults not yet applied). */
export type SystemDescriptorInput = z.input<typeof SystemDescriptorSchema>;

/** Unique names, and every reference between entries names an entry that exists. */
function checkReferences(value: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(value)) return;
  for (const key of ['models', 'datasets', 'endpoints', 'llm'] as const) reportDuplicateNames(value[key], key, ctx);
  const datasets = namesOf(value.datasets);
  const endpoints = namesOf(value.endpoints);
  const models = namesOf(value.models);
  const llm = namesOf(value.llm);
  const missing = (path: (string | number)[], name: unknown, kind: string, known: Iterable<string>): void => {
    if (typeof name !== 'string') return;
    ctx.addIssue({ code: 'custom', path, message: `no ${kind} is named "${name}"${hint(name, known)}` });
  };
  for (const [model, i] of recordsOf(value.models)) {
    asStrings(model.trainingData).forEach(([name, j]) => {
      if (!datasets.has(name)) missing(['models', i, 'trainingData', j], name, 'dataset', datasets.keys());
    });
    asStrings(model.deployedAt).forEach(([name, j]) => {
      if (!endpoints.has(name)) missing(['models', i, 'deployedAt', j], name, 'endpoint', endpoints.keys());
    });
  }
  for (const [endpoint, i] of recordsOf(value.endpoints)) {
    const serves = endpoint.serves;
    if (typeof serves === 'string' && !models.has(serves) && !llm.has(serves)) {
      missing(['endpoints', i, 'serves'], serves, 'model or LLM part', [...models.keys(), ...llm.keys()]);
    }
  }
  checkModelTesting(value, ctx);
  for (const [part, i] of recordsOf(value.llm)) {
    // One namespace for what an endpoint can serve, so `serves` is never ambiguous.
    if (typeof part.name === 'string' && models.has(part.name)) {
      ctx.addIssue({ code: 'custom', path: ['llm', i, 'name'], message: `name "${part.name}" is already used by a model; endpoints could not tell them apart` });
    }
  }
}

function asStrings(list: unknown): Array<[string, number]> {
  if (!Array.isArray(list)) return [];
  const out: Array<[string, number]> = [];
  list.forEach((item: unknown, i) => {
    if (typeof item === 'string') out.push([item, i]);
  });
  return out;
}
