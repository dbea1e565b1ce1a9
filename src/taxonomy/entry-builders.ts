/**
 * Every framework's items as {@link TaxonomyEntry} values, with the links between them: ATLAS
 * technique ↔ mitigations, case studies, OWASP items and CoSAI risks; CoSAI risk ↔ controls;
 * NIST subcategories ← CoSAI mappings.
 */
import { atlas } from './atlas.js';
import { cosai, withoutVersion } from './cosai.js';
import type { FrameworkKey, TaxonomyEntry, TaxonomyLink } from './entry.js';
import { euAiAct } from './eu-ai-act.js';
import { iso42001 } from './iso-42001.js';
import { canonicalNistId, nistAiRmf, nistGai } from './nist.js';
import { canonicalOwaspId, owasp } from './owasp.js';

type Build = () => TaxonomyEntry[];

const links = (relation: string, ids: readonly string[]): TaxonomyLink[] => ids.map((id) => ({ relation, id }));

/** CoSAI risks and controls by the (canonical) id of another framework they map to. */
function cosaiMappedTo(framework: 'mitre-atlas' | 'owasp-top10-llm' | 'nist-ai-rmf', canonical: (ref: string) => string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const map = cosai();
  for (const item of [...map.risks, ...map.controls]) {
    for (const ref of item.mappings[framework] ?? []) {
      const id = canonical(withoutVersion(ref));
      if (id === undefined) continue;
      const list = out.get(id) ?? [];
      if (!list.includes(item.id)) list.push(item.id);
      out.set(id, list);
    }
  }
  return out;
}

const buildAtlas: Build = () => {
  const a = atlas();
  const o = owasp();
  const owaspOf = new Map<string, string[]>();
  for (const item of [...o.llm.items, ...o.ml.items]) for (const t of item.atlas) owaspOf.set(t, [...(owaspOf.get(t) ?? []), item.id]);
  const cosaiOf = cosaiMappedTo('mitre-atlas', (r) => r);
  const version = a.version;
  return [
    ...a.tactics.map((t): TaxonomyEntry => ({
      framework: 'atlas', version, kind: 'tactic', id: t.id, name: t.name, description: t.description, parent: null,
      children: (a.techniquesOf.get(t.id) ?? []).filter((id) => a.technique.get(id)!.parent === null),
      links: [],
    })),
    ...a.techniques.map((t): TaxonomyEntry => ({
      framework: 'atlas', version, kind: t.parent ? 'sub-technique' : 'technique', id: t.id, name: t.name, description: t.description, parent: t.parent,
      children: t.subtechniques,
      links: [
        ...links('tactic', t.tactics),
        ...links('mitigated by', a.mitigationsOf.get(t.id) ?? []),
        ...links('used in', a.caseStudiesOf.get(t.id) ?? []),
        ...links('OWASP item', owaspOf.get(t.id) ?? []),
        ...links('CoSAI', cosaiOf.get(t.id) ?? []),
      ],
    })),
    ...a.mitigations.map((m): TaxonomyEntry => ({
      framework: 'atlas', version, kind: 'mitigation', id: m.id, name: m.name, description: m.description, parent: null, children: [],
      links: [...links('mitigates', m.techniques.map((t) => t.id)), ...links('CoSAI', cosaiOf.get(m.id) ?? [])],
    })),
    ...a.caseStudies.map((c): TaxonomyEntry => ({
      framework: 'atlas', version, kind: 'case-study', id: c.id, name: c.name, description: c.summary, parent: null, children: [],
      links: links('uses', c.techniques),
    })),
  ];
};

const buildCosai: Build = () => {
  const map = cosai();
  const version = map.source.commit.slice(0, 12);
  const nist = (item: { mappings: Readonly<Record<string, readonly string[]>> }) => (item.mappings['nist-ai-rmf'] ?? []).flatMap((r) => canonicalNistId(withoutVersion(r)) ?? []);
  const atlasOf = (item: { mappings: Readonly<Record<string, readonly string[]>> }) => (item.mappings['mitre-atlas'] ?? []).map(withoutVersion);
  const owaspOf = (item: { mappings: Readonly<Record<string, readonly string[]>> }) => (item.mappings['owasp-top10-llm'] ?? []).flatMap((r) => canonicalOwaspId(withoutVersion(r)) ?? []);
  return [
    ...map.risks.map((r): TaxonomyEntry => ({
      framework: 'cosai', version, kind: 'risk', id: r.id, name: r.title, description: r.description, parent: null, children: [],
      links: [
        ...links('addressed by', map.controls.filter((c) => r.controls.includes(c.id) || (c.risks !== 'all' && c.risks.includes(r.id))).map((c) => c.id)),
        ...links('persona', r.personas),
        ...links('maps to', [...atlasOf(r), ...owaspOf(r), ...nist(r)]),
      ],
    })),
    ...map.controls.map((c): TaxonomyEntry => ({
      framework: 'cosai', version, kind: 'control', id: c.id, name: c.title, parent: null, children: [],
      description: [c.description, c.risks === 'all' ? 'The risk map applies this control to every risk.' : '', c.components === 'all' ? 'It applies to every component.' : ''].filter(Boolean).join('\n'),
      links: [
        ...links('addresses', c.risks === 'all' ? [] : map.risks.filter((r) => c.risks.includes(r.id) || r.controls.includes(c.id)).map((r) => r.id)),
        ...links('component', c.components === 'all' ? [] : c.components),
        ...links('persona', c.personas),
        ...links('maps to', [...atlasOf(c), ...owaspOf(c), ...nist(c)]),
      ],
    })),
    ...map.components.map((c): TaxonomyEntry => ({
      framework: 'cosai', version, kind: 'component', id: c.id, name: c.title, description: c.description, parent: null, children: [],
      links: [...links('feeds', c.to), ...links('fed by', c.from)],
    })),
    ...map.personas.map((p): TaxonomyEntry => ({
      framework: 'cosai', version, kind: 'persona', id: p.id, name: p.deprecated ? `${p.title} (deprecated)` : p.title,
      description: [p.description, ...p.responsibilities.map((r) => `- ${r}`)].filter(Boolean).join('\n'), parent: null, children: [], links: [],
    })),
  ];
};

function buildOwaspList(key: 'llm' | 'ml' | 'agentic', framework: FrameworkKey): Build {
  return () => {
    const list = owasp()[key];
    const cosaiOf = cosaiMappedTo('owasp-top10-llm', canonicalOwaspId);
    return list.items.map((i): TaxonomyEntry => ({
      framework, version: list.version, kind: 'item', id: i.id, name: i.title, description: i.summary, parent: null, children: [],
      links: [...links('maps to', i.atlas), ...links('CoSAI', cosaiOf.get(i.id) ?? [])],
    }));
  };
}

const buildNist: Build = () => {
  const rmf = nistAiRmf();
  const cosaiOf = cosaiMappedTo('nist-ai-rmf', canonicalNistId);
  const version = '1.0';
  return [
    ...rmf.functions.map((f): TaxonomyEntry => ({ framework: 'nist-ai-rmf', version, kind: 'function', id: f.id, name: f.id, description: f.summary, parent: null, children: f.categories.map((c) => c.id), links: [] })),
    ...rmf.categories.map((c): TaxonomyEntry => ({ framework: 'nist-ai-rmf', version, kind: 'category', id: c.id, name: `${c.id} (${c.shortId})`, description: c.text, parent: c.function, children: c.subcategories.map((s) => s.id), links: [] })),
    ...rmf.subcategories.map((s): TaxonomyEntry => ({ framework: 'nist-ai-rmf', version, kind: 'subcategory', id: s.id, name: `${s.id} (${s.shortId})`, description: s.text, parent: s.category, children: [], links: links('CoSAI', cosaiOf.get(s.id) ?? []) })),
  ];
};

const buildGai: Build = () =>
  nistGai().risks.map((r): TaxonomyEntry => ({ framework: 'nist-600-1', version: nistGai().published, kind: 'risk', id: r.id, name: r.title, description: r.summary, parent: null, children: [], links: [] }));

const buildIso: Build = () => {
  const iso = iso42001();
  return [
    ...iso.objectives.map((o): TaxonomyEntry => ({ framework: 'iso-42001', version: '2023', kind: 'objective', id: o.id, name: `${o.number} ${o.title}`, description: '', parent: null, children: o.controls.map((c) => c.id), links: [] })),
    ...iso.controls.map((c): TaxonomyEntry => ({ framework: 'iso-42001', version: '2023', kind: 'control', id: c.id, name: `${c.number} ${c.title}`, description: '', parent: c.objective, children: [], links: [] })),
  ];
};

const buildEu: Build = () => {
  const act = euAiAct();
  return act.articles.flatMap((a): TaxonomyEntry[] => [
    { framework: 'eu-ai-act', version: '2024/1689', kind: 'article', id: a.id, name: `Art. ${a.number} ${a.title}`, description: a.summary, parent: null, children: a.paragraphs.map((p) => p.id), links: [] },
    ...a.paragraphs.map((p): TaxonomyEntry => ({ framework: 'eu-ai-act', version: '2024/1689', kind: 'paragraph', id: p.id, name: `Art. ${p.label}`, description: p.summary, parent: a.id, children: [], links: [] })),
  ]);
};

/** The builders by framework. */
export const entryBuilders: Readonly<Record<FrameworkKey, Build>> = {
  atlas: buildAtlas,
  cosai: buildCosai,
  'owasp-llm': buildOwaspList('llm', 'owasp-llm'),
  'owasp-ml': buildOwaspList('ml', 'owasp-ml'),
  'owasp-agentic': buildOwaspList('agentic', 'owasp-agentic'),
  'nist-ai-rmf': buildNist,
  'nist-600-1': buildGai,
  'iso-42001': buildIso,
  'eu-ai-act': buildEu,
};
