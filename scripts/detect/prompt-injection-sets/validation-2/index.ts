/**
 * The second validation batch's material (validation-2.jsonl), written by another hand after the
 * first batch had been read to choose training changes, so that those changes are judged on text
 * nobody looked at while making them. Kinds of document and wordings that neither the training,
 * the holdout nor the first batch use. Nothing here is shared with the other sets; no training
 * reads this set.
 */
import { textsAndCarriers, type SetSources } from '../types.js';
import { authoredValidation2 } from './authored.js';
import { carriersValidation2 } from './carriers.js';
import { indirectPayloadsValidation2 } from './payloads.js';

export const validation2Sources: SetSources = textsAndCarriers('validation-2', 'aisec_authored_validation2', authoredValidation2, carriersValidation2, indirectPayloadsValidation2, 3);
