/**
 * The one shape every taxonomy item has when it is looked up without knowing its framework:
 * `aisec taxonomy show|search` and {@link taxonomyEntry} return it.
 */

/** The frameworks aisec ships, by the key used on the command line and in prefixed ids. */
export const frameworkKeys = ['atlas', 'cosai', 'owasp-llm', 'owasp-ml', 'owasp-agentic', 'nist-ai-rmf', 'nist-600-1', 'iso-42001', 'eu-ai-act'] as const;
export type FrameworkKey = (typeof frameworkKeys)[number];

/** Names of the frameworks as people write them. */
export const frameworkNames: Readonly<Record<FrameworkKey, string>> = {
  atlas: 'MITRE ATLAS',
  cosai: 'CoSAI Risk Map',
  'owasp-llm': 'OWASP Top 10 for LLM Applications',
  'owasp-ml': 'OWASP Machine Learning Security Top 10',
  'owasp-agentic': 'OWASP Top 10 for Agentic Applications',
  'nist-ai-rmf': 'NIST AI RMF',
  'nist-600-1': 'NIST AI 600-1 (Generative AI Profile)',
  'iso-42001': 'ISO/IEC 42001 Annex A',
  'eu-ai-act': 'EU AI Act',
};

/** A link from one entry to another. */
export interface TaxonomyLink {
  /** What the other entry is to this one, in words: `mitigated by`, `addressed by`, `mapped to`, `used in`. */
  readonly relation: string;
  /** The other entry's canonical id (another framework's ids are allowed). */
  readonly id: string;
}

/** One item of any framework. */
export interface TaxonomyEntry {
  readonly framework: FrameworkKey;
  /** The release of the framework the entry comes from, e.g. `5.6.0` for ATLAS. */
  readonly version: string;
  /** What kind of item: tactic, technique, sub-technique, mitigation, case-study, risk, control, component, persona, item, function, category, subcategory, objective, article, paragraph. */
  readonly kind: string;
  /** The canonical id: `AML.T0024`, `riskDataPoisoning`, `LLM01:2025`, `ML01:2023`, `ASI01`, `GOVERN 1.1`, `nist-600-1:CONFABULATION`, `iso-42001:A.6.2.4`, `eu-ai-act:Art.15`. */
  readonly id: string;
  readonly name: string;
  /** Plain text; may be empty. */
  readonly description: string;
  /** The canonical id of the item this one belongs to (a sub-technique's technique, a subcategory's category). */
  readonly parent: string | null;
  readonly children: readonly string[];
  readonly links: readonly TaxonomyLink[];
}
