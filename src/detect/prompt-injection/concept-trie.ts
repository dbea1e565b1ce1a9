/**
 * The prompt-injection model's concept lexicon as a trie over folded code units: edges in an
 * open-addressing table, the root's edges in a direct table, the concept ending at each node.
 */
/** The concept lexicon as a trie over folded code units. */
export interface ConceptTrie {
  /** Edges, from node n on code unit c (key n · 65536 + c), as an open-addressing table of keys (−1: an empty slot) and children side by side: a lookup costs a few array reads, not a Map's hashing. */
  readonly edgeTable: Int32Array;
  readonly edgeMask: number;
  /** The root's edges as a table (0: none; the root is no node's child), so a word that starts no form costs one array read. */
  readonly root: Int32Array;
  /** The nodes two ASCII units down from the root, at c0 · 128 + c1 (0: none): most words leave the trie there, for one array read. */
  readonly asciiPairs: Int32Array;
  /**
   * Per node, bit (c & 31) set for each ASCII unit c it has an edge on: a unit whose bit is clear
   * has no edge, found with one array read instead of a probe of the edge table (most words leave
   * the trie so, on their third or fourth letter).
   */
  readonly asciiEdges: Int32Array;
  /** Concept index ending at each node (−1: none). */
  readonly conceptAt: Int32Array;
  /** Whether the form ending at the node must be a whole word. */
  readonly wholeWord: Uint8Array;
  readonly names: readonly string[];
  /** Hash of each concept's name. */
  readonly hashes: Uint32Array;
}

/**
 * Build the trie of `lexicon` (concept name → forms; a form ending in `=` must be a whole word),
 * its code units folded by `fold`, each concept's name hashed by `hashName`.
 */
export function buildConceptTrie(lexicon: Readonly<Record<string, readonly string[]>>, fold: Uint16Array, hashName: (name: string) => number): ConceptTrie {
  const names = Object.keys(lexicon);
  const edges = new Map<number, number>();
  const conceptAt: number[] = [-1];
  const wholeWord: number[] = [0];
  names.forEach((name, k) => {
    for (const raw of lexicon[name]!) {
      const whole = raw.endsWith('=');
      const form = (whole ? raw.slice(0, -1) : raw).replace(/\s+/g, ' ');
      let node = 0;
      for (let i = 0; i < form.length; i++) {
        const c = fold[form.charCodeAt(i)]!;
        const key = node * 65536 + c;
        let next = edges.get(key);
        if (next === undefined) {
          next = conceptAt.length;
          if (next >= 32768) throw new RangeError('the concept lexicon is too large for its trie');
          edges.set(key, next);
          conceptAt.push(-1);
          wholeWord.push(0);
        }
        node = next;
      }
      // The first concept listing a form keeps it.
      if (conceptAt[node] === -1) {
        conceptAt[node] = k;
        wholeWord[node] = whole ? 1 : 0;
      }
    }
  });
  const hashes = Uint32Array.from(names, hashName);
  const root = new Int32Array(65536);
  for (const [key, child] of edges) if (key < 65536) root[key] = child;
  const asciiPairs = new Int32Array(128 * 128);
  for (let c0 = 0; c0 < 128; c0++) {
    if (root[c0] === 0) continue;
    for (let c1 = 0; c1 < 128; c1++) asciiPairs[c0 * 128 + c1] = edges.get(root[c0]! * 65536 + c1) ?? 0;
  }
  const asciiEdges = new Int32Array(conceptAt.length);
  for (const key of edges.keys()) if (key % 65536 < 128) asciiEdges[Math.floor(key / 65536)]! |= 1 << (key % 32);
  let slots = 16;
  while (slots < 2 * edges.size) slots *= 2;
  const edgeTable = new Int32Array(2 * slots).fill(-1);
  const edgeMask = slots - 1;
  for (const [key, child] of edges) {
    let slot = edgeSlot(key) & edgeMask;
    while (edgeTable[2 * slot] !== -1) slot = (slot + 1) & edgeMask;
    edgeTable[2 * slot] = key;
    edgeTable[2 * slot + 1] = child;
  }
  return { edgeTable, edgeMask, root, asciiPairs, asciiEdges, conceptAt: Int32Array.from(conceptAt), wholeWord: Uint8Array.from(wholeWord), names, hashes };
}

/** Home slot of a trie edge key (before masking). */
function edgeSlot(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 12;
}

/** The child of trie node `node` on code unit `c`, or −1. */
export function childOf(trie: ConceptTrie, node: number, c: number): number {
  if (c < 128 && (trie.asciiEdges[node]! & (1 << (c & 31))) === 0) return -1;
  const key = node * 65536 + c;
  const { edgeTable, edgeMask } = trie;
  for (let slot = edgeSlot(key) & edgeMask; ; slot = (slot + 1) & edgeMask) {
    const k = edgeTable[2 * slot]!;
    if (k === key) return edgeTable[2 * slot + 1]!;
    if (k === -1) return -1;
  }
}
