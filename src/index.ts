/**
 * The aisec library: the same functions the CLI and the server call. Nothing inside aisec
 * imports this file.
 */
export * from './assess/index.js';
export { createPromptInjectionDetector, matchInjectionRules, type PromptInjectionDetector, type PromptInjectionVerdict, type PromptInjectionReason } from './detect/index.js';
export { runRedTeam, createOpenAiChatTarget, createHttpTemplateTarget, defaultAppContext, appContextFromDescriptor, builtinProbes, builtinStrategies, builtinResponseDetectors, defineProbe, defineStrategy, defineResponseDetector, createWeakModelSimulator, serveChatSimulator } from './redteam/index.js';
export { loadGatewayConfig, startGateway, setModelControl, decideReview, listReviews, controlStatus, type ControlBus, type ModelStatus } from './gateway/index.js';
export {
  taxonomyEntry,
  taxonomyEntries,
  parseTaxonomyId,
  searchTaxonomies,
  findTaxonomyIds,
  atlas,
  atlasTechnique,
  atlasTactic,
  atlasMitigation,
  atlasCaseStudy,
  atlasMitigationsFor,
  atlasCaseStudiesUsing,
  cosai,
  cosaiRisk,
  cosaiControl,
  cosaiControlsFor,
  cosaiRisksFor,
  owasp,
  owaspItem,
  owaspForAtlas,
  nistAiRmf,
  nistGai,
  nistSubcategory,
  iso42001,
  iso42001Control,
  euAiAct,
  euAiActArticle,
  frameworkKeys,
  type FrameworkKey,
  type TaxonomyEntry,
} from './taxonomy/index.js';
export { AisecError, isAisecError, type ErrorCode } from './core/errors.js';
