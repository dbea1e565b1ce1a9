/**
 * ONNX ModelProto as plain objects, and their encoding with {@link ProtoEncoder}. Field numbers
 * are those of onnx/onnx.proto (IR version 8). Only what a feed-forward classifier and the
 * test fixtures of the adapters need is here: tensors with raw data, nodes with attributes
 * (subgraphs included), tensor/sequence/map value types, graphs and models with metadata.
 */
import { ProtoEncoder } from './protobuf-encoder.js';

/** TensorProto.DataType values. */
export const OnnxDataType = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  DOUBLE: 11,
} as const;

/** A tensor with its values (float32, float64, int64 or bool, stored as little-endian raw_data). */
export type OnnxTensor =
  | { readonly name: string; readonly dims: readonly number[]; readonly float32: ArrayLike<number> }
  | { readonly name: string; readonly dims: readonly number[]; readonly float64: ArrayLike<number> }
  | { readonly name: string; readonly dims: readonly number[]; readonly int64: readonly (number | bigint)[] }
  | { readonly name: string; readonly dims: readonly number[]; readonly bool: readonly boolean[] };

/** The type of a graph input or output. A shape entry is a size, or a name for a size chosen at run time. */
export type OnnxType =
  | { readonly tensor: { readonly elemType: number; readonly shape?: readonly (number | string)[] } }
  | { readonly sequence: OnnxType }
  | { readonly map: { readonly keyType: number; readonly valueType: OnnxType } };

/** A graph input or output. */
export interface OnnxValueInfo {
  readonly name: string;
  readonly type: OnnxType;
  readonly docString?: string;
}

/** A node attribute: exactly one of the value fields. */
export type OnnxAttribute = { readonly name: string } & (
  | { readonly int: number | bigint }
  | { readonly float: number }
  | { readonly string: string }
  | { readonly ints: readonly (number | bigint)[] }
  | { readonly floats: readonly number[] }
  | { readonly strings: readonly string[] }
  | { readonly tensor: OnnxTensor }
  | { readonly graph: OnnxGraph }
);

/** A node of the graph. */
export interface OnnxNode {
  readonly opType: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly name?: string;
  /** Operator set domain; the default ('' = ai.onnx) when left out. */
  readonly domain?: string;
  readonly attributes?: readonly OnnxAttribute[];
  readonly docString?: string;
}

/** A graph: nodes in topological order, constant tensors, and its inputs and outputs. */
export interface OnnxGraph {
  readonly name: string;
  readonly nodes: readonly OnnxNode[];
  readonly initializers?: readonly OnnxTensor[];
  readonly inputs: readonly OnnxValueInfo[];
  readonly outputs: readonly OnnxValueInfo[];
  readonly docString?: string;
}

/** A whole model file. */
export interface OnnxModel {
  readonly irVersion: number;
  /** Operator sets used, e.g. `[{ domain: '', version: 13 }]`. */
  readonly opsetImports: readonly { readonly domain: string; readonly version: number }[];
  readonly producerName?: string;
  readonly producerVersion?: string;
  readonly domain?: string;
  readonly modelVersion?: number;
  readonly docString?: string;
  readonly graph: OnnxGraph;
  /** metadata_props, in the order given. */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** AttributeProto.AttributeType values. */
const AttributeType = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8 } as const;

/**
 * Encode a model as the bytes of an `.onnx` file.
 *
 * @example
 * const bytes = encodeOnnxModel({ irVersion: 8, opsetImports: [{ domain: '', version: 13 }], graph });
 */
export function encodeOnnxModel(model: OnnxModel): Uint8Array {
  const e = new ProtoEncoder().int(1, model.irVersion);
  if (model.producerName !== undefined) e.string(2, model.producerName);
  if (model.producerVersion !== undefined) e.string(3, model.producerVersion);
  if (model.domain !== undefined) e.string(4, model.domain);
  if (model.modelVersion !== undefined) e.int(5, model.modelVersion);
  if (model.docString !== undefined) e.string(6, model.docString);
  e.message(7, (g) => encodeGraph(g, model.graph));
  for (const opset of model.opsetImports) e.message(8, (o) => o.string(1, opset.domain).int(2, opset.version));
  for (const [key, value] of Object.entries(model.metadata ?? {})) e.message(14, (m) => m.string(1, key).string(2, value));
  return e.finish();
}

function encodeGraph(e: ProtoEncoder, graph: OnnxGraph): void {
  for (const node of graph.nodes) e.message(1, (n) => encodeNode(n, node));
  e.string(2, graph.name);
  for (const tensor of graph.initializers ?? []) e.message(5, (t) => encodeTensor(t, tensor));
  if (graph.docString !== undefined) e.string(10, graph.docString);
  for (const input of graph.inputs) e.message(11, (v) => encodeValueInfo(v, input));
  for (const output of graph.outputs) e.message(12, (v) => encodeValueInfo(v, output));
}

function encodeNode(e: ProtoEncoder, node: OnnxNode): void {
  for (const input of node.inputs) e.string(1, input);
  for (const output of node.outputs) e.string(2, output);
  if (node.name !== undefined) e.string(3, node.name);
  e.string(4, node.opType);
  for (const attribute of node.attributes ?? []) e.message(5, (a) => encodeAttribute(a, attribute));
  if (node.docString !== undefined) e.string(6, node.docString);
  if (node.domain !== undefined) e.string(7, node.domain);
}

function encodeAttribute(e: ProtoEncoder, a: OnnxAttribute): void {
  e.string(1, a.name);
  if ('int' in a) e.int(3, a.int).int(20, AttributeType.INT);
  else if ('float' in a) e.float(2, a.float).int(20, AttributeType.FLOAT);
  else if ('string' in a) e.string(4, a.string).int(20, AttributeType.STRING);
  else if ('tensor' in a) e.message(5, (t) => encodeTensor(t, a.tensor)).int(20, AttributeType.TENSOR);
  else if ('graph' in a) e.message(6, (g) => encodeGraph(g, a.graph)).int(20, AttributeType.GRAPH);
  else if ('floats' in a) e.packedFloats(7, a.floats).int(20, AttributeType.FLOATS);
  else if ('ints' in a) e.packedInts(8, a.ints).int(20, AttributeType.INTS);
  else {
    for (const s of a.strings) e.string(9, s);
    e.int(20, AttributeType.STRINGS);
  }
}

function encodeTensor(e: ProtoEncoder, tensor: OnnxTensor): void {
  const count = tensor.dims.reduce((n, d) => n * d, 1);
  let dataType: number;
  let raw: Uint8Array;
  let width: number;
  if ('float32' in tensor) {
    [dataType, width] = [OnnxDataType.FLOAT, 4];
    raw = littleEndian(tensor.float32, width, (view, at, v) => view.setFloat32(at, v, true));
  } else if ('float64' in tensor) {
    [dataType, width] = [OnnxDataType.DOUBLE, 8];
    raw = littleEndian(tensor.float64, width, (view, at, v) => view.setFloat64(at, v, true));
  } else if ('int64' in tensor) {
    [dataType, width] = [OnnxDataType.INT64, 8];
    raw = littleEndian(tensor.int64, width, (view, at, v) => view.setBigInt64(at, BigInt(v), true));
  } else {
    [dataType, width] = [OnnxDataType.BOOL, 1];
    raw = Uint8Array.from(tensor.bool, (b) => (b ? 1 : 0));
  }
  if (raw.length !== count * width) throw new RangeError(`tensor ${tensor.name} has dims [${tensor.dims.join(', ')}] but ${raw.length / width} values`);
  if (tensor.dims.length > 0) e.packedInts(1, tensor.dims);
  e.int(2, dataType);
  e.string(8, tensor.name);
  e.bytes(9, raw);
}

function littleEndian<T>(values: ArrayLike<T>, width: number, set: (view: DataView, at: number, value: T) => void): Uint8Array {
  const raw = new Uint8Array(values.length * width);
  const view = new DataView(raw.buffer);
  for (let i = 0; i < values.length; i++) set(view, i * width, values[i]!);
  return raw;
}

function encodeValueInfo(e: ProtoEncoder, info: OnnxValueInfo): void {
  e.string(1, info.name);
  e.message(2, (t) => encodeType(t, info.type));
  if (info.docString !== undefined) e.string(3, info.docString);
}

function encodeType(e: ProtoEncoder, type: OnnxType): void {
  if ('tensor' in type) {
    const { elemType, shape } = type.tensor;
    e.message(1, (t) => {
      t.int(1, elemType);
      if (shape !== undefined) {
        t.message(2, (s) => {
          for (const dim of shape) s.message(1, (d) => (typeof dim === 'number' ? d.int(1, dim) : d.string(2, dim)));
        });
      }
    });
  } else if ('sequence' in type) {
    e.message(4, (s) => s.message(1, (t) => encodeType(t, type.sequence)));
  } else {
    e.message(5, (m) => m.int(1, type.map.keyType).message(2, (t) => encodeType(t, type.map.valueType)));
  }
}
