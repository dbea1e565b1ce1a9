/**
 * MITRE ATLAS as aisec ships it (data/taxonomies/atlas/atlas.json, compacted from ATLAS.yaml):
 * tactics, techniques and sub-techniques with their parent, mitigations with the techniques they
 * mitigate, case studies with the techniques they use. Loaded once, on first use, validated and
 * frozen.
 *
 * @example
 * atlasTechnique('AML.T0024.002')?.name      // 'Extract AI Model'
 * atlasMitigationsFor('AML.T0020').map((m) => m.id)
 */
import path from 'node:path';
import { z } from 'zod';
import { deepFreeze, freezeMap, readVendoredJson, taxonomyDataError, VENDORED_TAXONOMY_DIR } from './read-vendored.js';

export const atlasTacticId = /^AML\.TA\d{4}$/;
export const atlasTechniqueId = /^AML\.T\d{4}(\.\d{3})?$/;
export const atlasMitigationId = /^AML\.M\d{4}$/;
export const atlasCaseStudyId = /^AML\.CS\d{4}$/;

const text = z.string();
const AtlasFileSchema = z
  .object({
    format: z.literal('aisec.taxonomy.atlas/v1'),
    source: z.object({ repository: z.string(), path: z.string(), commit: z.string(), licence: z.string(), sha256: z.string() }).strict(),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    tactics: z.array(z.object({ id: z.string().regex(atlasTacticId), name: z.string().min(1), description: text, attackRef: z.string().nullable() }).strict()).min(1),
    techniques: z
      .array(
        z
          .object({
            id: z.string().regex(atlasTechniqueId),
            name: z.string().min(1),
            parent: z.string().regex(atlasTechniqueId).nullable(),
            tactics: z.array(z.string().regex(atlasTacticId)),
            maturity: z.enum(['feasible', 'demonstrated', 'realized']).nullable(),
            attackRef: z.string().nullable(),
            description: text,
          })
          .strict(),
      )
      .min(1),
    mitigations: z.array(
      z
        .object({
          id: z.string().regex(atlasMitigationId),
          name: z.string().min(1),
          category: z.array(z.string()),
          lifecycle: z.array(z.string()),
          description: text,
          techniques: z.array(z.object({ id: z.string().regex(atlasTechniqueId), use: text }).strict()),
        })
        .strict(),
    ),
    caseStudies: z.array(
      z
        .object({
          id: z.string().regex(atlasCaseStudyId),
          name: z.string().min(1),
          type: z.enum(['incident', 'exercise']),
          incidentDate: z.string().nullable(),
          target: z.string().nullable(),
          actor: z.string().nullable(),
          summary: text,
          procedure: z.array(z.object({ tactic: z.string().regex(atlasTacticId), technique: z.string().regex(atlasTechniqueId) }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

export interface AtlasTactic {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The ATT&CK tactic it adapts, e.g. TA0043. */
  readonly attackRef: string | null;
}

export interface AtlasTechnique {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The technique a sub-technique belongs to; null for a top-level technique. */
  readonly parent: string | null;
  /** The sub-techniques of a top-level technique, in file order. */
  readonly subtechniques: readonly string[];
  /** Tactics: a sub-technique has none of its own in ATLAS and inherits its parent's. */
  readonly tactics: readonly string[];
  readonly maturity: 'feasible' | 'demonstrated' | 'realized' | null;
  readonly attackRef: string | null;
}

export interface AtlasMitigation {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Technical - ML, Technical - Cyber, Policy. */
  readonly category: readonly string[];
  /** ML lifecycle stages it applies to. */
  readonly lifecycle: readonly string[];
  /** The techniques it mitigates and how. */
  readonly techniques: readonly { readonly id: string; readonly use: string }[];
}

export interface AtlasCaseStudy {
  readonly id: string;
  readonly name: string;
  readonly type: 'incident' | 'exercise';
  readonly incidentDate: string | null;
  readonly target: string | null;
  readonly actor: string | null;
  readonly summary: string;
  /** The steps in order, each a tactic and a technique. */
  readonly procedure: readonly { readonly tactic: string; readonly technique: string }[];
  /** The techniques the steps use, each once, in first-use order. */
  readonly techniques: readonly string[];
}

/** The loaded ATLAS release with its indexes. */
export interface Atlas {
  readonly version: string;
  readonly source: { readonly repository: string; readonly path: string; readonly commit: string; readonly licence: string; readonly sha256: string };
  readonly tactics: readonly AtlasTactic[];
  readonly techniques: readonly AtlasTechnique[];
  readonly mitigations: readonly AtlasMitigation[];
  readonly caseStudies: readonly AtlasCaseStudy[];
  readonly tactic: ReadonlyMap<string, AtlasTactic>;
  readonly technique: ReadonlyMap<string, AtlasTechnique>;
  readonly mitigation: ReadonlyMap<string, AtlasMitigation>;
  readonly caseStudy: ReadonlyMap<string, AtlasCaseStudy>;
  /** Mitigation ids by the technique they mitigate. */
  readonly mitigationsOf: ReadonlyMap<string, readonly string[]>;
  /** Case-study ids by the technique they use. */
  readonly caseStudiesOf: ReadonlyMap<string, readonly string[]>;
  /** Technique ids by tactic (sub-techniques through their parent). */
  readonly techniquesOf: ReadonlyMap<string, readonly string[]>;
}

/** The vendored ATLAS file. */
export const ATLAS_FILE = path.join(VENDORED_TAXONOMY_DIR, 'atlas/atlas.json');

function uniqueIndex<T extends { id: string }>(file: string, where: string, items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) throw taxonomyDataError(file, `${where}[${i}].id`, `"${item.id}" appears twice`);
    map.set(item.id, item);
  });
  return map;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Read and index an ATLAS file; every cross-reference is checked. */
export function loadAtlas(file: string = ATLAS_FILE): Atlas {
  const data = readVendoredJson(file, AtlasFileSchema);
  const tactic = uniqueIndex(file, 'tactics', data.tactics);
  const raw = uniqueIndex(file, 'techniques', data.techniques);
  const children = new Map<string, string[]>();
  data.techniques.forEach((t, i) => {
    for (const [j, ta] of t.tactics.entries()) if (!tactic.has(ta)) throw taxonomyDataError(file, `techniques[${i}].tactics[${j}]`, `"${ta}" is not a tactic in this file`);
    if (t.parent === null) {
      if (t.id.includes('.', 4)) throw taxonomyDataError(file, `techniques[${i}]`, `sub-technique id "${t.id}" has no parent`);
      if (t.tactics.length === 0) throw taxonomyDataError(file, `techniques[${i}].tactics`, `top-level technique "${t.id}" has no tactic`);
      return;
    }
    const parent = raw.get(t.parent);
    if (!parent) throw taxonomyDataError(file, `techniques[${i}].parent`, `"${t.parent}" is not a technique in this file`);
    if (parent.parent !== null || !t.id.startsWith(`${t.parent}.`)) throw taxonomyDataError(file, `techniques[${i}].parent`, `"${t.id}" cannot be a sub-technique of "${t.parent}"`);
    push(children, t.parent, t.id);
  });
  const techniques: AtlasTechnique[] = data.techniques.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    parent: t.parent,
    subtechniques: children.get(t.id) ?? [],
    tactics: t.parent === null || t.tactics.length > 0 ? t.tactics : raw.get(t.parent)!.tactics,
    maturity: t.maturity,
    attackRef: t.attackRef,
  }));
  const technique = new Map(techniques.map((t) => [t.id, t]));
  const techniquesOf = new Map<string, string[]>();
  for (const t of techniques) for (const ta of t.tactics) push(techniquesOf, ta, t.id);

  const mitigation = uniqueIndex(file, 'mitigations', data.mitigations);
  const mitigationsOf = new Map<string, string[]>();
  data.mitigations.forEach((m, i) =>
    m.techniques.forEach((u, j) => {
      if (!technique.has(u.id)) throw taxonomyDataError(file, `mitigations[${i}].techniques[${j}].id`, `"${u.id}" is not a technique in this file`);
      push(mitigationsOf, u.id, m.id);
    }),
  );

  const caseStudiesOf = new Map<string, string[]>();
  const caseStudies: AtlasCaseStudy[] = data.caseStudies.map((c, i) => {
    const used: string[] = [];
    c.procedure.forEach((step, j) => {
      if (!tactic.has(step.tactic)) throw taxonomyDataError(file, `caseStudies[${i}].procedure[${j}].tactic`, `"${step.tactic}" is not a tactic in this file`);
      if (!technique.has(step.technique)) throw taxonomyDataError(file, `caseStudies[${i}].procedure[${j}].technique`, `"${step.technique}" is not a technique in this file`);
      if (!used.includes(step.technique)) used.push(step.technique);
      push(caseStudiesOf, step.technique, c.id);
    });
    return { ...c, techniques: used };
  });
  return deepFreeze({
    version: data.version,
    source: data.source,
    tactics: data.tactics,
    techniques,
    mitigations: data.mitigations,
    caseStudies,
    tactic: freezeMap(tactic),
    technique: freezeMap(technique),
    mitigation: freezeMap(mitigation),
    caseStudy: freezeMap(uniqueIndex(file, 'caseStudies', caseStudies)),
    mitigationsOf: freezeMap(mitigationsOf),
    caseStudiesOf: freezeMap(caseStudiesOf),
    techniquesOf: freezeMap(techniquesOf),
  });
}

let loaded: Atlas | undefined;

/** The ATLAS release aisec ships, loaded on first use. */
export function atlas(): Atlas {
  loaded ??= loadAtlas();
  return loaded;
}

/** A technique or sub-technique by id (`AML.T0024`, `AML.T0024.002`). */
export function atlasTechnique(id: string): AtlasTechnique | undefined {
  return atlas().technique.get(id);
}

/** A tactic by id (`AML.TA0002`). */
export function atlasTactic(id: string): AtlasTactic | undefined {
  return atlas().tactic.get(id);
}

/** A mitigation by id (`AML.M0015`). */
export function atlasMitigation(id: string): AtlasMitigation | undefined {
  return atlas().mitigation.get(id);
}

/** A case study by id (`AML.CS0000`). */
export function atlasCaseStudy(id: string): AtlasCaseStudy | undefined {
  return atlas().caseStudy.get(id);
}

/** The sub-techniques of a technique (empty for a sub-technique or an unknown id). */
export function atlasSubtechniques(id: string): AtlasTechnique[] {
  const a = atlas();
  return (a.technique.get(id)?.subtechniques ?? []).map((c) => a.technique.get(c)!);
}

/** The technique a sub-technique belongs to (undefined for a top-level technique or an unknown id). */
export function atlasParent(id: string): AtlasTechnique | undefined {
  const parent = atlasTechnique(id)?.parent;
  return parent ? atlasTechnique(parent) : undefined;
}

/**
 * The mitigations ATLAS lists for a technique. ATLAS links some mitigations to a technique and
 * others only to its sub-techniques, or the other way round; `withParent` adds the parent's.
 */
export function atlasMitigationsFor(techniqueId: string, options: { withParent?: boolean } = {}): AtlasMitigation[] {
  const a = atlas();
  const ids = [...(a.mitigationsOf.get(techniqueId) ?? [])];
  const parent = a.technique.get(techniqueId)?.parent;
  if (options.withParent && parent) for (const id of a.mitigationsOf.get(parent) ?? []) if (!ids.includes(id)) ids.push(id);
  return ids.map((id) => a.mitigation.get(id)!);
}

/** The case studies that use a technique in one of their steps. */
export function atlasCaseStudiesUsing(techniqueId: string): AtlasCaseStudy[] {
  const a = atlas();
  return (a.caseStudiesOf.get(techniqueId) ?? []).map((id) => a.caseStudy.get(id)!);
}

/** The techniques of a tactic (sub-techniques included, through their parent). */
export function atlasTechniquesOf(tacticId: string): AtlasTechnique[] {
  const a = atlas();
  return (a.techniquesOf.get(tacticId) ?? []).map((id) => a.technique.get(id)!);
}
