/**
 * EU AI Act (Regulation (EU) 2024/1689) articles for high-risk systems: the requirements of
 * Arts. 8–15 (risk management, data governance, documentation, record-keeping, transparency,
 * human oversight, accuracy, robustness and cybersecurity), the related obligations (16–20, 26,
 * 27, 43, 49, 50, 55, 72, 73) and the dates they apply from. Titles follow the Official Journal;
 * summaries are short paraphrases, not the legal text.
 *
 * Ids: `eu-ai-act:Art.15`, and paragraphs where the data lists them: `eu-ai-act:Art.15(5)`.
 * `Art. 15`, `Article 15` and `Art.15(5)` are read too.
 */
import path from 'node:path';
import { z } from 'zod';
import { deepFreeze, freezeMap, readVendoredJson, taxonomyDataError, VENDORED_TAXONOMY_DIR } from './read-vendored.js';

const Article = z
  .object({
    article: z.number().int().min(1).max(113),
    title: z.string().min(1),
    summary: z.string().optional(),
    paragraphs: z.record(z.string().regex(/^\d+\(\d+\)$/), z.string()).optional(),
  })
  .strict();
const EuFileSchema = z
  .object({
    regulation: z.string(),
    entry_into_force: z.string(),
    source: z.string(),
    timeline: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), what: z.string() }).strict()),
    requirements_for_high_risk_systems: z.array(Article).min(1),
    related_obligations: z.array(Article),
  })
  .strict();

export interface EuParagraph {
  /** `eu-ai-act:Art.15(5)`. */
  readonly id: string;
  readonly article: string;
  readonly label: string;
  readonly summary: string;
}

export interface EuArticle {
  /** `eu-ai-act:Art.15`. */
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  /** A requirement for high-risk systems (Arts. 8–15) or a related obligation. */
  readonly group: 'requirement' | 'obligation';
  readonly paragraphs: readonly EuParagraph[];
}

export interface EuAiAct {
  readonly regulation: string;
  readonly entryIntoForce: string;
  readonly timeline: readonly { readonly date: string; readonly what: string }[];
  readonly articles: readonly EuArticle[];
  readonly byId: ReadonlyMap<string, EuArticle | EuParagraph>;
}

export const EU_AI_ACT_FILE = path.join(VENDORED_TAXONOMY_DIR, 'frameworks/eu-ai-act-high-risk.json');

/** Read the articles; each article once, paragraphs numbered under their own article. */
export function loadEuAiAct(file: string = EU_AI_ACT_FILE): EuAiAct {
  const data = readVendoredJson(file, EuFileSchema);
  const byId = new Map<string, EuArticle | EuParagraph>();
  const articles: EuArticle[] = [];
  for (const [key, group] of [['requirements_for_high_risk_systems', 'requirement'], ['related_obligations', 'obligation']] as const) {
    data[key].forEach((a, i) => {
      const id = `eu-ai-act:Art.${a.article}`;
      if (byId.has(id)) throw taxonomyDataError(file, `${key}[${i}].article`, `Art. ${a.article} appears twice`);
      const paragraphs = Object.entries(a.paragraphs ?? {}).map(([label, summary]): EuParagraph => {
        if (!label.startsWith(`${a.article}(`)) throw taxonomyDataError(file, `${key}[${i}].paragraphs`, `paragraph "${label}" is not a paragraph of Art. ${a.article}`);
        return { id: `eu-ai-act:Art.${label}`, article: id, label, summary };
      });
      const article: EuArticle = { id, number: a.article, title: a.title, summary: a.summary ?? '', group, paragraphs };
      byId.set(id, article);
      for (const p of paragraphs) byId.set(p.id, p);
      articles.push(article);
    });
  }
  articles.sort((a, b) => a.number - b.number);
  return deepFreeze({ regulation: data.regulation, entryIntoForce: data.entry_into_force, timeline: data.timeline, articles, byId: freezeMap(byId) });
}

let loaded: EuAiAct | undefined;

/** The EU AI Act articles aisec ships, loaded on first use. */
export function euAiAct(): EuAiAct {
  loaded ??= loadEuAiAct();
  return loaded;
}

/** `eu-ai-act:Art.15(5)` for `Art. 15(5)`, `Article 15`, `art.15`, `eu-ai-act:Art.15`; undefined for other shapes. */
export function canonicalEuId(id: string): string | undefined {
  const m = /^(?:eu-ai-act:)?(?:Art\.?|Article|Arts\.?)\s*(\d{1,3})(\(\d{1,2}\))?$/i.exec(id.trim());
  return m ? `eu-ai-act:Art.${Number(m[1])}${m[2] ?? ''}` : undefined;
}

/** An article or paragraph by id. */
export function euAiActEntry(id: string): EuArticle | EuParagraph | undefined {
  const canonical = canonicalEuId(id);
  return canonical === undefined ? undefined : euAiAct().byId.get(canonical);
}

/** An article by number or id (`15`, `Art. 15`, `eu-ai-act:Art.15`). */
export function euAiActArticle(id: number | string): EuArticle | undefined {
  const entry = euAiActEntry(typeof id === 'number' ? `Art.${id}` : id);
  return entry && 'number' in entry ? entry : undefined;
}
