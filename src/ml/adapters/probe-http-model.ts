/**
 * Find out what an HTTP model answers by asking it once: whether it returns probabilities or
 * only labels, and how many classes it has. What the mapping declares is checked, not guessed.
 */
import { AisecError } from '../../core/errors.js';
import { createMatrix, type Matrix } from '../models/matrix.js';
import { prepareEndpoint, type HttpEndpoint, type HttpModelOptions } from './http-endpoint.js';
import type { HttpModelMapping, HttpModelMappingInput } from './http-mapping.js';
import { answerShape, readAnswers, rowAnswers, type AnswerShape } from './http-response.js';
import { describeJson, parsePointer } from './json-pointer.js';
import type { OutputKind } from './model-adapter.js';

/** What a probe found out about an HTTP model. */
export interface HttpModelProbe {
  readonly name: string;
  readonly numFeatures: number;
  readonly numClasses: number;
  readonly output: OutputKind;
}

/** Options of {@link probeHttpModel}. */
export interface ProbeOptions extends HttpModelOptions {
  /** The row to send (numFeatures values); a row of zeros by default. */
  readonly row?: ArrayLike<number>;
}

/**
 * Send one row (zeros unless `options.row` is given) and report what the model answers. The
 * answer is checked against the mapping like any other (row count, scores, labels). Rejects
 * with ERR_CONFIG_INVALID when the mapping does not say enough to read the answer.
 *
 * @example
 * const probe = await probeHttpModel({ url: 'https://scoring.example.com/v1/predict', numFeatures: 4, response: { output: '/predictions' } });
 * // { name: 'https://scoring.example.com/v1/predict', numFeatures: 4, numClasses: 2, output: 'probabilities' }
 */
export async function probeHttpModel(mapping: HttpModelMappingInput | HttpModelMapping, options: ProbeOptions = {}): Promise<HttpModelProbe> {
  const endpoint = prepareEndpoint(mapping, options);
  const found = await discoverAnswers(endpoint, options.row, options.signal ?? new AbortController().signal);
  return { name: endpoint.name, numFeatures: endpoint.numFeatures, numClasses: found.numClasses, output: found.output };
}

/** The response field of a mapping and its pointer text. */
export function responseField(mapping: HttpModelMapping): { field: string; text: string } {
  const { probabilities, labels, output } = mapping.response;
  if (probabilities !== undefined) return { field: 'response.probabilities', text: probabilities };
  if (labels !== undefined) return { field: 'response.labels', text: labels };
  return { field: 'response.output', text: output ?? '' };
}

/** The answer shape when the mapping declares both the kind of output and the class count. */
export function declaredAnswers(endpoint: HttpEndpoint): AnswerShape | undefined {
  const { mapping } = endpoint;
  const output: OutputKind | undefined = mapping.response.probabilities !== undefined ? 'probabilities' : mapping.response.labels !== undefined ? 'labels' : undefined;
  const numClasses = mapping.numClasses ?? mapping.response.classes?.length;
  return output === undefined || numClasses === undefined ? undefined : shapeOf(mapping, output, numClasses);
}

/**
 * Send one row and work out the answer shape, filling in what the mapping leaves out. The row
 * counts against the endpoint's budget (refunded when the request fails).
 */
export async function discoverAnswers(endpoint: HttpEndpoint, row: ArrayLike<number> | undefined, signal: AbortSignal): Promise<AnswerShape> {
  const { mapping, name } = endpoint;
  const inputs = probeRow(endpoint, row);
  endpoint.budget.spend(1, name);
  try {
    const body = await endpoint.request(inputs, 0, 1, signal);
    const { field, text } = responseField(mapping);
    const [answer] = rowAnswers(body, parsePointer(text), field, mapping.request.mode === 'single', name, 0, 1);
    const value = answer!.value;
    const declared = declaredAnswers(endpoint);
    const output = declared?.output ?? (mapping.response.probabilities !== undefined ? 'probabilities' : mapping.response.labels !== undefined ? 'labels' : kindOf(value, name, answer!.path));
    const numClasses = declared?.numClasses ?? mapping.numClasses ?? mapping.response.classes?.length ?? countClasses(value, output, name, answer!.path);
    const shape = shapeOf(mapping, output, numClasses);
    readAnswers(body, shape, {
      name,
      first: 0,
      rows: 1,
      labels: new Int32Array(1),
      probabilities: output === 'probabilities' ? new Float64Array(numClasses) : undefined,
    });
    return shape;
  } catch (error) {
    endpoint.budget.refund(1);
    throw error;
  }
}

function shapeOf(mapping: HttpModelMapping, output: OutputKind, numClasses: number): AnswerShape {
  const { field, text } = responseField(mapping);
  return answerShape({
    output,
    pointer: parsePointer(text),
    field,
    numClasses,
    classes: mapping.response.classes,
    sumTolerance: mapping.response.sumTolerance,
    single: mapping.request.mode === 'single',
  });
}

function probeRow(endpoint: HttpEndpoint, row: ArrayLike<number> | undefined): Matrix {
  const inputs = createMatrix(1, endpoint.numFeatures);
  if (row === undefined) return inputs;
  if (row.length !== endpoint.numFeatures) {
    throw new AisecError('ERR_MODEL_INPUT', `${endpoint.name}: the probe row has ${row.length} values, but the model takes ${endpoint.numFeatures} features`);
  }
  for (let j = 0; j < row.length; j++) {
    const v = row[j]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new AisecError('ERR_MODEL_INPUT', `${endpoint.name}: value ${j} of the probe row is ${String(v)}, not a finite number`);
    inputs.data[j] = v;
  }
  return inputs;
}

function kindOf(value: unknown, name: string, path: string): OutputKind {
  if (typeof value === 'object' && value !== null) return 'probabilities';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return 'labels';
  throw new AisecError('ERR_ENDPOINT_RESPONSE', `${name}: ${path} is ${describeJson(value)} for the probe row, neither scores nor a label; check response.output in the mapping`, {
    details: { path },
  });
}

function countClasses(value: unknown, output: OutputKind, name: string, path: string): number {
  if (output === 'probabilities' && Array.isArray(value)) {
    if (value.length >= 2) return value.length;
    throw new AisecError('ERR_ENDPOINT_RESPONSE', `${name}: ${path} holds ${value.length} score${value.length === 1 ? '' : 's'} per row; class probabilities need at least 2 (one per class)`, {
      details: { path },
    });
  }
  const seen = output === 'probabilities' ? `class → score objects (keys ${Object.keys(value as object).slice(0, 5).map((k) => JSON.stringify(k)).join(', ')})` : `labels (${describeJson(value)})`;
  throw new AisecError('ERR_CONFIG_INVALID', `${name}: the endpoint answers with ${seen} at ${path}; add response.classes (in the model's class order) or numClasses to the mapping`, {
    details: { path },
  });
}
