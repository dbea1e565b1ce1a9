/**
 * The CoSAI Risk Map as aisec ships it (data/taxonomies/cosai/cosai-risk-map.json, compacted
 * from the YAML files of cosai-oasis/secure-ai-tooling): components, risks, controls with the
 * risks they address, personas, and each risk's mappings to ATLAS, OWASP, STRIDE and NIST.
 *
 * @example
 * cosaiControlsFor('riskDataPoisoning').map((c) => c.id)
 */
import path from 'node:path';
import { z } from 'zod';
import { deepFreeze, freezeMap, readVendoredJson, taxonomyDataError, VENDORED_TAXONOMY_DIR } from './read-vendored.js';

export const cosaiIdPattern = /^(risk|control|component|persona)[A-Z][A-Za-z0-9]*$/;

const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[A-Z][A-Za-z0-9]*$`));
const Mappings = z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(z.string().min(1)));
const CosaiFileSchema = z
  .object({
    format: z.literal('aisec.taxonomy.cosai/v1'),
    source: z.object({ repository: z.string(), path: z.string(), commit: z.string(), licence: z.string(), sha256: z.record(z.string(), z.string()) }).strict(),
    componentCategories: z.array(z.object({ id: z.string(), title: z.string() }).strict()),
    controlCategories: z.array(z.object({ id: z.string(), title: z.string() }).strict()),
    components: z.array(
      z.object({ id: id('component'), title: z.string().min(1), category: z.string(), subcategory: z.string().nullable(), description: z.string(), to: z.array(id('component')), from: z.array(id('component')) }).strict(),
    ),
    risks: z.array(
      z
        .object({
          id: id('risk'),
          title: z.string().min(1),
          category: z.string(),
          description: z.string(),
          personas: z.array(id('persona')),
          controls: z.array(id('control')),
          mappings: Mappings,
          lifecycleStage: z.array(z.string()),
          impactType: z.array(z.string()),
          actorAccess: z.array(z.string()),
        })
        .strict(),
    ),
    controls: z.array(
      z
        .object({
          id: id('control'),
          title: z.string().min(1),
          category: z.string(),
          description: z.string(),
          personas: z.array(id('persona')),
          components: z.union([z.literal('all'), z.array(id('component'))]),
          risks: z.union([z.literal('all'), z.array(id('risk'))]),
          mappings: Mappings,
        })
        .strict(),
    ),
    personas: z.array(z.object({ id: id('persona'), title: z.string().min(1), deprecated: z.boolean(), description: z.string(), responsibilities: z.array(z.string()) }).strict()),
  })
  .strict();

type CosaiFile = z.output<typeof CosaiFileSchema>;
export type CosaiComponent = CosaiFile['components'][number];
export type CosaiPersona = CosaiFile['personas'][number];
/** A control; `risks: 'all'` marks the assurance and governance controls that apply to every risk. */
export type CosaiControl = CosaiFile['controls'][number];

/** A risk, with its ATLAS and OWASP mappings without the framework version suffix. */
export interface CosaiRisk extends Readonly<CosaiFile['risks'][number]> {
  /** ATLAS ids the risk maps to (`AML.T0020`; the file writes `AML.T0020@5.0.1`). */
  readonly atlas: readonly string[];
  /** OWASP LLM Top 10 ids the risk maps to (`LLM04:2025`). */
  readonly owasp: readonly string[];
}

/** The loaded risk map with its indexes. */
export interface CosaiRiskMap {
  readonly source: CosaiFile['source'];
  readonly components: readonly CosaiComponent[];
  readonly risks: readonly CosaiRisk[];
  readonly controls: readonly CosaiControl[];
  readonly personas: readonly CosaiPersona[];
  readonly component: ReadonlyMap<string, CosaiComponent>;
  readonly risk: ReadonlyMap<string, CosaiRisk>;
  readonly control: ReadonlyMap<string, CosaiControl>;
  readonly persona: ReadonlyMap<string, CosaiPersona>;
}

/** The vendored CoSAI file. */
export const COSAI_FILE = path.join(VENDORED_TAXONOMY_DIR, 'cosai/cosai-risk-map.json');

/** `AML.T0020@5.0.1` → `AML.T0020`. */
export function withoutVersion(ref: string): string {
  const at = ref.indexOf('@');
  return at < 0 ? ref : ref.slice(0, at);
}

function index<T extends { id: string }>(file: string, where: string, items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) throw taxonomyDataError(file, `${where}[${i}].id`, `"${item.id}" appears twice`);
    map.set(item.id, item);
  });
  return map;
}

function checkRefs(file: string, where: string, refs: readonly string[] | 'all', known: ReadonlyMap<string, unknown>, what: string): void {
  if (refs === 'all') return;
  refs.forEach((r, i) => {
    if (!known.has(r)) throw taxonomyDataError(file, `${where}[${i}]`, `"${r}" is not a ${what} in this file`);
  });
}

/** Read and index a CoSAI risk-map file; every reference between its parts is checked. */
export function loadCosai(file: string = COSAI_FILE): CosaiRiskMap {
  const data = readVendoredJson(file, CosaiFileSchema);
  const component = index(file, 'components', data.components);
  const control = index(file, 'controls', data.controls);
  const persona = index(file, 'personas', data.personas);
  const riskIds = index(file, 'risks', data.risks);
  data.components.forEach((c, i) => {
    checkRefs(file, `components[${i}].to`, c.to, component, 'component');
    checkRefs(file, `components[${i}].from`, c.from, component, 'component');
  });
  data.risks.forEach((r, i) => {
    checkRefs(file, `risks[${i}].controls`, r.controls, control, 'control');
    checkRefs(file, `risks[${i}].personas`, r.personas, persona, 'persona');
  });
  data.controls.forEach((c, i) => {
    checkRefs(file, `controls[${i}].risks`, c.risks, riskIds, 'risk');
    checkRefs(file, `controls[${i}].components`, c.components, component, 'component');
    checkRefs(file, `controls[${i}].personas`, c.personas, persona, 'persona');
  });
  const risks: CosaiRisk[] = data.risks.map((r) => ({ ...r, atlas: (r.mappings['mitre-atlas'] ?? []).map(withoutVersion), owasp: (r.mappings['owasp-top10-llm'] ?? []).map(withoutVersion) }));
  return deepFreeze({
    source: data.source,
    components: data.components,
    risks,
    controls: data.controls,
    personas: data.personas,
    component: freezeMap(component),
    risk: freezeMap(new Map(risks.map((r) => [r.id, r]))),
    control: freezeMap(control),
    persona: freezeMap(persona),
  });
}

let loaded: CosaiRiskMap | undefined;

/** The CoSAI risk map aisec ships, loaded on first use. */
export function cosai(): CosaiRiskMap {
  loaded ??= loadCosai();
  return loaded;
}

export function cosaiRisk(riskId: string): CosaiRisk | undefined {
  return cosai().risk.get(riskId);
}

export function cosaiControl(controlId: string): CosaiControl | undefined {
  return cosai().control.get(controlId);
}

export function cosaiComponent(componentId: string): CosaiComponent | undefined {
  return cosai().component.get(componentId);
}

export function cosaiPersona(personaId: string): CosaiPersona | undefined {
  return cosai().persona.get(personaId);
}

/**
 * The controls that address a risk: those the risk lists and those that list the risk, in
 * file order of the controls. `universal` adds the controls that apply to every risk
 * (red teaming, vulnerability management, threat detection, incident response, governance).
 */
export function cosaiControlsFor(riskId: string, options: { universal?: boolean } = {}): CosaiControl[] {
  const map = cosai();
  const risk = map.risk.get(riskId);
  if (!risk) return [];
  return map.controls.filter((c) => risk.controls.includes(c.id) || (c.risks === 'all' ? options.universal === true : c.risks.includes(riskId)));
}

/** The risks a control addresses (every risk for a control that applies to all). */
export function cosaiRisksFor(controlId: string): CosaiRisk[] {
  const map = cosai();
  const control = map.control.get(controlId);
  if (!control) return [];
  return map.risks.filter((r) => control.risks === 'all' || control.risks.includes(r.id) || r.controls.includes(controlId));
}

/** The risks that map to an ATLAS technique (exactly, or through the sub-technique's parent when `withParent`). */
export function cosaiRisksForAtlas(techniqueId: string, options: { withParent?: boolean } = {}): CosaiRisk[] {
  const parent = /^AML\.T\d{4}\.\d{3}$/.test(techniqueId) ? techniqueId.slice(0, 9) : undefined;
  return cosai().risks.filter((r) => r.atlas.includes(techniqueId) || (options.withParent === true && parent !== undefined && r.atlas.includes(parent)));
}
