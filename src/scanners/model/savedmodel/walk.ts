import { readFields, readString, WireError, type WireBudget, type WireField } from '../_shared/protobuf-wire.js';
import type { ByteSource } from '../_shared/protobuf-wire-source.js';

/** A NodeDef of a graph or function, with what the rules need. */
export interface TfNode {
  readonly name: string;
  readonly op: string;
  /** Names of the nodes its data inputs come from (`^control` inputs left out). */
  readonly inputs: readonly string[];
  /** String-valued attributes (`debug_urls`, `output_stream`, `memory_region_name`, ...), capped. */
  readonly stringAttrs: ReadonlyMap<string, readonly string[]>;
  /** For Const nodes: their first string value, capped. */
  readonly constString?: string;
  /** Graph or function it belongs to. */
  readonly scope: string;
  readonly offset: number;
}

/** What one pass over saved_model.pb collects. */
export interface SavedModelContent {
  readonly nodes: TfNode[];
  /** Asset file names (AssetFileDef.filename). */
  readonly assets: { readonly filename: string; readonly offset: number }[];
  /** Keras metadata JSON kept in the object graph (SavedUserObject.metadata, TF < 2.5). */
  readonly kerasMetadata: { readonly identifier: string; readonly json: string; readonly offset: number }[];
  metaGraphs: number;
}

/** Nodes kept at most. */
export const MAX_NODES = 5_000_000;
const MAX_STRING = 4096;
const MAX_METADATA = 16 * 1024 * 1024;

const str = (src: ByteSource, f: WireField, max = 1024) => (f.wireType === 2 ? readString(src, f, max).text : '');

/**
 * Walk a SavedModel (`saved_model.pb`): every MetaGraphDef's graph nodes and function
 * library, asset file names, and Keras metadata in the object graph; or a bare (frozen)
 * GraphDef; or the Keras metadata of `keras_metadata.pb`. Throws {@link WireError}.
 *
 * @see https://github.com/tensorflow/tensorflow/blob/master/tensorflow/core/protobuf/saved_model.proto
 */
export function walkSavedModel(src: ByteSource, budget: WireBudget, kind: 'savedmodel' | 'frozen-graph' | 'keras-metadata' = 'savedmodel'): SavedModelContent {
  const out: SavedModelContent = { nodes: [], assets: [], kerasMetadata: [], metaGraphs: 0 };
  const fields = (f: WireField) => readFields(src, f.start, f.end, budget);
  const node = (f: WireField, scope: string) => {
    if (out.nodes.length >= MAX_NODES) throw new WireError(`more than ${MAX_NODES} nodes`, f.offset, 'limit');
    let name = '';
    let op = '';
    const inputs: string[] = [];
    const stringAttrs = new Map<string, string[]>();
    let constString: string | undefined;
    for (const g of fields(f)) {
      if (g.number === 1) name = str(src, g);
      else if (g.number === 2) op = str(src, g);
      else if (g.number === 3 && g.wireType === 2 && inputs.length < 64) {
        const input = str(src, g);
        if (!input.startsWith('^')) inputs.push(input.split(':')[0]!);
      } else if (g.number === 5 && g.wireType === 2) {
        let key = '';
        const values: string[] = [];
        for (const h of fields(g)) {
          if (h.number === 1) key = str(src, h, 256);
          else if (h.number === 2 && h.wireType === 2) attrStrings(h, values);
        }
        if (values.length > 0) stringAttrs.set(key, values);
        if (key === 'value' && values.length > 0) constString = values[0];
      }
    }
    out.nodes.push({ name, op, inputs, stringAttrs, ...(op === 'Const' && constString !== undefined ? { constString } : {}), scope, offset: f.offset });
  };
  // AttrValue: s (2), list.s (1 → 2), tensor.string_val (8 → 8); strings only, capped.
  const attrStrings = (f: WireField, values: string[]) => {
    for (const a of fields(f)) {
      if (values.length >= 16 || a.wireType !== 2) continue;
      if (a.number === 2) {
        values.push(str(src, a, MAX_STRING));
      } else if (a.number === 1 || a.number === 8) {
        // list.s is field 2 of ListValue; tensor.string_val is field 8 of TensorProto.
        const inner = a.number === 1 ? 2 : 8;
        for (const l of fields(a)) if (l.number === inner && l.wireType === 2 && values.length < 16) values.push(str(src, l, MAX_STRING));
      }
    }
  };
  const graph = (f: WireField, scope: string) => {
    for (const g of fields(f)) {
      if (g.number === 1 && g.wireType === 2) node(g, scope);
      else if (g.number === 2 && g.wireType === 2) {
        for (const fn of fields(g)) if (fn.number === 1 && fn.wireType === 2) func(fn);
      }
    }
  };
  const func = (f: WireField) => {
    let name = '';
    const bodies: WireField[] = [];
    for (const g of fields(f)) {
      if (g.number === 1 && g.wireType === 2) for (const s of fields(g)) if (s.number === 1) name = str(src, s);
      if (g.number === 3 && g.wireType === 2) bodies.push(g);
    }
    for (const b of bodies) node(b, `function ${name}`);
  };
  const objectGraph = (f: WireField) => {
    for (const n of fields(f)) {
      if (n.number !== 1 || n.wireType !== 2) continue;
      for (const o of fields(n)) {
        if (o.number !== 4 || o.wireType !== 2) continue;
        let identifier = '';
        let json: string | undefined;
        for (const u of fields(o)) {
          if (u.number === 1) identifier = str(src, u, 256);
          else if (u.number === 3 && u.wireType === 2) json = readString(src, u, MAX_METADATA).text;
        }
        if (json) out.kerasMetadata.push({ identifier, json, offset: o.offset });
      }
    }
  };
  if (kind === 'keras-metadata') {
    // keras_metadata.pb: SavedMetadata.nodes, each a SavedObject with identifier (4) and metadata JSON (5).
    out.metaGraphs = 1;
    for (const n of readFields(src, 0, src.size, budget)) {
      if (n.number !== 1 || n.wireType !== 2) continue;
      let identifier = '';
      let json: string | undefined;
      for (const f of fields(n)) {
        if (f.number === 4) identifier = str(src, f, 256);
        else if (f.number === 5 && f.wireType === 2) json = readString(src, f, MAX_METADATA).text;
      }
      if (json) out.kerasMetadata.push({ identifier, json, offset: n.offset });
    }
    return out;
  }
  if (kind === 'frozen-graph') {
    // A frozen GraphDef (`.pb` from freeze_graph / convert_variables_to_constants) is the graph itself.
    out.metaGraphs = 1;
    graph({ number: 0, wireType: 2, offset: 0, value: 0, start: 0, end: src.size }, 'frozen graph');
    return out;
  }
  for (const top of readFields(src, 0, src.size, budget)) {
    if (top.number !== 2 || top.wireType !== 2) continue;
    out.metaGraphs++;
    for (const m of fields(top)) {
      if (m.wireType !== 2) continue;
      if (m.number === 2) graph(m, `meta graph ${out.metaGraphs}`);
      else if (m.number === 6) {
        for (const a of fields(m)) if (a.number === 2) out.assets.push({ filename: str(src, a, MAX_STRING), offset: a.offset });
      } else if (m.number === 7) objectGraph(m);
    }
  }
  return out;
}
