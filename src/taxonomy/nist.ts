/**
 * NIST AI RMF 1.0 core (4 functions, 19 categories, 72 subcategories, with NIST's statements)
 * and the 12 risks of NIST AI 600-1, the Generative AI Profile (data/taxonomies/frameworks/).
 *
 * Ids: `GOVERN`, `GOVERN 1`, `GOVERN 1.1` as NIST prints them; `GV-1.1` (the prefixes AI 600-1
 * uses) and `GOVERN-1.1` are read too. AI 600-1 risks: `nist-600-1:CONFABULATION`.
 *
 * @example
 * nistSubcategory('MS-2.7')?.text
 */
import path from 'node:path';
import { z } from 'zod';
import { deepFreeze, freezeMap, readVendoredJson, taxonomyDataError, VENDORED_TAXONOMY_DIR } from './read-vendored.js';

const functionIds = ['GOVERN', 'MAP', 'MEASURE', 'MANAGE'] as const;
const prefixes = { GV: 'GOVERN', MP: 'MAP', MS: 'MEASURE', MG: 'MANAGE' } as const;

const RmfFileSchema = z
  .object({
    framework: z.string(),
    document: z.string(),
    published: z.string(),
    text_status: z.string(),
    id_convention: z.string(),
    functions: z
      .array(
        z
          .object({
            id: z.enum(functionIds),
            prefix: z.enum(['GV', 'MP', 'MS', 'MG']),
            summary: z.string(),
            categories: z.array(
              z
                .object({
                  id: z.string().regex(/^(GOVERN|MAP|MEASURE|MANAGE) \d+$/),
                  shortId: z.string().regex(/^(GV|MP|MS|MG)-\d+$/),
                  text: z.string().min(1),
                  subcategories: z.array(z.object({ id: z.string().regex(/^(GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+$/), shortId: z.string().regex(/^(GV|MP|MS|MG)-\d+\.\d+$/), text: z.string().min(1) }).strict()).min(1),
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .length(4),
    counts: z.object({ functions: z.number(), categories: z.number(), subcategories: z.number(), per_function: z.record(z.string(), z.object({ categories: z.number(), subcategories: z.number() })) }),
  })
  .strict();

const GaiFileSchema = z
  .object({
    framework: z.string(),
    published: z.string(),
    source: z.string(),
    action_id_pattern: z.string(),
    risks: z.array(z.object({ n: z.number().int(), id: z.string().regex(/^[A-Z][A-Z_]*$/), title: z.string().min(1), summary: z.string() }).strict()).length(12),
  })
  .strict();

export type NistFunctionId = (typeof functionIds)[number];

export interface NistSubcategory {
  /** `GOVERN 1.1`. */
  readonly id: string;
  /** `GV-1.1`. */
  readonly shortId: string;
  readonly text: string;
  readonly category: string;
  readonly function: NistFunctionId;
}

export interface NistCategory {
  /** `GOVERN 1`. */
  readonly id: string;
  readonly shortId: string;
  readonly text: string;
  readonly function: NistFunctionId;
  readonly subcategories: readonly NistSubcategory[];
}

export interface NistFunction {
  readonly id: NistFunctionId;
  readonly prefix: string;
  readonly summary: string;
  readonly categories: readonly NistCategory[];
}

export interface NistAiRmf {
  readonly published: string;
  readonly functions: readonly NistFunction[];
  readonly categories: readonly NistCategory[];
  readonly subcategories: readonly NistSubcategory[];
  /** Functions, categories and subcategories by canonical id. */
  readonly byId: ReadonlyMap<string, NistFunction | NistCategory | NistSubcategory>;
}

/** One risk of NIST AI 600-1. */
export interface GaiRisk {
  /** `nist-600-1:CONFABULATION`. */
  readonly id: string;
  /** The id as the file writes it: `CONFABULATION`. */
  readonly key: string;
  readonly n: number;
  readonly title: string;
  readonly summary: string;
}

export interface NistGaiProfile {
  readonly published: string;
  /** How AI 600-1 numbers its suggested actions (`GV-1.1-001`). */
  readonly actionIdPattern: string;
  readonly risks: readonly GaiRisk[];
  readonly risk: ReadonlyMap<string, GaiRisk>;
}

const FRAMEWORKS = path.join(VENDORED_TAXONOMY_DIR, 'frameworks');
export const NIST_AI_RMF_FILE = path.join(FRAMEWORKS, 'nist-ai-rmf-1.0-core.json');
export const NIST_600_1_FILE = path.join(FRAMEWORKS, 'nist-ai-600-1-gai-risks.json');

/** Read the AI RMF core; ids must match their function and category, and the counts the file states. */
export function loadNistAiRmf(file: string = NIST_AI_RMF_FILE): NistAiRmf {
  const data = readVendoredJson(file, RmfFileSchema);
  const byId = new Map<string, NistFunction | NistCategory | NistSubcategory>();
  const add = (where: string, id: string, value: NistFunction | NistCategory | NistSubcategory) => {
    if (byId.has(id)) throw taxonomyDataError(file, where, `"${id}" appears twice`);
    byId.set(id, value);
  };
  const functions: NistFunction[] = data.functions.map((f, i) => {
    if (prefixes[f.prefix] !== f.id) throw taxonomyDataError(file, `functions[${i}].prefix`, `"${f.prefix}" is not the prefix of ${f.id}`);
    const categories = f.categories.map((c, j): NistCategory => {
      const where = `functions[${i}].categories[${j}]`;
      const number = c.id.slice(f.id.length + 1);
      if (!c.id.startsWith(`${f.id} `) || c.shortId !== `${f.prefix}-${number}`) throw taxonomyDataError(file, `${where}.id`, `"${c.id}" (${c.shortId}) does not belong to ${f.id}`);
      const subcategories = c.subcategories.map((s, k): NistSubcategory => {
        if (!s.id.startsWith(`${c.id}.`) || s.shortId !== `${f.prefix}-${s.id.slice(f.id.length + 1)}`) throw taxonomyDataError(file, `${where}.subcategories[${k}].id`, `"${s.id}" (${s.shortId}) does not belong to ${c.id}`);
        return { ...s, category: c.id, function: f.id };
      });
      return { id: c.id, shortId: c.shortId, text: c.text, function: f.id, subcategories };
    });
    return { id: f.id, prefix: f.prefix, summary: f.summary, categories };
  });
  functions.forEach((f, i) => {
    add(`functions[${i}].id`, f.id, f);
    f.categories.forEach((c, j) => {
      add(`functions[${i}].categories[${j}].id`, c.id, c);
      c.subcategories.forEach((s, k) => add(`functions[${i}].categories[${j}].subcategories[${k}].id`, s.id, s));
    });
  });
  const categories = functions.flatMap((f) => f.categories);
  const subcategories = categories.flatMap((c) => c.subcategories);
  if (categories.length !== data.counts.categories || subcategories.length !== data.counts.subcategories) {
    throw taxonomyDataError(file, 'counts', `the file says ${data.counts.categories} categories and ${data.counts.subcategories} subcategories but holds ${categories.length} and ${subcategories.length}`);
  }
  return deepFreeze({ published: data.published, functions, categories, subcategories, byId: freezeMap(byId) });
}

/** Read the AI 600-1 risks. */
export function loadNistGai(file: string = NIST_600_1_FILE): NistGaiProfile {
  const data = readVendoredJson(file, GaiFileSchema);
  const risk = new Map<string, GaiRisk>();
  data.risks.forEach((r, i) => {
    const id = `nist-600-1:${r.id}`;
    if (risk.has(id)) throw taxonomyDataError(file, `risks[${i}].id`, `"${r.id}" appears twice`);
    risk.set(id, { id, key: r.id, n: r.n, title: r.title, summary: r.summary });
  });
  return deepFreeze({ published: data.published, actionIdPattern: data.action_id_pattern, risks: [...risk.values()], risk: freezeMap(risk) });
}

let rmf: NistAiRmf | undefined;
let gai: NistGaiProfile | undefined;

/** The AI RMF core aisec ships, loaded on first use. */
export function nistAiRmf(): NistAiRmf {
  rmf ??= loadNistAiRmf();
  return rmf;
}

/** The AI 600-1 risks aisec ships, loaded on first use. */
export function nistGai(): NistGaiProfile {
  gai ??= loadNistGai();
  return gai;
}

/**
 * The canonical AI RMF id of `GOVERN 1.1`, `GV-1.1`, `GOVERN-1.1`, `govern 1.1@1.0`, `MAP 2`, `MEASURE`;
 * undefined when it is not of those shapes (whether it exists is another question).
 */
export function canonicalNistId(id: string): string | undefined {
  const m = /^(GOVERN|MAP|MEASURE|MANAGE|GV|MP|MS|MG)(?:[ -](\d{1,2})(?:\.(\d{1,2}))?)?(?:@1\.0)?$/i.exec(id.trim());
  if (!m) return undefined;
  const head = m[1]!.toUpperCase();
  const fn = head in prefixes ? prefixes[head as keyof typeof prefixes] : head;
  if (m[2] === undefined) return head in prefixes ? undefined : fn;
  return m[3] === undefined ? `${fn} ${Number(m[2])}` : `${fn} ${Number(m[2])}.${Number(m[3])}`;
}

/** A function, category or subcategory by any of its spellings. */
export function nistEntry(id: string): NistFunction | NistCategory | NistSubcategory | undefined {
  const canonical = canonicalNistId(id);
  return canonical === undefined ? undefined : nistAiRmf().byId.get(canonical);
}

/** A subcategory (`GOVERN 1.1`, `GV-1.1`). */
export function nistSubcategory(id: string): NistSubcategory | undefined {
  const entry = nistEntry(id);
  return entry && 'category' in entry ? entry : undefined;
}

/** An AI 600-1 risk by `nist-600-1:CONFABULATION` or `CONFABULATION`. */
export function nistGaiRisk(id: string): GaiRisk | undefined {
  const key = id.trim().replace(/^nist-600-1:/i, '').toUpperCase();
  return nistGai().risk.get(`nist-600-1:${key}`);
}
