/**
 * Which input of an ONNX model takes the features and which output holds the answer, from the
 * inputs and outputs onnxruntime reports. The adapter needs one float input of rows of
 * features ([N, d], [N, ...dims] fed as flattened rows, or [d] for one row per run) and one
 * output of class scores ([N, C]) or labels ([N]). Everything else is refused here with an
 * ERR_MODEL_LOAD that says what was found and what to do.
 */
import { AisecError } from '../../core/errors.js';
import type { OnnxValueMetadata } from './onnx-process.js';

/** How rows are batched into runs of the model. */
export type OnnxBatching =
  /** [N, …]: any number of rows per run. */
  | { readonly kind: 'dynamic' }
  /** [B, …] with a fixed B: runs of exactly B rows (the last one padded with zero rows). */
  | { readonly kind: 'fixed'; readonly rows: number }
  /** [d]: no batch axis, one row per run. */
  | { readonly kind: 'none' };

/** The chosen input. */
export interface OnnxInputPlan {
  readonly name: string;
  readonly type: 'float32' | 'float64';
  readonly numFeatures: number;
  /** Dimensions of one row as the model declares them (e.g. [28, 28]). */
  readonly rowDims: readonly number[];
  readonly batching: OnnxBatching;
}

/** The chosen output. */
export type OnnxOutputPlan =
  | {
      readonly kind: 'scores';
      readonly name: string;
      /** Columns per row as declared, or undefined when the model leaves it to run time. */
      readonly columns: number | undefined;
    }
  | { readonly kind: 'labels'; readonly name: string };

export interface OnnxSignature {
  readonly input: OnnxInputPlan;
  readonly output: OnnxOutputPlan;
  /** Outputs passed over and why (a ZipMap, string labels, a second score output). */
  readonly notes: readonly string[];
}

/** What the caller may tell the adapter that the file leaves open. */
export interface SignatureHints {
  readonly numFeatures?: number;
  readonly outputName?: string;
  readonly maxFeatures: number;
  readonly maxClasses: number;
}

const FLOAT_TYPES = new Set(['float32', 'float64']);
const LABEL_TYPES = new Set(['int64', 'int32']);
const ZIPMAP_NOTE =
  'it is a sequence of maps (the ZipMap of sklearn-onnx), which the adapter cannot read; ' +
  "convert the model with options={id(model): {'zipmap': False}} (sklearn-onnx) to get a probabilities tensor";

/** Pick the input and output, or throw ERR_MODEL_LOAD naming `file`. */
export function chooseSignature(file: string, inputs: readonly OnnxValueMetadata[], outputs: readonly OnnxValueMetadata[], hints: SignatureHints): OnnxSignature {
  const input = chooseInput(file, inputs, hints);
  const notes: string[] = [];
  const batched = input.batching.kind !== 'none';
  const scores: OnnxValueMetadata[] = [];
  const labels: OnnxValueMetadata[] = [];
  for (const out of outputs) {
    if (!out.isTensor) notes.push(`output ${out.name} was not used: ${ZIPMAP_NOTE}`);
    else if (FLOAT_TYPES.has(out.type ?? '') && scoreShape(out.shape ?? [], batched)) scores.push(out);
    else if (LABEL_TYPES.has(out.type ?? '') && labelShape(out.shape ?? [], batched)) labels.push(out);
    else notes.push(`output ${out.name} (${describeValue(out)}) was not used: it is neither class scores ${batched ? '[N, C]' : '[C]'} nor labels ${batched ? '[N]' : '[]'} of int64`);
  }

  if (hints.outputName !== undefined) {
    const named = outputs.find((o) => o.name === hints.outputName);
    if (named === undefined) throw load(file, `has no output named ${hints.outputName}; its outputs are ${list(outputs)}`);
    if (!named.isTensor) throw load(file, `cannot read output ${named.name}: ${ZIPMAP_NOTE}`);
    if (scores.includes(named)) return { input, output: scoreOutput(file, named, hints), notes: notesWithout(notes, named) };
    if (labels.includes(named)) return { input, output: { kind: 'labels', name: named.name }, notes: notesWithout(notes, named) };
    throw load(file, `cannot read output ${named.name} (${describeValue(named)}): the adapter reads class scores ${batched ? '[N, C]' : '[C]'} of float or labels of int64`);
  }

  if (scores.length > 0) {
    const chosen = pickOne(file, scores, /prob/i, 'class-score');
    for (const other of scores) if (other !== chosen) notes.push(`output ${other.name} was not used: ${chosen.name} was taken as the class scores`);
    for (const label of labels) notes.push(`output ${label.name} was not used: the labels are the argmax of ${chosen.name}`);
    return { input, output: scoreOutput(file, chosen, hints), notes };
  }
  if (labels.length > 0) {
    const chosen = pickOne(file, labels, /label/i, 'label');
    return { input, output: { kind: 'labels', name: chosen.name }, notes };
  }
  if (outputs.some((o) => !o.isTensor)) {
    throw load(file, `has no tensor output the adapter can read: ${outputs.filter((o) => !o.isTensor).map((o) => o.name).join(', ')} ${ZIPMAP_NOTE.replace(/^it is/, 'is')}`);
  }
  throw load(file, `has no output of class scores [N, C] or labels [N]; its outputs are ${list(outputs)}`);
}

function chooseInput(file: string, inputs: readonly OnnxValueMetadata[], hints: SignatureHints): OnnxInputPlan {
  if (inputs.length === 0) throw load(file, 'has no inputs; expected one float input of features [N, d]');
  if (inputs.length > 1) {
    throw load(
      file,
      `has ${inputs.length} inputs (${list(inputs)}); the adapter feeds one float input of features [N, d]. ` +
        'Export the model with a single input (sklearn-onnx: one FloatTensorType([None, d]) for all columns)',
    );
  }
  const input = inputs[0]!;
  if (!input.isTensor) throw load(file, `input ${input.name} is not a tensor; expected float features [N, d]`);
  if (!FLOAT_TYPES.has(input.type ?? '')) throw load(file, `input ${input.name} is ${input.type ?? 'untyped'}; the adapter feeds float32 or float64 features [N, d]`);
  const type = input.type as 'float32' | 'float64';
  const shape = input.shape ?? [];
  const given = hints.numFeatures;
  const known = (d: number | string | undefined): d is number => typeof d === 'number' && d > 0;

  let rowDims: number[];
  let batching: OnnxBatching;
  if (shape.length === 0 || shape.length === 1) {
    const d = shape[0];
    if (known(d)) rowDims = [d];
    else if (given !== undefined) rowDims = [given];
    else throw load(file, `input ${input.name} declares ${shape.length === 0 ? 'no shape' : `shape [${shape.join(', ')}]`}; give numFeatures`);
    batching = shape.length === 0 ? { kind: 'dynamic' } : { kind: 'none' };
  } else {
    const batch = shape[0];
    batching = known(batch) ? { kind: 'fixed', rows: batch } : { kind: 'dynamic' };
    const inner = shape.slice(1);
    if (inner.every(known)) rowDims = inner;
    else if (inner.length === 1 && given !== undefined) rowDims = [given];
    else throw load(file, `input ${input.name} has shape [${shape.join(', ')}], whose row size is not fixed; ${inner.length === 1 ? 'give numFeatures' : 'the adapter needs fixed dimensions after the batch axis'}`);
  }
  let numFeatures = 1;
  for (const d of rowDims) numFeatures *= d;
  if (numFeatures > hints.maxFeatures) {
    throw load(file, `input ${input.name} declares ${numFeatures} features per row (shape [${shape.join(', ')}]), more than the ${hints.maxFeatures} the adapter accepts (maxFeatures)`);
  }
  if (given !== undefined && given !== numFeatures) throw load(file, `input ${input.name} takes ${numFeatures} features per row, but numFeatures is ${given}`);
  return { name: input.name, type, numFeatures, rowDims, batching };
}

/** [N, C] (or not declared) for batched inputs; [C], [1, C] (or not declared) for single rows. */
function scoreShape(shape: readonly (number | string)[], batched: boolean): boolean {
  if (shape.length === 0) return true;
  if (batched) return shape.length === 2;
  return shape.length === 1 || (shape.length === 2 && shape[0] === 1);
}

/** [N] or [N, 1] for batched inputs; [], [1] or [1, 1] for single rows. */
function labelShape(shape: readonly (number | string)[], batched: boolean): boolean {
  if (batched) return shape.length === 1 || (shape.length === 2 && shape[1] === 1);
  return shape.length <= 2 && shape.every((d) => d === 1);
}

function scoreOutput(file: string, out: OnnxValueMetadata, hints: SignatureHints): OnnxOutputPlan {
  const shape = out.shape ?? [];
  const last = shape[shape.length - 1];
  const columns = typeof last === 'number' && last > 0 ? last : undefined;
  if (columns !== undefined && columns > hints.maxClasses) {
    throw load(file, `output ${out.name} declares ${columns} classes (shape [${shape.join(', ')}]), more than the ${hints.maxClasses} the adapter accepts (maxClasses)`);
  }
  return { kind: 'scores', name: out.name, columns };
}

function pickOne(file: string, candidates: OnnxValueMetadata[], preferred: RegExp, what: string): OnnxValueMetadata {
  if (candidates.length === 1) return candidates[0]!;
  const named = candidates.filter((c) => preferred.test(c.name));
  if (named.length === 1) return named[0]!;
  throw load(file, `has ${candidates.length} ${what} outputs (${list(candidates)}); choose one with outputName`);
}

function notesWithout(notes: string[], chosen: OnnxValueMetadata): string[] {
  return notes.filter((n) => !n.startsWith(`output ${chosen.name} `));
}

function describeValue(v: OnnxValueMetadata): string {
  return v.isTensor ? `${v.type ?? '?'} [${(v.shape ?? []).join(', ')}]` : 'not a tensor';
}

function list(values: readonly OnnxValueMetadata[]): string {
  return values.map((v) => `${v.name}: ${describeValue(v)}`).join('; ');
}

function load(file: string, message: string): AisecError {
  return new AisecError('ERR_MODEL_LOAD', `${file} ${message}`);
}
