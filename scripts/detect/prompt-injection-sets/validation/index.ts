/**
 * The validation set's material (validation.jsonl): rows for choosing among training changes
 * before the holdout is scored. Written after the training and holdout material, in kinds of
 * document and wordings neither uses, so that it measures what the authored training split does
 * not: text unlike the training rows. Nothing here is shared with train/ or holdout/; no training
 * reads this set.
 */
import { textsAndCarriers, type SetSources } from '../types.js';
import { authoredValidation } from './authored.js';
import { carriersValidation } from './carriers.js';
import { indirectPayloadsValidation } from './payloads.js';

export const validationSources: SetSources = textsAndCarriers('validation', 'aisec_authored_validation', authoredValidation, carriersValidation, indirectPayloadsValidation, 3);
