/** Every threat rule, listed once. A new rule goes in its own file and is added here (docs/risk.md). */
import type { ThreatRule } from '../threat.js';
import { actingTools } from './acting-tools.js';
import { consequentialDecisions } from './consequential-decisions.js';
import { exposedModelScores } from './exposed-model-scores.js';
import { llmPart } from './llm-part.js';
import { outsideArtifacts } from './outside-artifacts.js';
import { personalTrainingData } from './personal-training-data.js';
import { reachableModel } from './reachable-model.js';
import { storedModelArtifact } from './stored-model-artifact.js';
import { untrustedRetrieval } from './untrusted-retrieval.js';
import { untrustedTrainingData } from './untrusted-training-data.js';

export const builtinThreatRules: readonly ThreatRule[] = Object.freeze([
  untrustedTrainingData,
  exposedModelScores,
  personalTrainingData,
  reachableModel,
  outsideArtifacts,
  storedModelArtifact,
  actingTools,
  untrustedRetrieval,
  llmPart,
  consequentialDecisions,
]);
