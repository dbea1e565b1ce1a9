// Writes the taxonomy data aisec ships under data/taxonomies/ from the original files:
//
//   atlas/atlas.json                 MITRE ATLAS, compacted from ATLAS.yaml (tactics, techniques
//                                    and sub-techniques, mitigations with the techniques they
//                                    mitigate, case studies with their procedure steps)
//   atlas/LICENSE-atlas-data.txt     copied
//   cosai/cosai-risk-map.json        CoSAI Risk Map, compacted from its YAML files (components,
//                                    risks, controls, personas, with their mappings)
//   cosai/LICENSE-secure-ai-tooling.txt  copied
//   frameworks/*.json                OWASP LLM 2025, ML 2023, Agentic; NIST AI RMF 1.0 core,
//                                    NIST AI 600-1; ISO/IEC 42001 Annex A; EU AI Act high-risk
//                                    articles: copied unchanged
//   frameworks/LICENSE-CC-BY-SA-4.0.txt  the licence of the OWASP titles, copied
//
//   npx tsx scripts/taxonomy/vendor-taxonomies.ts [--from DIR] [--out DIR] [--check]
//
// DIR for --from defaults to ../shared/data/taxonomies beside the repository. --check compares
// with the files in --out instead of writing them (exit code 1 when they differ). Nothing here
// is random and keys are written in a fixed order, so the same originals give the same bytes;
// test/taxonomy-vendor.test.ts checks that when the originals are present.
// data/taxonomies/SOURCES.md is written by hand and not touched here.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the originals are during development. */
export const DEFAULT_SOURCE_DIR = path.resolve(ROOT, '../shared/data/taxonomies');
/** Where the vendored files live. */
export const VENDORED_DIR = path.join(ROOT, 'data/taxonomies');

/** Framework files copied unchanged: vendored name → original path under the source folder. */
const COPIED: Readonly<Record<string, string>> = {
  'atlas/LICENSE-atlas-data.txt': 'atlas/LICENSE-atlas-data.txt',
  'cosai/LICENSE-secure-ai-tooling.txt': 'cosai-risk-map/LICENSE-secure-ai-tooling.txt',
  'frameworks/LICENSE-CC-BY-SA-4.0.txt': 'plot4ai/LICENSE-plot4ai-library.txt',
  'frameworks/owasp-llm-top10-2025.json': 'frameworks/owasp-llm-top10-2025.json',
  'frameworks/owasp-ml-top10-2023.json': 'frameworks/owasp-ml-top10-2023.json',
  'frameworks/owasp-agentic-top10-2026.json': 'frameworks/owasp-agentic-top10-2026.json',
  'frameworks/nist-ai-rmf-1.0-core.json': 'frameworks/nist-ai-rmf-1.0-core.json',
  'frameworks/nist-ai-600-1-gai-risks.json': 'frameworks/nist-ai-600-1-gai-risks.json',
  'frameworks/iso-iec-42001-2023-annex-a.json': 'frameworks/iso-iec-42001-2023-annex-a.json',
  'frameworks/eu-ai-act-high-risk.json': 'frameworks/eu-ai-act-high-risk.json',
};

/** Where the originals came from (SOURCES.md beside them says the same). */
const ATLAS_ORIGIN = { repository: 'mitre-atlas/atlas-data', path: 'dist/ATLAS.yaml', commit: '8ee2c689a7d3c65ddf2bfe4950a4f3ecffa6f48b', licence: 'Apache-2.0' };
const COSAI_ORIGIN = { repository: 'cosai-oasis/secure-ai-tooling', path: 'risk-map/yaml/', commit: '18ab1ef17e5c0b09ded45287fdd1977605de80ad', licence: 'Apache-2.0' };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, unknown>;

class VendorError extends Error {}

function fail(file: string, where: string, what: string): never {
  throw new VendorError(`${file}: ${where}: ${what}`);
}

function obj(value: unknown, file: string, where: string): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(file, where, 'expected a mapping');
  return value as Obj;
}

function list(value: unknown, file: string, where: string): unknown[] {
  if (!Array.isArray(value)) fail(file, where, 'expected a list');
  return value;
}

function str(value: unknown, file: string, where: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(file, where, 'expected a non-empty string');
  return value;
}

function optStr(value: unknown, file: string, where: string): string | null {
  return value === undefined || value === null ? null : str(value, file, where);
}

function strs(value: unknown, file: string, where: string): string[] {
  if (value === undefined || value === null) return [];
  return list(value, file, where).map((v, i) => str(v, file, `${where}[${i}]`));
}

/** Text of a YAML description: a string, or a list of paragraphs and bullet lists. Template references are resolved to plain words. */
function text(value: unknown, file: string, where: string): string {
  if (value === undefined || value === null) return '';
  const flat = (v: unknown, w: string): string => {
    if (typeof v === 'string') return v.trim();
    if (Array.isArray(v)) return v.map((item, i) => (Array.isArray(item) ? item.map((b, j) => `- ${flat(b, `${w}[${i}][${j}]`)}`).join('\n') : flat(item, `${w}[${i}]`))).join('\n\n');
    return fail(file, w, 'expected text or a list of paragraphs');
  };
  return flat(value, where)
    .replace(/ ?\(\{\{ref:[^}]*\}\}\)| ?\{\{ref:[^}]*\}\}/g, '')
    .replace(/\{\{((?:risk|control|component|persona)[A-Za-z0-9]+)\}\}/g, '$1');
}

function readYaml(dir: string, rel: string): Obj {
  const file = path.join(dir, rel);
  const value: unknown = parseYaml(readFileSync(file, 'utf8'), { version: '1.2', maxAliasCount: 0 });
  return obj(value, rel, '(top level)');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function attackRef(value: unknown, file: string, where: string): string | null {
  if (value === undefined || value === null) return null;
  return str(obj(value, file, where)['id'], file, `${where}.id`);
}

/** ATLAS.yaml → the compact index aisec loads. */
export function compactAtlas(sourceDir: string): Json {
  const rel = 'atlas/ATLAS.yaml';
  const bytes = readFileSync(path.join(sourceDir, rel));
  const doc = readYaml(sourceDir, rel);
  const matrix = obj(list(doc['matrices'], rel, 'matrices')[0], rel, 'matrices[0]');
  const tactics = list(matrix['tactics'], rel, 'matrices[0].tactics').map((t, i) => {
    const w = `matrices[0].tactics[${i}]`;
    const o = obj(t, rel, w);
    return { id: str(o['id'], rel, `${w}.id`), name: str(o['name'], rel, `${w}.name`), description: text(o['description'], rel, `${w}.description`), attackRef: attackRef(o['ATT&CK-reference'], rel, `${w}.ATT&CK-reference`) };
  });
  const techniques = list(matrix['techniques'], rel, 'matrices[0].techniques').map((t, i) => {
    const w = `matrices[0].techniques[${i}]`;
    const o = obj(t, rel, w);
    return {
      id: str(o['id'], rel, `${w}.id`),
      name: str(o['name'], rel, `${w}.name`),
      parent: optStr(o['subtechnique-of'], rel, `${w}.subtechnique-of`),
      tactics: strs(o['tactics'], rel, `${w}.tactics`),
      maturity: optStr(o['maturity'], rel, `${w}.maturity`),
      attackRef: attackRef(o['ATT&CK-reference'], rel, `${w}.ATT&CK-reference`),
      description: text(o['description'], rel, `${w}.description`),
    };
  });
  const use = (u: unknown, w: string) => {
    const uo = obj(u, rel, w);
    return { id: str(uo['id'], rel, `${w}.id`), use: text(uo['use'], rel, `${w}.use`) };
  };
  const mitigations = list(matrix['mitigations'], rel, 'matrices[0].mitigations').map((m, i) => {
    const w = `matrices[0].mitigations[${i}]`;
    const o = obj(m, rel, w);
    // ATLAS 5.6.0 has one technique link ({id, use}) indented into AML.M0018's ml-lifecycle
    // list; it is a link to a technique, so it joins the techniques (see SOURCES.md).
    const stages = list(o['ml-lifecycle'] ?? [], rel, `${w}.ml-lifecycle`);
    const strayLinks = stages.flatMap((s, j) => (typeof s === 'object' && s !== null ? [use(s, `${w}.ml-lifecycle[${j}]`)] : []));
    return {
      id: str(o['id'], rel, `${w}.id`),
      name: str(o['name'], rel, `${w}.name`),
      category: strs(o['category'], rel, `${w}.category`),
      lifecycle: stages.flatMap((s, j) => (typeof s === 'object' && s !== null ? [] : [str(s, rel, `${w}.ml-lifecycle[${j}]`)])),
      description: text(o['description'], rel, `${w}.description`),
      techniques: [...list(o['techniques'] ?? [], rel, `${w}.techniques`).map((u, j) => use(u, `${w}.techniques[${j}]`)), ...strayLinks],
    };
  });
  const caseStudies = list(doc['case-studies'], rel, 'case-studies').map((c, i) => {
    const w = `case-studies[${i}]`;
    const o = obj(c, rel, w);
    return {
      id: str(o['id'], rel, `${w}.id`),
      name: str(o['name'], rel, `${w}.name`),
      type: str(o['case-study-type'], rel, `${w}.case-study-type`),
      incidentDate: optStr(o['incident-date'], rel, `${w}.incident-date`),
      target: optStr(o['target'], rel, `${w}.target`),
      actor: optStr(o['actor'], rel, `${w}.actor`),
      summary: text(o['summary'], rel, `${w}.summary`),
      procedure: list(o['procedure'], rel, `${w}.procedure`).map((p, j) => {
        const po = obj(p, rel, `${w}.procedure[${j}]`);
        return { tactic: str(po['tactic'], rel, `${w}.procedure[${j}].tactic`), technique: str(po['technique'], rel, `${w}.procedure[${j}].technique`) };
      }),
    };
  });
  return {
    format: 'aisec.taxonomy.atlas/v1',
    source: { ...ATLAS_ORIGIN, sha256: sha256(bytes) },
    version: str(doc['version'], rel, 'version'),
    tactics,
    techniques,
    mitigations,
    caseStudies,
  };
}

function mappings(value: unknown, file: string, where: string): Json {
  if (value === undefined || value === null) return {};
  const o = obj(value, file, where);
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(o).sort()) out[key] = strs(o[key], file, `${where}.${key}`);
  return out;
}

/** The CoSAI risk map YAML files → the compact map aisec loads. */
export function compactCosai(sourceDir: string): Json {
  const files = ['components.yaml', 'risks.yaml', 'controls.yaml', 'personas.yaml'];
  const hashes: Record<string, string> = {};
  for (const f of files) hashes[f] = sha256(readFileSync(path.join(sourceDir, 'cosai-risk-map', f)));
  const comp = readYaml(sourceDir, 'cosai-risk-map/components.yaml');
  const rf = 'cosai-risk-map/risks.yaml';
  const cf = 'cosai-risk-map/controls.yaml';
  const pf = 'cosai-risk-map/personas.yaml';
  const kf = 'cosai-risk-map/components.yaml';
  const risksDoc = readYaml(sourceDir, 'cosai-risk-map/risks.yaml');
  const controlsDoc = readYaml(sourceDir, 'cosai-risk-map/controls.yaml');
  const personasDoc = readYaml(sourceDir, 'cosai-risk-map/personas.yaml');
  const components = list(comp['components'], kf, 'components').map((c, i) => {
    const w = `components[${i}]`;
    const o = obj(c, kf, w);
    const edges = obj(o['edges'] ?? {}, kf, `${w}.edges`);
    return {
      id: str(o['id'], kf, `${w}.id`),
      title: str(o['title'], kf, `${w}.title`),
      category: str(o['category'], kf, `${w}.category`),
      subcategory: optStr(o['subcategory'], kf, `${w}.subcategory`),
      description: text(o['description'], kf, `${w}.description`),
      to: strs(edges['to'], kf, `${w}.edges.to`),
      from: strs(edges['from'], kf, `${w}.edges.from`),
    };
  });
  const risks = list(risksDoc['risks'], rf, 'risks').map((r, i) => {
    const w = `risks[${i}]`;
    const o = obj(r, rf, w);
    return {
      id: str(o['id'], rf, `${w}.id`),
      title: str(o['title'], rf, `${w}.title`),
      category: str(o['category'], rf, `${w}.category`),
      description: text(o['shortDescription'], rf, `${w}.shortDescription`),
      personas: strs(o['personas'], rf, `${w}.personas`),
      controls: strs(o['controls'], rf, `${w}.controls`),
      mappings: mappings(o['mappings'], rf, `${w}.mappings`),
      lifecycleStage: strs(o['lifecycleStage'], rf, `${w}.lifecycleStage`),
      impactType: strs(o['impactType'], rf, `${w}.impactType`),
      actorAccess: strs(o['actorAccess'], rf, `${w}.actorAccess`),
    };
  });
  const controls = list(controlsDoc['controls'], cf, 'controls').map((c, i) => {
    const w = `controls[${i}]`;
    const o = obj(c, cf, w);
    const risksOf = o['risks'] === 'all' ? 'all' : strs(o['risks'], cf, `${w}.risks`);
    return {
      id: str(o['id'], cf, `${w}.id`),
      title: str(o['title'], cf, `${w}.title`),
      category: str(o['category'], cf, `${w}.category`),
      description: text(o['description'], cf, `${w}.description`),
      personas: strs(o['personas'], cf, `${w}.personas`),
      // 'all' (assurance controls) stays; 'none' (governance controls) is an empty list.
      components: o['components'] === 'all' ? 'all' : o['components'] === 'none' ? [] : strs(o['components'], cf, `${w}.components`),
      risks: risksOf,
      mappings: mappings(o['mappings'], cf, `${w}.mappings`),
    };
  });
  const personas = list(personasDoc['personas'], pf, 'personas').map((p, i) => {
    const w = `personas[${i}]`;
    const o = obj(p, pf, w);
    return {
      id: str(o['id'], pf, `${w}.id`),
      title: str(o['title'], pf, `${w}.title`),
      deprecated: o['deprecated'] === true,
      description: text(o['description'], pf, `${w}.description`),
      responsibilities: strs(o['responsibilities'], pf, `${w}.responsibilities`),
    };
  });
  const categories = (doc: Obj, file: string) => list(doc['categories'] ?? [], file, 'categories').map((c, i) => {
    const o = obj(c, file, `categories[${i}]`);
    return { id: str(o['id'], file, `categories[${i}].id`), title: str(o['title'], file, `categories[${i}].title`) };
  });
  return {
    format: 'aisec.taxonomy.cosai/v1',
    source: { ...COSAI_ORIGIN, sha256: hashes },
    componentCategories: categories(comp, kf),
    controlCategories: categories(controlsDoc, cf),
    components,
    risks,
    controls,
    personas,
  };
}

/** Every vendored file (except SOURCES.md), by path under data/taxonomies/, as bytes. */
export function buildVendoredFiles(sourceDir = DEFAULT_SOURCE_DIR): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  out.set('atlas/atlas.json', Buffer.from(`${JSON.stringify(compactAtlas(sourceDir), null, 1)}\n`));
  out.set('cosai/cosai-risk-map.json', Buffer.from(`${JSON.stringify(compactCosai(sourceDir), null, 1)}\n`));
  for (const [to, from] of Object.entries(COPIED)) out.set(to, readFileSync(path.join(sourceDir, from)));
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function main(argv: string[]): number {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const from = path.resolve(arg('--from') ?? DEFAULT_SOURCE_DIR);
  const out = path.resolve(arg('--out') ?? VENDORED_DIR);
  if (!existsSync(from)) {
    process.stderr.write(`vendor-taxonomies: ${from} does not exist; pass --from DIR with the original taxonomy files.\n`);
    return 2;
  }
  let files: Map<string, Buffer>;
  try {
    files = buildVendoredFiles(from);
  } catch (error) {
    if (!(error instanceof VendorError)) throw error;
    process.stderr.write(`vendor-taxonomies: ${error.message}\n`);
    return 2;
  }
  if (argv.includes('--check')) {
    const differ = [...files].filter(([rel, bytes]) => !existsSync(path.join(out, rel)) || !readFileSync(path.join(out, rel)).equals(bytes)).map(([rel]) => rel);
    for (const rel of differ) process.stdout.write(`differs: ${rel}\n`);
    return differ.length === 0 ? 0 : 1;
  }
  for (const [rel, bytes] of files) {
    mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    writeFileSync(path.join(out, rel), bytes);
    process.stdout.write(`wrote ${path.join(path.relative(process.cwd(), out) || '.', rel)} (${bytes.length} bytes)\n`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
