/**
 * The system descriptor (aisec.yaml): its schema, loader, JSON Schema and reference docs.
 */
export {
  SystemDescriptorSchema,
  ModelSchema,
  EndpointSchema,
  UsersSchema,
  type SystemDescriptor,
  type SystemDescriptorInput,
  type Model,
  type Endpoint,
  type Users,
} from './system-schema.js';
export {
  DatasetSchema,
  DatasetColumnSchema,
  DatasetShapeSchema,
  DatasetRuleSchema,
  columnTypes,
  ruleChecks,
  type Dataset,
  type DatasetColumn,
  type DatasetShape,
  type DatasetRule,
} from './dataset-schema.js';
export {
  EndpointModelSchema,
  ModelInputSchema,
  ModelTestsSchema,
  TrainingRecipeSchema,
  testSuiteKinds,
  type EndpointModel,
  type EndpointModelInput,
  type ModelInput,
  type ModelTests,
  type TrainingRecipe,
} from './model-testing-schema.js';
export { parseDescriptorPart } from './descriptor-part.js';
export { SignatureRefSchema, type SignatureRef } from './signature-schema.js';
export {
  LlmComponentSchema,
  LlmToolSchema,
  RetrievalSourceSchema,
  ToolParametersSchema,
  maxToolParametersChars,
  maxToolParametersDepth,
  type LlmComponent,
  type LlmTool,
  type RetrievalSource,
} from './llm-schema.js';
export {
  PlantedSecretSchema,
  plantedSecretKinds,
  InjectionPointSchema,
  LlmRedTeamSchema,
  maxCanaries,
  maxCanaryLength,
  type PlantedSecretEntry,
  type InjectionPointEntry,
  type LlmRedTeam,
} from './llm-redteam-schema.js';
export {
  automationLevels,
  criticalities,
  datasetRoles,
  datasetSources,
  endpointAuths,
  exposures,
  outputDetails,
  retrievalKinds,
  toolPermissions,
  trustLevels,
} from './schema-primitives.js';
export { loadSystemDescriptor, maxAliasCount, type LoadedSystem, type LoadSystemOptions } from './load-system.js';
export { descriptorFileNames, maxDescriptorBytes } from './descriptor-file.js';
export { namedPaths, isInside, relativePathProblem, type NamedPath } from './check-paths.js';
export { dottedPath, type ConfigIssue } from './config-issues.js';
export { parseYamlConfig, type ParsedYamlConfig, type YamlConfigOptions } from './yaml-config.js';
export type { SourcePosition } from './yaml-positions.js';
export { systemJsonSchema, systemJsonSchemaId } from './json-schema.js';
export { renderDescriptorReference } from './reference.js';
