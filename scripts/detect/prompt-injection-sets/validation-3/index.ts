/**
 * The third validation batch's material (validation-3.jsonl), written by a third hand at the same
 * time as training rows written by others, and without reading any other set: so that those
 * training rows are judged on text neither their authors nor this one had seen. Kinds of document
 * and wordings that no other set uses, and benign text in the five languages that the training
 * rows show only in attacks (Romanian, Finnish, Hebrew, Czech, Hungarian). Nothing here
 * is shared with the other sets; no training reads this set.
 */
import { textsAndCarriers, type SetSources } from '../types.js';
import { authoredValidation3 } from './authored.js';
import { carriersValidation3 } from './carriers.js';
import { indirectPayloadsValidation3 } from './payloads.js';

export const validation3Sources: SetSources = textsAndCarriers('validation-3', 'aisec_authored_validation3', authoredValidation3, carriersValidation3, indirectPayloadsValidation3, 3);
