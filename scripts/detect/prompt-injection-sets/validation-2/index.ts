/**
 * The second validation batch's material (validation-2.jsonl), written by another hand after the
 * first batch had been read to choose training changes, so that those changes are judged on text
 * nobody looked at while making them. Kinds of document and wordings that neither the training,
 * the holdout nor the first batch use. Nothing here is shared with the other sets; no training
 * reads this set.
 */
import type { SetSources } from '../types.js';
import { authoredValidation2 } from './authored.js';
import { carriersValidation2 } from './carriers.js';
import { indirectPayloadsValidation2 } from './payloads.js';

const none = { count: 0 } as const;

export const validation2Sources: SetSources = {
  set: 'validation-2',
  sourcePrefix: 'aisec_authored_validation2',
  authored: authoredValidation2,
  carriers: carriersValidation2,
  indirectPayloads: indirectPayloadsValidation2,
  indirectPerCarrier: 3,
  encoded: { payloads: [], decodeCarriers: [], disguiseCarriers: [], perEncoding: 0 },
  benignEncoded: { plaintexts: [], carriers: [], ...none },
  codeBlobs: { templates: [], plaintexts: [], subjects: [], ...none },
  markdownLinks: { templates: [], hosts: [], paths: [], imagePaths: [], campaigns: [], ...none },
  exfiltration: { templates: [], hosts: [], params: [], ...none },
  longDocuments: { documents: [], injectedCount: 0, payloads: [], ...none },
};
