/**
 * The OWASP lists aisec ships (data/taxonomies/frameworks/): Top 10 for LLM Applications 2025
 * (`LLM01:2025`…), Machine Learning Security Top 10 2023 (`ML01:2023`…, written `ML01` too) and
 * Top 10 for Agentic Applications (`ASI01`…), with the ATLAS techniques the LLM and ML items
 * map to.
 *
 * @example
 * owaspItem('ML05')?.title                  // 'Model Theft'
 * owaspForAtlas('AML.T0051.001').map((i) => i.id)   // ['LLM01:2025']
 */
import path from 'node:path';
import { z } from 'zod';
import { deepFreeze, freezeMap, readVendoredJson, taxonomyDataError, VENDORED_TAXONOMY_DIR } from './read-vendored.js';

const atlasId = z.string().regex(/^AML\.T\d{4}(\.\d{3})?$/);
const LlmFileSchema = z
  .object({
    framework: z.string(),
    version: z.literal('2025'),
    source: z.string(),
    items: z.array(z.object({ id: z.string().regex(/^LLM\d{2}:2025$/), title: z.string().min(1), summary: z.string(), atlas: z.array(atlasId) }).strict()).length(10),
  })
  .strict();
const score = z.number().int().min(0).max(10);
const MlFileSchema = z
  .object({
    framework: z.string(),
    version: z.string().startsWith('2023'),
    source: z.string(),
    items: z
      .array(
        z.object({ id: z.string().regex(/^ML\d{2}:2023$/), title: z.string().min(1), exploitability: score, detectability: score, technical: score, summary: z.string(), atlas: z.array(atlasId) }).strict(),
      )
      .length(10),
  })
  .strict();
const AgenticFileSchema = z
  .object({
    framework: z.string(),
    version: z.string(),
    source: z.string(),
    items: z.array(z.object({ id: z.string().regex(/^ASI\d{2}$/), title: z.string().min(1), summary: z.string() }).strict()).length(10),
  })
  .strict();

/** Which OWASP list an item is from. */
export type OwaspList = 'owasp-llm' | 'owasp-ml' | 'owasp-agentic';

/** One item of an OWASP list. */
export interface OwaspItem {
  readonly list: OwaspList;
  /** `LLM01:2025`, `ML01:2023`, `ASI01`. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** ATLAS techniques the item maps to (none for the agentic list). */
  readonly atlas: readonly string[];
  /** The ML list's risk factors, as the OWASP repository scores them. */
  readonly scores?: { readonly exploitability: number; readonly detectability: number; readonly technical: number };
}

/** The three lists. */
export interface OwaspLists {
  readonly llm: { readonly version: string; readonly items: readonly OwaspItem[] };
  readonly ml: { readonly version: string; readonly items: readonly OwaspItem[] };
  readonly agentic: { readonly version: string; readonly items: readonly OwaspItem[] };
  readonly item: ReadonlyMap<string, OwaspItem>;
}

const FRAMEWORKS = path.join(VENDORED_TAXONOMY_DIR, 'frameworks');
export const OWASP_FILES = {
  llm: path.join(FRAMEWORKS, 'owasp-llm-top10-2025.json'),
  ml: path.join(FRAMEWORKS, 'owasp-ml-top10-2023.json'),
  agentic: path.join(FRAMEWORKS, 'owasp-agentic-top10-2026.json'),
} as const;

/** Read the three lists. */
export function loadOwasp(files: { llm: string; ml: string; agentic: string } = OWASP_FILES): OwaspLists {
  const llm = readVendoredJson(files.llm, LlmFileSchema);
  const ml = readVendoredJson(files.ml, MlFileSchema);
  const agentic = readVendoredJson(files.agentic, AgenticFileSchema);
  const llmItems: OwaspItem[] = llm.items.map((i) => ({ list: 'owasp-llm', id: i.id, title: i.title, summary: i.summary, atlas: i.atlas }));
  const mlItems: OwaspItem[] = ml.items.map((i) => ({ list: 'owasp-ml', id: i.id, title: i.title, summary: i.summary, atlas: i.atlas, scores: { exploitability: i.exploitability, detectability: i.detectability, technical: i.technical } }));
  const agenticItems: OwaspItem[] = agentic.items.map((i) => ({ list: 'owasp-agentic', id: i.id, title: i.title, summary: i.summary, atlas: [] }));
  const item = new Map<string, OwaspItem>();
  for (const [file, items] of [[files.llm, llmItems], [files.ml, mlItems], [files.agentic, agenticItems]] as const) {
    items.forEach((it, i) => {
      if (item.has(it.id)) throw taxonomyDataError(file, `items[${i}].id`, `"${it.id}" appears twice`);
      item.set(it.id, it);
    });
  }
  return deepFreeze({ llm: { version: llm.version, items: llmItems }, ml: { version: ml.version, items: mlItems }, agentic: { version: agentic.version, items: agenticItems }, item: freezeMap(item) });
}

let loaded: OwaspLists | undefined;

/** The OWASP lists aisec ships, loaded on first use. */
export function owasp(): OwaspLists {
  loaded ??= loadOwasp();
  return loaded;
}

/**
 * The canonical id of an OWASP id as written in aisec's tags and elsewhere: `LLM01:2025`,
 * `ML01:2023` (also written `ML01`), `ASI01`; undefined when it is not of these shapes.
 */
export function canonicalOwaspId(id: string): string | undefined {
  const m = /^(LLM|ML|ASI)(\d{2})(?::(\d{4}))?$/i.exec(id.trim());
  if (!m) return undefined;
  const prefix = m[1]!.toUpperCase();
  const year = m[3] ?? (prefix === 'LLM' ? '2025' : prefix === 'ML' ? '2023' : undefined);
  if (prefix === 'ASI') return year === undefined || year === '2026' ? `ASI${m[2]}` : `ASI${m[2]}:${year}`;
  return `${prefix}${m[2]}:${year}`;
}

/** An item by id (`LLM01:2025`, `ML05`, `ML05:2023`, `ASI03`). */
export function owaspItem(id: string): OwaspItem | undefined {
  const canonical = canonicalOwaspId(id);
  return canonical === undefined ? undefined : owasp().item.get(canonical);
}

/**
 * The OWASP LLM and ML items that map to an ATLAS technique: exactly, or, for a sub-technique,
 * through its parent (`AML.T0051.001` → the items of `AML.T0051` too).
 */
export function owaspForAtlas(techniqueId: string): OwaspItem[] {
  const parent = /^AML\.T\d{4}\.\d{3}$/.test(techniqueId) ? techniqueId.slice(0, 9) : undefined;
  const lists = owasp();
  return [...lists.llm.items, ...lists.ml.items].filter((i) => i.atlas.includes(techniqueId) || (parent !== undefined && i.atlas.includes(parent)));
}
