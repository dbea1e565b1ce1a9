import { readFields, readPackedVarints, readString, type WireBudget, type WireField } from '../_shared/protobuf-wire.js';
import type { ByteSource } from '../_shared/protobuf-wire-source.js';
import { WireError } from '../_shared/protobuf-wire.js';

/** A node of any graph or function in the model. */
export interface OnnxNode {
  readonly domain: string;
  readonly opType: string;
  readonly name: string;
  readonly offset: number;
}

/** A tensor (initializer, attribute value, sparse part) with what matters about its data. */
export interface OnnxTensor {
  readonly name: string;
  readonly dataType: number;
  readonly dims: readonly bigint[];
  /** `raw_data` length, when present. */
  readonly rawBytes?: number;
  /** `data_location` is EXTERNAL (1), or external_data entries exist. */
  readonly external: boolean;
  /** external_data key/value entries (values capped). */
  readonly entries: ReadonlyMap<string, string>;
  readonly offset: number;
}

/** Everything the ONNX rules look at, collected in one pass over the file. */
export interface OnnxModel {
  irVersion?: number;
  readonly opsets: Map<string, number>;
  readonly nodes: OnnxNode[];
  readonly tensors: OnnxTensor[];
  /** `domain::name` of every function the model defines itself. */
  readonly functions: Set<string>;
}

/** Graphs nested deeper than this (If/Loop/Scan bodies) are not walked. */
export const MAX_GRAPH_DEPTH = 32;
/** Nodes and tensors kept at most; beyond, the walk stops as a limit. */
export const MAX_ITEMS = 5_000_000;

const str = (src: ByteSource, f: WireField, max = 1024) => (f.wireType === 2 ? readString(src, f, max).text : '');

/**
 * Walk a ModelProto in `src`: graph, nested graphs in attributes, functions and training
 * graphs, collecting nodes and tensors. Throws {@link WireError} on malformed data or limits.
 *
 * @see https://github.com/onnx/onnx/blob/main/onnx/onnx.proto
 */
export function walkModel(src: ByteSource, budget: WireBudget): OnnxModel {
  const model: OnnxModel = { opsets: new Map(), nodes: [], tensors: [], functions: new Set() };
  const w = new Walker(src, budget, model);
  for (const f of readFields(src, 0, src.size, budget)) {
    if (f.number === 1 && f.wireType === 0) model.irVersion = f.value;
    else if (f.number === 7 && f.wireType === 2) w.graph(f, 0);
    else if (f.number === 8 && f.wireType === 2) w.opset(f);
    else if (f.number === 25 && f.wireType === 2) w.function(f);
    else if (f.number === 20 && f.wireType === 2) {
      for (const g of w.fields(f)) if ((g.number === 1 || g.number === 2) && g.wireType === 2) w.graph(g, 1);
    }
  }
  return model;
}

class Walker {
  constructor(
    readonly src: ByteSource,
    readonly budget: WireBudget,
    readonly model: OnnxModel,
  ) {}

  fields(f: WireField) {
    return readFields(this.src, f.start, f.end, this.budget);
  }

  private room(): void {
    if (this.model.nodes.length + this.model.tensors.length > MAX_ITEMS) throw new WireError(`more than ${MAX_ITEMS} nodes and tensors`, 0, 'limit');
  }

  opset(f: WireField): void {
    let domain = '';
    let version = 0;
    for (const g of this.fields(f)) {
      if (g.number === 1) domain = str(this.src, g);
      else if (g.number === 2 && g.wireType === 0) version = g.value;
    }
    this.model.opsets.set(domain, version);
  }

  function(f: WireField): void {
    let name = '';
    let domain = '';
    for (const g of this.fields(f)) {
      if (g.number === 1) name = str(this.src, g);
      else if (g.number === 10) domain = str(this.src, g);
      else if (g.number === 7 && g.wireType === 2) this.node(g, 1);
    }
    this.model.functions.add(`${domain}::${name}`);
  }

  graph(f: WireField, depth: number): void {
    if (depth > MAX_GRAPH_DEPTH) throw new WireError(`graphs nested deeper than ${MAX_GRAPH_DEPTH}`, f.offset, 'limit');
    for (const g of this.fields(f)) {
      if (g.wireType !== 2) continue;
      if (g.number === 1) this.node(g, depth);
      else if (g.number === 5) this.tensor(g);
      else if (g.number === 15) this.sparse(g);
    }
  }

  node(f: WireField, depth: number): void {
    this.room();
    let domain = '';
    let opType = '';
    let name = '';
    for (const g of this.fields(f)) {
      if (g.number === 4) opType = str(this.src, g);
      else if (g.number === 7) domain = str(this.src, g);
      else if (g.number === 3) name = str(this.src, g);
      else if (g.number === 5 && g.wireType === 2) this.attribute(g, depth);
    }
    this.model.nodes.push({ domain, opType, name, offset: f.offset });
  }

  attribute(f: WireField, depth: number): void {
    for (const g of this.fields(f)) {
      if (g.wireType !== 2) continue;
      if (g.number === 5 || g.number === 10) this.tensor(g);
      else if (g.number === 6 || g.number === 11) this.graph(g, depth + 1);
      else if (g.number === 22 || g.number === 23) this.sparse(g);
    }
  }

  sparse(f: WireField): void {
    for (const g of this.fields(f)) if ((g.number === 1 || g.number === 2) && g.wireType === 2) this.tensor(g);
  }

  tensor(f: WireField): void {
    this.room();
    let name = '';
    let dataType = 0;
    const dims: bigint[] = [];
    let rawBytes: number | undefined;
    let location = 0;
    const entries = new Map<string, string>();
    for (const g of this.fields(f)) {
      if (g.number === 8) name = str(this.src, g);
      else if (g.number === 2 && g.wireType === 0) dataType = g.value;
      else if (g.number === 1 && dims.length < 64) dims.push(...readPackedVarints(this.src, g, 64 - dims.length));
      else if (g.number === 9 && g.wireType === 2) rawBytes = g.end - g.start;
      else if (g.number === 14 && g.wireType === 0) location = g.value;
      else if (g.number === 13 && g.wireType === 2 && entries.size < 64) {
        let key = '';
        let value = '';
        for (const h of this.fields(g)) {
          if (h.number === 1) key = str(this.src, h, 256);
          else if (h.number === 2) value = str(this.src, h, 4096);
        }
        entries.set(key, value);
      }
    }
    this.model.tensors.push({ name, dataType, dims, ...(rawBytes !== undefined ? { rawBytes } : {}), external: location === 1 || entries.size > 0, entries, offset: f.offset });
  }
}
