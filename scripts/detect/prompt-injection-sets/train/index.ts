/** The training set's material (extra-train.jsonl). Nothing here is shared with holdout/. */
import type { SetSources } from '../types.js';
import { benignEnglish } from './benign-english.js';
import { benignMultilingualAsia } from './benign-multilingual-asia.js';
import { benignMultilingualEast } from './benign-multilingual-east.js';
import { benignAttackOnlyScripts } from './benign-attack-only-scripts.js';
import { benignMultilingualWest } from './benign-multilingual-west.js';
import { emailCarriersTrain, webCarriersTrain } from './carriers-email-web.js';
import { agentCarriersTrain } from './carriers-agents.js';
import { documentCarriersTrain, reviewCarriersTrain, toolCarriersTrain } from './carriers-tools-docs.js';
import { benignEncodedTrain, codeBlobsTrain, encodedTrain } from './encoded.js';
import { hardNegativesAgents } from './hard-negatives-agents.js';
import { hardNegativesEnglish } from './hard-negatives-english.js';
import { injectionsDirect } from './injections-direct.js';
import { injectionsExtraction } from './injections-extraction.js';
import { indirectPayloadsAgentsTrain } from './injections-indirect-agents.js';
import { indirectPayloadsTrain } from './injections-indirect.js';
import { injectionsMultilingual } from './injections-multilingual.js';
import { injectionsMultilingual2 } from './injections-multilingual-2.js';
import { longDocumentsTrain } from './long-documents.js';
import { exfiltrationTrain, markdownLinksTrain } from './markdown.js';

export const trainSources: SetSources = {
  set: 'extra-train',
  sourcePrefix: 'aisec_authored_train',
  authored: [...benignMultilingualWest, ...benignMultilingualEast, ...benignMultilingualAsia, ...benignAttackOnlyScripts, ...benignEnglish, ...hardNegativesEnglish, ...hardNegativesAgents, ...injectionsDirect, ...injectionsMultilingual, ...injectionsExtraction, ...injectionsMultilingual2],
  carriers: [...emailCarriersTrain, ...webCarriersTrain, ...toolCarriersTrain, ...documentCarriersTrain, ...reviewCarriersTrain, ...agentCarriersTrain],
  indirectPayloads: [...indirectPayloadsTrain, ...indirectPayloadsAgentsTrain],
  indirectPerCarrier: 6,
  encoded: encodedTrain,
  benignEncoded: benignEncodedTrain,
  codeBlobs: codeBlobsTrain,
  markdownLinks: markdownLinksTrain,
  exfiltration: exfiltrationTrain,
  longDocuments: { documents: longDocumentsTrain, count: 15, injectedCount: 10, payloads: indirectPayloadsTrain },
};
