/**
 * The id contract: every taxonomy id used anywhere in the project exists in the taxonomy data
 * aisec ships (data/taxonomies/). Ids come from plugin tags, from the mappings inside the data
 * itself, and from the text of the source, docs, examples, scripts and tests (ATLAS, OWASP,
 * CoSAI, NIST AI RMF and AI 600-1, ISO/IEC 42001 and EU AI Act shapes; see findTaxonomyIds).
 * Finding tags produced at run time are checked in finding-taxonomy.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cosai, findTaxonomyIds, owasp, parseTaxonomyId, suggestTaxonomyId, taxonomyEntry } from '../../src/taxonomy/index.js';
import { registeredPlugins } from './registered-plugins.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Folders scanned for ids written in text, and what is left out of them. */
const SCANNED = ['src', 'docs', 'examples', 'scripts', 'test', 'bench', 'README.md'];
const TEXT_FILE = /\.(ts|md|ya?ml)$/;
// Third-party corpora, and the taxonomy module's own tests, which use ids that do not exist on purpose.
const LEFT_OUT = [/^test\/fixtures\//, /^src\/taxonomy\/.*\.test\.ts$/, /(^|\/)node_modules\//];

function textFiles(rel: string): string[] {
  const abs = path.join(ROOT, rel);
  let entries;
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch {
    return TEXT_FILE.test(rel) ? [rel] : [];
  }
  return entries.flatMap((e) => {
    const child = `${rel}/${e.name}`;
    if (LEFT_OUT.some((p) => p.test(child))) return [];
    return e.isDirectory() ? textFiles(child) : TEXT_FILE.test(e.name) ? [child] : [];
  });
}

function missing(id: string): string | undefined {
  if (taxonomyEntry(id)) return undefined;
  const hint = suggestTaxonomyId(id);
  return hint ? `${id} (did you mean ${hint}?)` : id;
}

describe('every taxonomy id in plugin tags exists', () => {
  it.each(registeredPlugins().map((p) => [`${p.kind} ${p.id}`, p] as const))('%s', (_name, plugin) => {
    const ids = [...(plugin.tags.atlas ?? []), ...(plugin.tags.owasp ?? []), ...(plugin.tags.cosai ?? [])];
    expect(ids.flatMap((id) => missing(id) ?? [])).toEqual([]);
    for (const id of plugin.tags.atlas ?? []) expect(parseTaxonomyId(id)?.framework, id).toBe('atlas');
    for (const id of plugin.tags.owasp ?? []) expect(parseTaxonomyId(id)?.framework, id).toMatch(/^owasp-/);
    for (const id of plugin.tags.cosai ?? []) expect(parseTaxonomyId(id)?.framework, id).toBe('cosai');
  });
});

describe('every id the shipped data maps to exists', () => {
  it('OWASP LLM and ML items map to ATLAS techniques of the shipped release', () => {
    const items = [...owasp().llm.items, ...owasp().ml.items];
    expect(items.flatMap((i) => i.atlas.flatMap((id) => (missing(id) ? [`${i.id} → ${id}`] : [])))).toEqual([]);
  });

  it('CoSAI risks and controls map to ATLAS, OWASP LLM and NIST AI RMF ids that exist', () => {
    const problems: string[] = [];
    for (const item of [...cosai().risks, ...cosai().controls]) {
      for (const [framework, refs] of Object.entries(item.mappings)) {
        if (!['mitre-atlas', 'owasp-top10-llm', 'nist-ai-rmf'].includes(framework)) continue; // STRIDE and ISO 22989 names are not ids we ship
        for (const ref of refs) if (missing(ref)) problems.push(`${item.id} → ${ref}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('every taxonomy id written in the project exists', () => {
  const files = SCANNED.flatMap(textFiles);

  it('scans the source, docs and examples', () => {
    expect(files).toEqual(expect.arrayContaining(['src/scanners/builtin-scanners.ts', 'docs/architecture.md', 'README.md']));
    expect(files.length).toBeGreaterThan(300);
  });

  it('would catch a wrong id written in a file', () => {
    // Written with underscores that are taken out, so that this file itself holds no wrong id.
    const unmask = (text: string) => text.replaceAll('_', '');
    const planted = unmask("tags: { atlas: ['AML.T0010', 'AML.T_0241'], owasp: ['LLM03:2025', 'LLM_11:2025', 'ML_12'] } // maps to GV_-7.1");
    expect(findTaxonomyIds(planted).filter((f) => missing(f.id)).map((f) => f.text)).toEqual(['AML.T_0241', 'LLM_11:2025', 'ML_12', 'GV_-7.1'].map(unmask));
    expect(missing(unmask('LLM_11:2025'))).toBe(unmask('LLM_11:2025 (did you mean LLM01:2025?)'));
  });

  it('finds no id that is not in the shipped data', () => {
    const unknown: string[] = [];
    let seen = 0;
    for (const rel of files) {
      for (const found of findTaxonomyIds(readFileSync(path.join(ROOT, rel), 'utf8'))) {
        seen++;
        const problem = missing(found.id);
        if (problem) unknown.push(`${rel}:${found.line}: ${found.text} → ${problem}`);
      }
    }
    expect(unknown).toEqual([]);
    expect(seen).toBeGreaterThan(100);
  });
});
