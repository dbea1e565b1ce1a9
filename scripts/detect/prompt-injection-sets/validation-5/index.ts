/**
 * The fifth validation batch's material (validation-5.jsonl), written by a fifth hand who read
 * neither the other sets nor the detector. It exists to judge changes meant to lower false alarms
 * on ordinary text about AI, security and instructions for people: benign hard negatives that
 * discuss, document or configure chatbots and prompts, quote attacks in fraud-awareness writing,
 * give rules and procedures to people, or ask an assistant to ignore, forget, pretend or repeat
 * something in a legitimate way; in English and nineteen other languages. Beside them, attacks a
 * user types and attacks planted in documents, web pages, emails and tool results, some dressed as
 * the same kinds of text as the benign rows, so that fewer false alarms cannot be bought with
 * missed attacks. Texts only: no carriers or payloads. Nothing here is shared with the other sets;
 * no training reads this set.
 */
import { textsAndCarriers, type SetSources } from '../types.js';
import { authoredValidation5 } from './authored.js';

export const validation5Sources: SetSources = textsAndCarriers('validation-5', 'aisec_authored_validation5', authoredValidation5, [], [], 3);
