/**
 * The validation set's material (validation.jsonl): rows for choosing among training changes
 * before the holdout is scored. Written after the training and holdout material, in kinds of
 * document and wordings neither uses, so that it measures what the authored training split does
 * not: text unlike the training rows. Nothing here is shared with train/ or holdout/; no training
 * reads this set.
 */
import type { SetSources } from '../types.js';
import { authoredValidation } from './authored.js';
import { carriersValidation } from './carriers.js';
import { indirectPayloadsValidation } from './payloads.js';

const none = { count: 0 } as const;

export const validationSources: SetSources = {
  set: 'validation',
  sourcePrefix: 'aisec_authored_validation',
  authored: authoredValidation,
  carriers: carriersValidation,
  indirectPayloads: indirectPayloadsValidation,
  indirectPerCarrier: 3,
  encoded: { payloads: [], decodeCarriers: [], disguiseCarriers: [], perEncoding: 0 },
  benignEncoded: { plaintexts: [], carriers: [], ...none },
  codeBlobs: { templates: [], plaintexts: [], subjects: [], ...none },
  markdownLinks: { templates: [], hosts: [], paths: [], imagePaths: [], campaigns: [], ...none },
  exfiltration: { templates: [], hosts: [], params: [], ...none },
  longDocuments: { documents: [], injectedCount: 0, payloads: [], ...none },
};
