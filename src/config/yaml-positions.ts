/**
 * Map a path inside a parsed YAML document (`['datasets', 0, 'path']`) back to its line and
 * column, so every problem can be reported as `file:line:column`.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';

/** A 1-based position in the descriptor. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A path into the descriptor: object keys and array indexes. */
export type DescriptorPath = readonly (string | number)[];

/** Looks up positions of paths in one parsed document. */
export type PositionLookup = (path: DescriptorPath) => SourcePosition | undefined;

/**
 * A lookup for `doc`: the position of the scalar value at a path, or of its key when the
 * value is a collection (whose first line is the key's line) or empty. Undefined when the
 * path does not exist in the YAML.
 */
export function createPositionLookup(doc: Document, lineCounter: LineCounter): PositionLookup {
  return (path) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : positionAt(lineCounter, offset);
  };
}

/** The 1-based line and column of a character offset. */
export function positionAt(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The position of `path`, or of its nearest ancestor present in the YAML; line 1 at worst. */
export function nearestPosition(lookup: PositionLookup, path: DescriptorPath): SourcePosition {
  for (let n = path.length; n >= 0; n--) {
    const found = lookup(path.slice(0, n));
    if (found) return found;
  }
  return { line: 1, column: 1 };
}

function offsetOf(doc: Document, path: DescriptorPath): number | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    node = resolve(doc, node);
    pair = undefined;
    if (isMap(node)) {
      pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return undefined;
    } else {
      return undefined;
    }
  }
  const keyStart = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  if ((isScalar(node) || isAlias(node)) && node.range) return node.range[0];
  if (keyStart !== undefined) return keyStart;
  return (node as Node | null | undefined)?.range?.[0] ?? (path.length === 0 ? 0 : undefined);
}

/** Follow aliases to their anchored node; a bounded number of hops guards against cycles. */
function resolve(doc: Document, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 16 && isAlias(current); hops++) current = current.resolve(doc);
  return current;
}
