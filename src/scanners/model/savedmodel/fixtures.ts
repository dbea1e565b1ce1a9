import { WireWriter } from '../_shared/protobuf-wire-writer.js';

/**
 * A SavedModel (`saved_model.pb`) writer for tests, built on the wire writer: graph nodes with
 * string attributes and string constants, functions, assets and Keras object metadata.
 */

/** A NodeDef to write. */
export interface FixtureTfNode {
  readonly name: string;
  readonly op: string;
  readonly inputs?: readonly string[];
  /** String attributes; `value` on a Const becomes a string tensor. */
  readonly attrs?: Readonly<Record<string, string | readonly string[]>>;
}

/** What to write. */
export interface FixtureSavedModel {
  readonly nodes?: readonly FixtureTfNode[];
  readonly functions?: readonly { readonly name: string; readonly nodes: readonly FixtureTfNode[] }[];
  readonly assets?: readonly string[];
  readonly kerasMetadata?: readonly string[];
  /** Leave out saved_model_schema_version (older writers). */
  readonly noVersion?: boolean;
}

function writeNode(w: WireWriter, n: FixtureTfNode): void {
  w.string(1, n.name).string(2, n.op);
  for (const i of n.inputs ?? []) w.string(3, i);
  for (const [key, value] of Object.entries(n.attrs ?? {})) {
    w.message(5, (e) =>
      e.string(1, key).message(2, (a) => {
        if (n.op === 'Const' && key === 'value') a.message(8, (t) => t.varint(1, 7).string(8, String(value)));
        else if (Array.isArray(value)) a.message(1, (l) => value.forEach((v) => l.string(2, v)));
        else a.string(2, String(value));
      }),
    );
  }
}

/** Write a saved_model.pb. */
export function buildSavedModel(m: FixtureSavedModel): Uint8Array {
  const w = new WireWriter();
  if (!m.noVersion) w.varint(1, 1);
  w.message(2, (meta) => {
    meta.message(1, (info) => info.string(1, 'meta').string(4, 'serve').string(5, '2.15.0'));
    meta.message(2, (g) => {
      for (const n of m.nodes ?? []) g.message(1, (x) => writeNode(x, n));
      if (m.functions?.length) {
        g.message(2, (lib) => {
          for (const f of m.functions!) {
            lib.message(1, (fn) => {
              fn.message(1, (sig) => sig.string(1, f.name));
              for (const n of f.nodes) fn.message(3, (y) => writeNode(y, n));
            });
          }
        });
      }
      g.message(4, (v) => v.varint(1, 1286));
    });
    for (const a of m.assets ?? []) meta.message(6, (x) => x.string(2, a));
    if (m.kerasMetadata?.length) {
      meta.message(7, (og) => {
        for (const json of m.kerasMetadata!) og.message(1, (obj) => obj.message(4, (u) => u.string(1, '_tf_keras_layer').varint(2, 1).string(3, json)));
      });
    }
  });
  return w.finish();
}

/** Write a frozen GraphDef (the graph alone, no SavedModel around it). */
export function buildFrozenGraph(nodes: readonly FixtureTfNode[]): Uint8Array {
  const w = new WireWriter();
  for (const n of nodes) w.message(1, (x) => writeNode(x, n));
  w.message(4, (v) => v.varint(1, 1286));
  return w.finish();
}

/** Write a keras_metadata.pb (SavedMetadata) holding these layer configurations. */
export function buildKerasMetadata(configs: readonly string[]): Uint8Array {
  const w = new WireWriter();
  configs.forEach((json, i) => w.message(1, (o) => o.message(1, (v) => v.varint(1, 2)).varint(2, i + 1).string(3, `root.layer-${i}`).string(4, '_tf_keras_layer').string(5, json)));
  return w.finish();
}
