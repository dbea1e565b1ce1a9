/**
 * A small multilingual lexicon of the ideas prompt injections are made of (ignore, previous,
 * instructions, system prompt, reveal, secret, role-play, unrestricted, tool, covert, …), in
 * English and 21 other languages. The learned model reads each match as a language-neutral
 * concept feature, so what it learns from "ignore the previous instructions" carries over to
 * "ignoriere die vorherigen Anweisungen" and "忽略之前的指令", and a benign text is not judged
 * by its script.
 *
 * Forms are lower case. In scripts written with spaces a form matches at the start of a word
 * (a stem: `ignor` matches ignore, ignoring, ignorieren); a form ending in `=` must be the whole
 * word. In scripts written without spaces (Chinese, Japanese, Thai) a form matches anywhere.
 * Changing this table changes the features: retrain the model (its weights record the digest).
 */
import { createHash } from 'node:crypto';
import { instructionConcepts } from './concepts/instruction-concepts.js';
import { disclosureConcepts } from './concepts/disclosure-concepts.js';
import { personaConcepts } from './concepts/persona-concepts.js';
import { redirectionConcepts } from './concepts/redirection-concepts.js';
import { actionConcepts } from './concepts/action-concepts.js';

/** The concepts in a fixed order (the order is part of the digest), one file per group of ideas under concepts/. */
export const conceptLexicon: Readonly<Record<string, readonly string[]>> = Object.freeze({ ...instructionConcepts, ...disclosureConcepts, ...personaConcepts, ...redirectionConcepts, ...actionConcepts });

let digest: string | undefined;

/** SHA-256 of the lexicon (concept names and forms, in order): weights trained with it record it. */
export function conceptLexiconDigest(): string {
  digest ??= createHash('sha256').update(JSON.stringify(Object.entries(conceptLexicon))).digest('hex').slice(0, 16);
  return digest;
}
