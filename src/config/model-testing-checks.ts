/**
 * Cross-field checks of what the adversarial tests read from the descriptor: a model's input
 * (its dataset, repeated features, the label among them), its constraints against its features,
 * its tests against the datasets, and an endpoint's model mapping against the model it serves.
 * Like the other checks they run on possibly invalid input, so every access is guarded.
 *
 * Whether the features are columns of the data is checked when the tests read it: a dataset's
 * `schema` need not list every column.
 */
import type { z } from 'zod';
import { hint, isRecord, namesOf, recordsOf } from './schema-checks.js';

type Issue = (path: (string | number)[], message: string) => void;

function strings(list: unknown): Array<[string, number]> {
  if (!Array.isArray(list)) return [];
  const out: Array<[string, number]> = [];
  list.forEach((item: unknown, i) => {
    if (typeof item === 'string') out.push([item, i]);
  });
  return out;
}

/** Check the `input`, `tests` and `recipe` of every model and the `model` of every endpoint. */
export function checkModelTesting(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  const datasets = new Map<string, Record<string, unknown>>();
  for (const [entry] of recordsOf(value.datasets)) if (typeof entry.name === 'string' && !datasets.has(entry.name)) datasets.set(entry.name, entry);
  const firstEval = recordsOf(value.datasets).find(([d]) => d.role === 'eval')?.[0];
  const models = new Map<string, Record<string, unknown>>();
  for (const [model, i] of recordsOf(value.models)) {
    if (typeof model.name === 'string' && !models.has(model.name)) models.set(model.name, model);
    checkModel(model, ['models', i], datasets, firstEval, issue);
  }
  const modelNames = namesOf(value.models);
  for (const [endpoint, i] of recordsOf(value.endpoints)) {
    if (!isRecord(endpoint.model)) continue;
    const served = servedModel(endpoint, recordsOf(value.models).map(([m]) => m), modelNames);
    checkEndpointModel(endpoint, endpoint.model, served, ['endpoints', i], issue);
  }
}

function checkModel(
  model: Record<string, unknown>,
  at: (string | number)[],
  datasets: Map<string, Record<string, unknown>>,
  firstEval: Record<string, unknown> | undefined,
  issue: Issue,
): void {
  const input = isRecord(model.input) ? model.input : undefined;
  const features = strings(input?.features);
  if (input) {
    const inputAt = [...at, 'input'];
    const named = typeof input.dataset === 'string' ? input.dataset : undefined;
    if (named !== undefined && !datasets.has(named)) issue([...inputAt, 'dataset'], `no dataset is named "${named}"${hint(named, datasets.keys())}`);
    const training = strings(model.trainingData)[0]?.[0];
    const sourceName = named ?? training;
    if (sourceName === undefined) issue(inputAt, 'name the dataset the model\'s columns come from (input.dataset), or list the model\'s trainingData');
    const source = sourceName === undefined ? undefined : datasets.get(sourceName);
    const seen = new Map<string, number>();
    for (const [name, j] of features) {
      const first = seen.get(name);
      if (first !== undefined) issue([...inputAt, 'features', j], `feature "${name}" is listed twice (first at features[${first}])`);
      else seen.set(name, j);
    }
    const label = typeof input.labelColumn === 'string' ? input.labelColumn : typeof source?.labelColumn === 'string' ? source.labelColumn : undefined;
    if (label === undefined && source !== undefined) issue(inputAt, `give labelColumn here or on dataset "${sourceName}": the tests need each row's true class`);
    if (label !== undefined && seen.has(label)) issue([...inputAt, 'features', seen.get(label)!], `"${label}" is the label column; a model that is given its label is not tested`);
    if (Array.isArray(input.classes)) {
      const classes = new Map<string, number>();
      input.classes.forEach((c: unknown, j) => {
        if (typeof c !== 'string' && typeof c !== 'number') return;
        const key = String(c);
        if (classes.has(key)) issue([...inputAt, 'classes', j], `class ${JSON.stringify(c)} is listed twice (first at classes[${classes.get(key)}])`);
        else classes.set(key, j);
      });
    }
    checkConstraints(input.constraints, seen, [...inputAt, 'constraints'], issue);
  }
  if (isRecord(model.tests)) checkTests(model.tests, input !== undefined, [...at, 'tests'], datasets, firstEval, issue);
}

function checkConstraints(constraints: unknown, features: Map<string, number>, at: (string | number)[], issue: Issue): void {
  if (!isRecord(constraints) || features.size === 0) return;
  const unknown = (name: string): string => `"${name}" is not one of the model's input features${hint(name, features.keys())}`;
  for (const [feature, k] of recordsOf(constraints.features)) {
    if (typeof feature.name === 'string' && !features.has(feature.name)) issue([...at, 'features', k, 'name'], unknown(feature.name));
  }
  for (const [group, k] of recordsOf(constraints.oneHotGroups)) {
    for (const [name, m] of strings(group.features)) if (!features.has(name)) issue([...at, 'oneHotGroups', k, 'features', m], unknown(name));
  }
}

function checkTests(
  tests: Record<string, unknown>,
  hasInput: boolean,
  at: (string | number)[],
  datasets: Map<string, Record<string, unknown>>,
  firstEval: Record<string, unknown> | undefined,
  issue: Issue,
): void {
  if (!hasInput) issue(at, 'tests need the model\'s input: add `input` with the features it takes, in order');
  const named = typeof tests.data === 'string' ? tests.data : undefined;
  if (named !== undefined && !datasets.has(named)) issue([...at, 'data'], `no dataset is named "${named}"${hint(named, datasets.keys())}`);
  const enabled = (['robustness', 'privacy', 'extraction'] as const).some((k) => tests[k] !== false);
  if (named === undefined && firstEval === undefined && enabled && datasets.size > 0) {
    issue(at, 'no dataset has role eval: name the labelled rows the model was not trained on in tests.data');
  }
  for (const kind of ['robustness', 'privacy', 'extraction'] as const) {
    const settings = tests[kind];
    if (isRecord(settings) && Object.hasOwn(settings, 'profile')) {
      issue([...at, kind, 'profile'], 'the profile is chosen by the command (aisec assess --tests quick|full, aisec test --profile); set individual settings here');
    }
  }
}

/** The model an endpoint serves: `serves`, else the model that lists the endpoint in `deployedAt`. */
function servedModel(endpoint: Record<string, unknown>, models: readonly Record<string, unknown>[], names: Map<string, number>): Record<string, unknown> | undefined {
  if (typeof endpoint.serves === 'string') return names.has(endpoint.serves) ? models[names.get(endpoint.serves)!] : undefined;
  if (typeof endpoint.name !== 'string') return undefined;
  return models.find((m) => strings(m.deployedAt).some(([e]) => e === endpoint.name));
}

function checkEndpointModel(
  endpoint: Record<string, unknown>,
  mapping: Record<string, unknown>,
  served: Record<string, unknown> | undefined,
  at: (string | number)[],
  issue: Issue,
): void {
  if (mapping.url === undefined && typeof endpoint.url === 'string' && !/^https?:\/\//i.test(endpoint.url)) {
    issue([...at, 'model'], 'the endpoint\'s url is not http(s): give the prediction address in model.url');
  }
  if (served === undefined) {
    if (typeof endpoint.serves !== 'string') issue([...at, 'model'], 'say which model the endpoint serves (serves: NAME), so the tests know the columns it takes');
    return;
  }
  const input = isRecord(served.input) ? served.input : undefined;
  const features = Array.isArray(input?.features) ? input.features.length : undefined;
  if (features !== undefined) {
    if (typeof mapping.numFeatures === 'number' && mapping.numFeatures !== features) {
      issue([...at, 'model', 'numFeatures'], `is ${mapping.numFeatures}, but model "${String(served.name)}" takes ${features} input features`);
    }
    if (Array.isArray(mapping.featureNames) && mapping.featureNames.length !== features) {
      issue([...at, 'model', 'featureNames'], `lists ${mapping.featureNames.length} names, but model "${String(served.name)}" takes ${features} input features`);
    }
  }
  const classes = Array.isArray(input?.classes) ? input.classes.length : undefined;
  const response = isRecord(mapping.response) ? mapping.response : undefined;
  if (classes !== undefined && Array.isArray(response?.classes) && response.classes.length !== classes) {
    issue([...at, 'model', 'response', 'classes'], `lists ${response.classes.length} classes, but model "${String(served.name)}" lists ${classes} in input.classes`);
  }
}
