/**
 * What a test run is about, settled from the descriptor and the command line before anything
 * is read or queried: which model, how to reach it (an ONNX file or an HTTP endpoint), which
 * columns it takes, which files hold its evaluation and training rows, its recipe and the
 * settings of each suite, and where each of these was declared (for messages).
 */
import path from 'node:path';
import type { EvaluationKind } from '../../core/evaluation.js';
import { AisecError } from '../../core/errors.js';
import type { Dataset, Endpoint, Model, SystemDescriptor, TrainingRecipe } from '../../config/index.js';
import type { FeatureConstraints, HttpModelMappingInput } from '../../ml/index.js';
import { displayPath } from '../collect-targets.js';
import type { ResolvedSystem } from '../resolve-system.js';
import { hintFor } from './hint.js';

/** A path in the descriptor, e.g. `['models', 0, 'input', 'features']`. */
export type DescriptorPath = readonly (string | number)[];

/** A file of labelled rows. */
export interface DataRef {
  /** Absolute path. */
  readonly file: string;
  /** As shown to the user. */
  readonly display: string;
  /** Name of the dataset in the descriptor, when declared there. */
  readonly dataset?: string;
  /** The label column, when known (else the run stops with a usage error). */
  readonly label?: string;
  /** Where the label column was named. */
  readonly labelAt?: DescriptorPath | 'flag';
}

/** The model under test and everything the suites are given about it. */
export interface TestSubject {
  /** The model's name in the descriptor, or the file or URL as given. */
  readonly name: string;
  /** The path or URL as shown in the report (the query string of a URL left out). */
  readonly target: string;
  /** What findings are fingerprinted on: the file relative to the system folder, or the URL shown. */
  readonly identity: string;
  readonly via: 'onnx' | 'http';
  /** Absolute path of the ONNX file. */
  readonly onnxFile?: string;
  /** The HTTP mapping with its url filled in (and, for an undeclared URL, numFeatures left to the data). */
  readonly mapping?: Omit<HttpModelMappingInput, 'numFeatures'> & { readonly numFeatures?: number };
  /** Index of the model in the descriptor. */
  readonly modelIndex?: number;
  /** Name of the model in the descriptor. */
  readonly asset?: string;
  /** The file's path relative to the system folder, when it is in it. */
  readonly key?: string;
  /** The input columns, in order; undefined: every column of the evaluation file but the label. */
  readonly features?: readonly string[];
  readonly featuresAt?: DescriptorPath | 'flag';
  readonly classes?: readonly (string | number)[];
  readonly classesAt?: DescriptorPath;
  readonly constraints?: FeatureConstraints;
  readonly evaluation: DataRef;
  readonly training: readonly DataRef[];
  readonly recipe?: TrainingRecipe;
  /** The descriptor's settings of each suite (`tests.robustness`, ...). */
  readonly settings: Partial<Record<EvaluationKind, unknown>>;
  readonly seed?: number;
}

/** What the caller asks to test. */
export interface SubjectRequest {
  /** A model of the descriptor, by name. */
  readonly model?: string;
  /** An endpoint of the descriptor, by name: the model is tested through it. */
  readonly endpoint?: string;
  /** An ONNX file (tested instead of the model's own file). */
  readonly onnxPath?: string;
  /** An endpoint URL: a declared endpoint with that address, or an undeclared one. */
  readonly url?: string;
  /** Evaluation rows given on the command line (instead of the descriptor's). */
  readonly data?: { readonly path: string; readonly label?: string };
  /** The model's input columns in order (instead of the descriptor's input.features). */
  readonly features?: readonly string[];
}

/**
 * The mapping used for a URL that no endpoint of the descriptor declares: the KServe / TF
 * Serving v1 convention, `{"instances": [[...], ...]}` in and `{"predictions": [...]}` out.
 * Its `numFeatures` is filled in once the columns are known.
 */
export function defaultMapping(url: string): Omit<HttpModelMappingInput, 'numFeatures'> {
  return { url, request: { field: '/instances' }, response: { output: '/predictions' } };
}

/** The URL as shown: origin and path, the query (which may hold a key) left out. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search === '' ? '' : '?…'}`;
  } catch {
    return url;
  }
}

/** The address an endpoint's model is called at: the mapping's url, else the endpoint's. */
export function modelUrl(endpoint: Endpoint): string {
  return endpoint.model?.url ?? endpoint.url;
}

const sameUrl = (a: string, b: string): boolean => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

function toKey(p: string): string {
  return path.posix.normalize(p.split(path.sep).join('/')).replace(/^\.\/+/, '').replace(/\/+$/, '');
}

/** Settle what to test. Throws ERR_USAGE / ERR_ASSET_NOT_FOUND / ERR_CONFIG_INVALID naming what to fix. */
export function resolveTestSubject(system: ResolvedSystem | null, request: SubjectRequest): TestSubject {
  const d = system?.loaded?.descriptor;
  const { model, index, endpoint } = pickModel(d, request);
  const input = model?.input;
  const at = (...rest: (string | number)[]): DescriptorPath => ['models', index!, ...rest];
  const features = request.features ?? input?.features;
  const featuresAt: TestSubject['featuresAt'] = request.features ? 'flag' : input ? at('input', 'features') : undefined;
  const evaluation = evaluationData(system, d, model, index, request);
  const training = model && system ? trainingData(system, d!, model, index!) : [];
  const reach = reachModel(system, d, model, endpoint, request);
  return {
    ...reach,
    name: model?.name ?? reach.target,
    ...(model ? { modelIndex: index!, asset: model.name } : {}),
    ...(features ? { features, featuresAt: featuresAt! } : {}),
    ...(input?.classes ? { classes: input.classes, classesAt: at('input', 'classes') } : {}),
    ...(input?.constraints ? { constraints: input.constraints } : {}),
    evaluation,
    training,
    ...(model?.recipe ? { recipe: model.recipe } : {}),
    settings: model?.tests ? { robustness: model.tests.robustness, privacy: model.tests.privacy, extraction: model.tests.extraction } : {},
    ...(model?.tests?.seed !== undefined ? { seed: model.tests.seed } : {}),
  };
}

function pickModel(d: SystemDescriptor | undefined, request: SubjectRequest): { model?: Model; index?: number; endpoint?: Endpoint } {
  const found = (model: Model | undefined, endpoint?: Endpoint) => (model ? { model, index: d!.models.indexOf(model), ...(endpoint ? { endpoint } : {}) } : endpoint ? { endpoint } : {});
  if (request.model !== undefined) {
    if (!d) throw new AisecError('ERR_USAGE', `--model ${request.model} names a model of aisec.yaml, but there is none here. Name the system's folder, or test a file with --onnx FILE --data FILE --label COL.`);
    const model = d.models.find((m) => m.name === request.model);
    if (!model) throw new AisecError('ERR_ASSET_NOT_FOUND', `No model is named "${request.model}" in aisec.yaml${hintFor(request.model, d.models.map((m) => m.name))}.`);
    return found(model);
  }
  if (!d) return {};
  if (request.endpoint !== undefined) {
    const endpoint = d.endpoints.find((e) => e.name === request.endpoint);
    if (!endpoint) throw new AisecError('ERR_ASSET_NOT_FOUND', `No endpoint is named "${request.endpoint}" in aisec.yaml${hintFor(request.endpoint, d.endpoints.map((e) => e.name))}.`);
    return found(servedBy(d, endpoint), endpoint);
  }
  if (request.url !== undefined) {
    const endpoint = d.endpoints.find((e) => sameUrl(modelUrl(e), request.url!) || sameUrl(e.url, request.url!));
    return endpoint ? found(servedBy(d, endpoint), endpoint) : {};
  }
  if (request.onnxPath !== undefined) return {};
  const candidates = d.models.filter((m) => m.input !== undefined);
  if (candidates.length === 1) return found(candidates[0]);
  if (candidates.length === 0) {
    throw new AisecError('ERR_USAGE', 'No model of aisec.yaml declares its input columns (models[].input), so none can be tested. Add `input` to the model, or test a file with --onnx FILE --data FILE --label COL.');
  }
  throw new AisecError('ERR_USAGE', `aisec.yaml has ${candidates.length} models that can be tested (${candidates.map((m) => m.name).join(', ')}); name one with --model NAME.`);
}

/** The model behind an endpoint: `serves`, else the model listing it in `deployedAt`. */
function servedBy(d: SystemDescriptor, endpoint: Endpoint): Model | undefined {
  if (endpoint.serves !== undefined) return d.models.find((m) => m.name === endpoint.serves);
  return d.models.find((m) => m.deployedAt.includes(endpoint.name));
}

function reachModel(
  system: ResolvedSystem | null,
  d: SystemDescriptor | undefined,
  model: Model | undefined,
  endpoint: Endpoint | undefined,
  request: SubjectRequest,
): Pick<TestSubject, 'target' | 'identity' | 'via' | 'onnxFile' | 'mapping' | 'key'> {
  if (request.onnxPath !== undefined) {
    const file = path.resolve(request.onnxPath);
    const key = system ? insideKey(system.dir, file) : undefined;
    return { via: 'onnx', onnxFile: file, target: request.onnxPath, identity: key ?? request.onnxPath, ...(key ? { key } : {}) };
  }
  const viaEndpoint = (e: Endpoint, url: string): Pick<TestSubject, 'target' | 'identity' | 'via' | 'mapping'> => {
    if (!e.model) {
      throw new AisecError('ERR_CONFIG_INVALID', `Endpoint "${e.name}" has no \`model\` mapping in aisec.yaml, so aisec does not know how to send it rows. Add one (docs/config.md, endpoints[].model).`);
    }
    const mapping = { ...(e.model as HttpModelMappingInput), url };
    return { via: 'http', mapping, target: shownUrl(url), identity: shownUrl(url) };
  };
  if (request.url !== undefined) {
    if (endpoint?.model) return viaEndpoint(endpoint, request.url);
    return { via: 'http', mapping: defaultMapping(request.url), target: shownUrl(request.url), identity: shownUrl(request.url) };
  }
  if (endpoint) return viaEndpoint(endpoint, modelUrl(endpoint));
  if (!model || !system || !d) throw new AisecError('ERR_USAGE', 'Name the model to test: --model NAME (from aisec.yaml), --onnx FILE or --url URL.');
  if (model.path !== undefined && (model.format === 'onnx' || /\.onnx$/i.test(model.path))) {
    const key = toKey(model.path);
    return { via: 'onnx', onnxFile: path.join(system.dir, key), target: displayPath(system.displayDir, key), identity: key, key };
  }
  const served = d.endpoints.find((e) => e.model && (e.serves === model.name || model.deployedAt.includes(e.name)));
  if (served) return viaEndpoint(served, modelUrl(served));
  throw new AisecError(
    'ERR_USAGE',
    `Model "${model.name}" cannot be queried: it has no ONNX file (path ending in .onnx, or format: onnx) and no endpoint with a \`model\` mapping serves it. Test another file with --onnx FILE, or declare the endpoint's mapping.`,
  );
}

/** `file` relative to `dir` with `/`, when inside it. */
function insideKey(dir: string, file: string): string | undefined {
  const rel = path.relative(dir, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? undefined : toKey(rel);
}

function datasetRef(system: ResolvedSystem, dataset: Dataset, label: string | undefined, labelAt: DescriptorPath | undefined): DataRef {
  const key = toKey(dataset.path);
  return {
    file: path.join(system.dir, key),
    display: displayPath(system.displayDir, key),
    dataset: dataset.name,
    ...(label !== undefined ? { label } : {}),
    ...(labelAt ? { labelAt } : {}),
  };
}

/** The label of `dataset` for `model`: the model's input.labelColumn, else the dataset's. */
function labelFor(d: SystemDescriptor, model: Model | undefined, index: number | undefined, dataset: Dataset): { label?: string; at?: DescriptorPath } {
  if (model?.input?.labelColumn !== undefined) return { label: model.input.labelColumn, at: ['models', index!, 'input', 'labelColumn'] };
  if (dataset.labelColumn !== undefined) return { label: dataset.labelColumn, at: ['datasets', d.datasets.indexOf(dataset), 'labelColumn'] };
  return {};
}

function evaluationData(system: ResolvedSystem | null, d: SystemDescriptor | undefined, model: Model | undefined, index: number | undefined, request: SubjectRequest): DataRef {
  if (request.data) {
    const fromModel = d && model ? modelLabel(d, model, index!) : {};
    const label = request.data.label ?? fromModel.label;
    return {
      file: path.resolve(request.data.path),
      display: request.data.path,
      ...(label !== undefined ? { label } : {}),
      ...(request.data.label !== undefined ? { labelAt: 'flag' as const } : fromModel.at ? { labelAt: fromModel.at } : {}),
    };
  }
  if (!d || !system) throw new AisecError('ERR_USAGE', 'Give the evaluation rows: --data FILE --label COL (labelled rows the model was not trained on).');
  const named = model?.tests?.data;
  const dataset = named !== undefined ? d.datasets.find((s) => s.name === named) : d.datasets.find((s) => s.role === 'eval');
  if (!dataset) {
    throw new AisecError('ERR_USAGE', 'No evaluation data: declare a dataset with role eval in aisec.yaml (or name one in the model\'s tests.data), or give --data FILE --label COL.');
  }
  const { label, at } = labelFor(d, model, index, dataset);
  return datasetRef(system, dataset, label, at);
}

/** The label column the model's own dataset names (for --data without --label). */
function modelLabel(d: SystemDescriptor, model: Model, index: number): { label?: string; at?: DescriptorPath } {
  const name = model.input?.dataset ?? model.trainingData[0];
  const dataset = d.datasets.find((s) => s.name === name);
  return dataset ? labelFor(d, model, index, dataset) : model.input?.labelColumn !== undefined ? { label: model.input.labelColumn, at: ['models', index, 'input', 'labelColumn'] } : {};
}

function trainingData(system: ResolvedSystem, d: SystemDescriptor, model: Model, index: number): DataRef[] {
  return model.trainingData.flatMap((name) => {
    const dataset = d.datasets.find((s) => s.name === name);
    if (!dataset) return [];
    const { label, at } = labelFor(d, model, index, dataset);
    return [datasetRef(system, dataset, label, at)];
  });
}
