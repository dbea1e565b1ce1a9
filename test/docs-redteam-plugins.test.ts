/** docs/redteam-plugins.md against the code: every built-in probe, strategy and detector has a row naming its tags, probe rows name the probe's detectors, and nothing is listed that does not exist. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinProbes, builtinResponseDetectors, builtinStrategies } from '../src/redteam/index.js';

const doc = readFileSync(new URL('../docs/redteam-plugins.md', import.meta.url), 'utf8');
const rows = new Map(
  doc
    .split('\n')
    .map((line) => /^\| `([a-z0-9-]+)` \|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m.input] as const),
);
const plugins = [...builtinProbes, ...builtinStrategies, ...builtinResponseDetectors];

describe('docs/redteam-plugins.md', () => {
  it.each(plugins.map((p) => [p.id, p] as const))('has a row for %s with its tags', (id, plugin) => {
    const row = rows.get(id);
    expect(row, `no row for ${id}`).toBeDefined();
    for (const tag of [...(plugin.tags.owasp ?? []), ...(plugin.tags.atlas ?? [])]) expect(row).toContain(tag);
  });

  it.each(builtinProbes.map((p) => [p.id, p] as const))('names the detectors of probe %s', (id, probe) => {
    for (const d of probe.detectors) expect(rows.get(id)).toContain(d);
  });

  it('lists nothing that does not exist', () => {
    const ids = new Set(plugins.map((p) => p.id));
    expect([...rows.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});
