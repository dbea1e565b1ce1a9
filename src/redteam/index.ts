/**
 * The red-team runner for LLM applications: targets, probes, strategies, response detectors and
 * the harness. Other folders reach this one only through this file.
 */
export type * from './types.js';
export { runRedTeam, type RunRedTeamOptions } from './harness.js';
export type { HarnessClock } from './harness/clock.js';
export { createOpenAiChatTarget, type OpenAiChatTargetOptions } from './targets/openai-chat.js';
export { createHttpTemplateTarget, type HttpTemplateTargetOptions } from './targets/http-template.js';
export { defaultAppContext } from './app-context.js';
export { readEventLog, type EventLogContents } from './event-log-read.js';
export type { AttemptLine, RunHeader, SummaryLine } from './event-log-schema.js';
export { summariseOutcomes, type OutcomeRecord } from './results.js';
export { defineProbe, defineStrategy, defineResponseDetector } from './plugins.js';
export { builtinProbes } from './probes/builtin-probes.js';
export { builtinStrategies } from './strategies/builtin-strategies.js';
export { builtinResponseDetectors } from './detectors/builtin-detectors.js';
export { createRedTeamRegistries, type RedTeamRegistries, type RedTeamPluginLists } from './registries.js';
export { classifyReply, type RefusalJudgement } from './detectors/refusal-classifier.js';
export { appContextFromDescriptor, sensitivePermissions, type DescribedAppContext } from './app-context-from-descriptor.js';
export {
  createWeakModelSimulator,
  serveChatSimulator,
  simulatorProfiles,
  type ChatSimulator,
  type ChatSimulatorServer,
  type ServeChatSimulatorOptions,
  type SimulatorProfile,
  type SimulatorReply,
  type SimulatorRequest,
  type WeakModelOptions,
} from './simulator/index.js';
