import { describe, expect, it } from 'vitest';
import { conceptLexicon } from './concept-lexicon.js';
import { buildConceptTrie, childOf } from './concept-trie.js';

/** Lower-casing fold over the BMP (the trie only needs some fold of each unit). */
const fold = Uint16Array.from({ length: 65536 }, (_, c) => {
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
});

/** Every edge of the table (key → child), read slot by slot: no filter, no probing order. */
function edgesOf(edgeTable: Int32Array): Map<number, number> {
  const edges = new Map<number, number>();
  for (let slot = 0; slot < edgeTable.length; slot += 2) if (edgeTable[slot] !== -1) edges.set(edgeTable[slot]!, edgeTable[slot + 1]!);
  return edges;
}

describe('buildConceptTrie', () => {
  const trie = buildConceptTrie(conceptLexicon, fold, (name) => name.length);

  it('reaches every form of the lexicon through childOf, ending at a node with a concept', () => {
    for (const forms of Object.values(conceptLexicon)) {
      for (const raw of forms) {
        const form = (raw.endsWith('=') ? raw.slice(0, -1) : raw).replace(/\s+/g, ' ');
        let node = trie.root[fold[form.charCodeAt(0)]!]!;
        expect(node, form).toBeGreaterThan(0);
        for (let i = 1; i < form.length; i++) {
          node = childOf(trie, node, fold[form.charCodeAt(i)]!);
          expect(node, form).toBeGreaterThan(0);
        }
        expect(trie.conceptAt[node], form).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('answers like a scan of the edge table for every ASCII unit and some others, on every node', () => {
    const all = edgesOf(trie.edgeTable);
    const units = [...Array.from({ length: 128 }, (_, c) => c), 0xe9, 0x43e, 0x4e00, 0x5ffd, 0xffff];
    let edges = 0;
    for (let node = 1; node < trie.conceptAt.length; node++) {
      for (const c of units) {
        const expected = all.get(node * 65536 + c) ?? -1;
        if (expected !== -1) edges++;
        if (childOf(trie, node, c) !== expected) expect.fail(`node ${node}, unit ${c}: ${childOf(trie, node, c)}, not ${expected}`);
      }
    }
    // The walk above crossed ASCII edges below the root, so the filter was exercised on both sides.
    expect(edges).toBeGreaterThan(1000);
  });
});
