import { describe, expect, it } from 'vitest';
import { systemJsonSchema } from './json-schema.js';
import { renderDescriptorReference } from './reference.js';

type Node = { properties?: Record<string, Node>; items?: Node; oneOf?: Node[]; anyOf?: Node[] };

/** Every property name in the schema, at any depth. */
function fieldNames(node: Node, out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    out.add(key);
    fieldNames(child, out);
  }
  for (const child of [node.items, ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) if (child) fieldNames(child, out);
  return out;
}

describe('renderDescriptorReference', () => {
  const doc = renderDescriptorReference();

  it('has a table for every object of the descriptor', () => {
    const headings = [...doc.matchAll(/^## `(.+)`$/gm)].map((m) => m[1]);
    expect(headings).toEqual(
      expect.arrayContaining([
        'aisec.yaml',
        'users',
        'users.scale',
        'models[]',
        'datasets[]',
        'datasets[].schema',
        'datasets[].schema.columns[]',
        'datasets[].rules[] (check: regex)',
        'endpoints[]',
        'llm[]',
        'llm[].tools[]',
        'llm[].retrieval[]',
      ]),
    );
  });

  it('documents every field of the schema with its description', () => {
    for (const name of fieldNames(systemJsonSchema() as Node)) expect(doc).toContain(`| \`${name}\` |`);
    expect(doc).toContain('| `rateLimit` | integer > 0 or null | no | Requests per minute allowed per caller; null states there is no limit.');
    expect(doc).toContain('| `role` | one of `train`, `eval`, `reference`, `production-log` | yes |');
  });

  it('keeps every table row well-formed', () => {
    for (const line of doc.split('\n').filter((l) => l.startsWith('| `'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    }
  });

  it('is deterministic', () => {
    expect(renderDescriptorReference()).toBe(doc);
  });
});
