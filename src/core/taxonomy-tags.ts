import { z } from 'zod';

/**
 * Taxonomy references on a finding or plugin: MITRE ATLAS technique ids, OWASP ids (LLM Top 10
 * 2025 `LLM03:2025`, ML Top 10 `ML06`), CoSAI risk ids, and CWE ids.
 */
export const TaxonomyTagsSchema = z
  .object({
    atlas: z.array(z.string().regex(/^AML\.(T|TA|M)\d{4}(\.\d{3})?$/)).default([]).describe('MITRE ATLAS technique, tactic or mitigation ids, e.g. AML.T0010.'),
    owasp: z.array(z.string().regex(/^(LLM\d{2}:2025|ML\d{2}(:2023)?|API\d{1,2}:2023)$/)).default([]).describe('OWASP ids, e.g. LLM03:2025 or ML06.'),
    cosai: z.array(z.string()).default([]).describe('CoSAI risk map ids.'),
    cwe: z.array(z.string().regex(/^CWE-\d+$/)).default([]).describe('CWE ids, e.g. CWE-502.'),
  })
  .describe('Taxonomy references.');

export type TaxonomyTags = z.output<typeof TaxonomyTagsSchema>;
export type TaxonomyTagsInput = z.input<typeof TaxonomyTagsSchema>;

/** Merge several tag sets, keeping each id once, in first-seen order. */
export function mergeTaxonomy(...sets: (TaxonomyTagsInput | undefined)[]): TaxonomyTags {
  const out: TaxonomyTags = { atlas: [], owasp: [], cosai: [], cwe: [] };
  for (const set of sets) {
    if (!set) continue;
    for (const key of ['atlas', 'owasp', 'cosai', 'cwe'] as const) {
      for (const id of set[key] ?? []) if (!out[key].includes(id)) out[key].push(id);
    }
  }
  return out;
}
