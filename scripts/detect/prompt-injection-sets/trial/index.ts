/**
 * The training batches under trial, by name, and their rows in extra-train's shape (ids, sources
 * and categories as if the batch were part of that set), for the recipe comparison's --add.
 */
import { buildSet } from '../build-set.js';
import { textsAndCarriers, type AuthoredGroup, type Row } from '../types.js';
import { hardNegativesMeta } from './hard-negatives-meta.js';
import { multilingualDirectAsia } from './multilingual-direct-asia.js';
import { multilingualDirectEurope } from './multilingual-direct-europe.js';
import { readerDirectives } from './reader-directives.js';

export const TRIAL_BATCHES: Readonly<Record<string, readonly AuthoredGroup[]>> = {
  'hard-negatives-meta': hardNegativesMeta,
  'reader-directives': readerDirectives,
  'multilingual-direct': [...multilingualDirectEurope, ...multilingualDirectAsia],
};

/** The rows of the named batches, together; a name that is no key of {@link TRIAL_BATCHES} is an error naming the batches there are. */
export function trialRows(names: readonly string[]): Row[] {
  const groups = names.flatMap((n) => {
    const batch = TRIAL_BATCHES[n];
    if (batch === undefined) throw new Error(`no trial batch ${JSON.stringify(n)}; the batches are ${Object.keys(TRIAL_BATCHES).join(', ')}`);
    return batch;
  });
  return buildSet(textsAndCarriers('extra-train', 'aisec_authored_train', groups, [], [], 0), 1);
}
