/** The holdout set's material (holdout.jsonl). Nothing here is shared with train/: other sentences, topics, personas, payload wordings, carriers, hosts and marker phrases. */
import type { SetSources } from '../types.js';
import { benignEnglishHoldout } from './benign-english.js';
import { benignMultilingualAsiaHoldout } from './benign-multilingual-asia.js';
import { benignMultilingualEastHoldout } from './benign-multilingual-east.js';
import { benignMultilingualWestHoldout } from './benign-multilingual-west.js';
import { emailCarriersHoldout, webCarriersHoldout } from './carriers-email-web.js';
import { documentCarriersHoldout, reviewCarriersHoldout, toolCarriersHoldout } from './carriers-tools-docs.js';
import { benignEncodedHoldout, codeBlobsHoldout, encodedHoldout } from './encoded.js';
import { hardNegativesEnglishHoldout } from './hard-negatives-english.js';
import { injectionsDirectHoldout } from './injections-direct.js';
import { indirectPayloadsHoldout } from './injections-indirect.js';
import { injectionsMultilingualHoldout } from './injections-multilingual.js';
import { longDocumentsHoldout } from './long-documents.js';
import { exfiltrationHoldout, markdownLinksHoldout } from './markdown.js';

export const holdoutSources: SetSources = {
  set: 'holdout',
  sourcePrefix: 'aisec_authored_holdout',
  authored: [
    ...benignMultilingualWestHoldout,
    ...benignMultilingualEastHoldout,
    ...benignMultilingualAsiaHoldout,
    ...benignEnglishHoldout,
    ...hardNegativesEnglishHoldout,
    ...injectionsDirectHoldout,
    ...injectionsMultilingualHoldout,
  ],
  carriers: [...emailCarriersHoldout, ...webCarriersHoldout, ...toolCarriersHoldout, ...documentCarriersHoldout, ...reviewCarriersHoldout],
  indirectPayloads: indirectPayloadsHoldout,
  indirectPerCarrier: 6,
  encoded: encodedHoldout,
  benignEncoded: benignEncodedHoldout,
  codeBlobs: codeBlobsHoldout,
  markdownLinks: markdownLinksHoldout,
  exfiltration: exfiltrationHoldout,
  longDocuments: { documents: longDocumentsHoldout, count: 8, injectedCount: 6, payloads: indirectPayloadsHoldout },
};
