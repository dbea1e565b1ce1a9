/**
 * The fourth validation batch's material (validation-4.jsonl), written by a fourth hand without
 * reading any other set, the detector or its rules: so that changes to the detector are judged on
 * text that nobody tuning it had seen. Document kinds and wordings chosen to differ from the other
 * sets, with most benign rows being hard negatives (instructions meant for people or ordinary
 * software) in English and eleven other languages. Nothing here is shared with the other sets; no
 * training reads this set.
 */
import { textsAndCarriers, type SetSources } from '../types.js';
import { authoredValidation4 } from './authored.js';
import { carriersValidation4 } from './carriers.js';
import { indirectPayloadsValidation4 } from './payloads.js';

export const validation4Sources: SetSources = textsAndCarriers('validation-4', 'aisec_authored_validation4', authoredValidation4, carriersValidation4, indirectPayloadsValidation4, 3);
