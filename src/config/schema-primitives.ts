/**
 * Small building blocks shared by the descriptor schemas: names, paths and the closed
 * vocabularies (criticality, automation, exposure, ...). The vocabularies are exported as
 * plain arrays so the draft writer and the docs list exactly what the schema accepts.
 */
import { z } from 'zod';

/** What the system decides about; the higher-stakes domains follow EU AI Act Annex III. */
export const criticalities = [
  'credit',
  'insurance',
  'health',
  'employment',
  'education',
  'essential-services',
  'law-enforcement',
  'migration',
  'legal',
  'biometric',
  'critical-infrastructure',
  'safety',
  'content',
  'internal-tooling',
  'other',
] as const;

/** How much a person stands between the model's output and the decision. */
export const automationLevels = ['fully-automated', 'human-review', 'advisory'] as const;

/** Who can reach the system. */
export const exposures = ['internal', 'partner', 'public'] as const;

/** What a dataset is used for. */
export const datasetRoles = ['train', 'eval', 'reference', 'production-log'] as const;

/** Where a dataset comes from; the less control, the higher the poisoning risk. */
export const datasetSources = ['internal', 'third-party', 'user-generated', 'scraped'] as const;

/** How an endpoint authenticates callers. */
export const endpointAuths = ['none', 'api-key', 'oauth', 'mtls'] as const;

/** How much an endpoint reveals per answer; more detail makes extraction and inference easier. */
export const outputDetails = ['label', 'scores', 'probabilities'] as const;

/** What an LLM tool is allowed to do. */
export const toolPermissions = ['read', 'write', 'delete', 'execute', 'network', 'payments', 'messaging', 'admin'] as const;

/** Kinds of retrieval sources an LLM part reads from. */
export const retrievalKinds = ['vector-store', 'documents', 'web', 'database', 'email', 'api', 'other'] as const;

/** Whether content from a retrieval source can be trusted not to carry instructions. */
export const trustLevels = ['trusted', 'untrusted'] as const;

/** The name of the system: lowercase letters, digits and single dashes (a slug). */
export const SystemNameSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'use lowercase letters and digits, separated by single dashes (or . or _), e.g. credit-scoring');

/** The name of an asset (model, dataset, endpoint, ...): referenced from other entries. */
export const AssetNameSchema = z
  .string()
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, dots, dashes and underscores, starting with a letter or digit');

/** A path relative to the folder of aisec.yaml; the loader checks that it exists and stays inside. */
export const RelativePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a path may not contain NUL characters');

/** Free text that must say something. */
export const TextSchema = z.string().trim().min(1).max(10_000);

/** A format name as detected from content, e.g. onnx, safetensors, pickle, csv. */
export const FormatNameSchema = z
  .string()
  .max(40)
  .regex(/^[a-z0-9][a-z0-9.+-]*$/, 'use a lowercase format name such as onnx, safetensors, pickle or csv');
