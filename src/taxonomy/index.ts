/**
 * Taxonomies aisec ships as data (data/taxonomies/): MITRE ATLAS, the CoSAI Risk Map, the OWASP
 * LLM, ML and Agentic lists, NIST AI RMF 1.0 and AI 600-1, ISO/IEC 42001 Annex A and the EU AI
 * Act articles for high-risk systems. Each is loaded once, on first use, validated and frozen.
 * docs/taxonomies.md describes the data and how to update it.
 */
export { frameworkKeys, frameworkNames, type FrameworkKey, type TaxonomyEntry, type TaxonomyLink } from './entry.js';
export {
  atlas,
  loadAtlas,
  atlasTechnique,
  atlasTactic,
  atlasMitigation,
  atlasCaseStudy,
  atlasSubtechniques,
  atlasParent,
  atlasMitigationsFor,
  atlasCaseStudiesUsing,
  atlasTechniquesOf,
  ATLAS_FILE,
  type Atlas,
  type AtlasTactic,
  type AtlasTechnique,
  type AtlasMitigation,
  type AtlasCaseStudy,
} from './atlas.js';
export {
  cosai,
  loadCosai,
  cosaiRisk,
  cosaiControl,
  cosaiComponent,
  cosaiPersona,
  cosaiControlsFor,
  cosaiRisksFor,
  cosaiRisksForAtlas,
  COSAI_FILE,
  type CosaiRiskMap,
  type CosaiRisk,
  type CosaiControl,
  type CosaiComponent,
  type CosaiPersona,
} from './cosai.js';
export { owasp, loadOwasp, owaspItem, owaspForAtlas, canonicalOwaspId, OWASP_FILES, type OwaspItem, type OwaspList, type OwaspLists } from './owasp.js';
export {
  nistAiRmf,
  nistGai,
  loadNistAiRmf,
  loadNistGai,
  nistEntry,
  nistSubcategory,
  nistGaiRisk,
  canonicalNistId,
  NIST_AI_RMF_FILE,
  NIST_600_1_FILE,
  type NistAiRmf,
  type NistFunction,
  type NistCategory,
  type NistSubcategory,
  type NistGaiProfile,
  type GaiRisk,
} from './nist.js';
export { iso42001, loadIso42001, iso42001Entry, iso42001Control, canonicalIsoId, ISO_42001_FILE, type Iso42001, type IsoObjective, type IsoControl } from './iso-42001.js';
export { euAiAct, loadEuAiAct, euAiActEntry, euAiActArticle, canonicalEuId, EU_AI_ACT_FILE, type EuAiAct, type EuArticle, type EuParagraph } from './eu-ai-act.js';
export { parseTaxonomyId, taxonomyEntry, taxonomyEntries, frameworkEntries, taxonomyIdExists, suggestTaxonomyId, type TaxonomyRef } from './lookup.js';
export { searchTaxonomies, maxQueryLength, type TaxonomyHit, type SearchOptions } from './search.js';
export { findTaxonomyIds, type FoundTaxonomyId } from './find-ids.js';
export { VENDORED_TAXONOMY_DIR, maxTaxonomyFileBytes } from './read-vendored.js';
export { renderTaxonomyEntry, renderTaxonomyHits, taxonomyEntryJson } from './render-entry.js';
