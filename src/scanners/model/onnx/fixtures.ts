import { WireWriter } from '../_shared/protobuf-wire-writer.js';

/**
 * An ONNX ModelProto writer for tests, built on the wire writer: nodes with domains, nested
 * graphs in attributes, functions, initializers with raw or external data, training graphs.
 */

/** A tensor to write. */
export interface FixtureTensor {
  readonly name: string;
  readonly dataType?: number;
  readonly dims?: readonly (number | bigint)[];
  readonly raw?: Uint8Array;
  /** external_data entries; data_location is set to EXTERNAL when present. */
  readonly external?: Readonly<Record<string, string>>;
}

/** A node to write. */
export interface FixtureNode {
  readonly op: string;
  readonly domain?: string;
  readonly name?: string;
  /** A tensor attribute (Constant's `value`). */
  readonly tensor?: FixtureTensor;
  /** A graph attribute (If/Loop bodies). */
  readonly graph?: FixtureGraph;
}

/** A graph to write. */
export interface FixtureGraph {
  readonly nodes?: readonly FixtureNode[];
  readonly initializers?: readonly FixtureTensor[];
  readonly sparse?: readonly FixtureTensor[];
}

/** A model to write. */
export interface FixtureModel extends FixtureGraph {
  readonly irVersion?: number;
  readonly opsets?: readonly (readonly [string, number])[];
  readonly functions?: readonly { readonly name: string; readonly domain: string; readonly nodes: readonly FixtureNode[] }[];
  readonly training?: FixtureGraph;
}

/** Write a TensorProto's fields. */
export function writeTensor(w: WireWriter, t: FixtureTensor): void {
  if (t.dims?.length) w.packed(1, t.dims);
  w.varint(2, t.dataType ?? 1);
  w.string(8, t.name);
  if (t.raw) w.bytes(9, t.raw);
  if (t.external) {
    for (const [k, v] of Object.entries(t.external)) w.message(13, (e) => e.string(1, k).string(2, v));
    w.varint(14, 1);
  }
}

function writeNode(w: WireWriter, n: FixtureNode): void {
  w.string(1, 'X').string(2, 'Y');
  if (n.name) w.string(3, n.name);
  w.string(4, n.op);
  if (n.tensor) w.message(5, (a) => a.string(1, 'value').message(5, (t) => writeTensor(t, n.tensor!)).varint(20, 4));
  if (n.graph) w.message(5, (a) => a.string(1, 'then_branch').message(6, (g) => writeGraph(g, n.graph!)).varint(20, 5));
  if (n.domain !== undefined) w.string(7, n.domain);
}

function writeGraph(w: WireWriter, g: FixtureGraph): void {
  for (const n of g.nodes ?? []) w.message(1, (x) => writeNode(x, n));
  w.string(2, 'g');
  for (const t of g.initializers ?? []) w.message(5, (x) => writeTensor(x, t));
  for (const t of g.sparse ?? []) w.message(15, (s) => s.message(1, (x) => writeTensor(x, t)));
}

/** Write a ModelProto. */
export function buildOnnx(m: FixtureModel): Uint8Array {
  const w = new WireWriter().varint(1, m.irVersion ?? 8).string(2, 'aisec-tests').string(3, '1.0');
  w.message(7, (g) => writeGraph(g, m));
  for (const [domain, version] of m.opsets ?? [['', 17]]) w.message(8, (o) => o.string(1, domain).varint(2, version));
  if (m.training) w.message(20, (t) => t.message(2, (g) => writeGraph(g, m.training!)));
  for (const f of m.functions ?? []) {
    w.message(25, (x) => {
      x.string(1, f.name);
      for (const n of f.nodes) x.message(7, (y) => writeNode(y, n));
      x.string(10, f.domain);
    });
  }
  return w.finish();
}

/** `n` zero bytes. */
export const zeros = (n: number) => new Uint8Array(n);
