/** The holdout set's material (holdout.jsonl). Nothing here is shared with train/. */
import type { SetSources } from '../types.js';

export const holdoutSources: SetSources = {
  set: 'holdout',
  sourcePrefix: 'aisec_authored_holdout',
  authored: [],
  carriers: [],
  indirectPayloads: [],
  indirectPerCarrier: 0,
  encoded: { payloads: [], decodeCarriers: [], disguiseCarriers: [], perEncoding: 0 },
  benignEncoded: { plaintexts: [], carriers: [], count: 0 },
  codeBlobs: { templates: [], plaintexts: [], subjects: [], count: 0 },
  markdownLinks: { templates: [], hosts: [], paths: [], imagePaths: [], campaigns: [], count: 0 },
  exfiltration: { templates: [], hosts: [], params: [], count: 0 },
  longDocuments: { documents: [], count: 0, injectedCount: 0, payloads: [] },
};
