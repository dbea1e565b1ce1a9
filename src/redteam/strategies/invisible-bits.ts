import { z } from 'zod';
import { toInvisibleBits } from '../../detect/index.js';
import { defineStrategy } from '../plugins.js';
import { pick } from './pick.js';

/** Visible lines a person reads; the payload follows them unseen. */
const COVERS = ['Thanks, that helps!', 'Could you take a look at this?', 'Please summarise the text above.', 'Looks good to me.', ''] as const;

/**
 * "Sneaky bits": the payload as binary in two invisible characters, INVISIBLE TIMES (U+2062)
 * for 0 and INVISIBLE PLUS (U+2064) for 1, eight bits a character (the shorter form without
 * leading zeros reads back two ways where digits meet letters, and would garble markers), after
 * a short visible line. A person sees only the line; a model that reads the characters can
 * rebuild the text. Characters outside printable ASCII are left out (counted).
 */
export const invisibleBitsStrategy = defineStrategy({
  id: 'invisible-bits',
  version: 1,
  summary: 'Hides the payload as binary in invisible characters after a short visible line.',
  tags: { owasp: ['LLM01:2025'], atlas: ['AML.T0068'] },
  options: z.object({}),
  apply(payload, random) {
    const { item, index } = pick(random, COVERS);
    const kept = payload.replace(/[^\x20-\x7e]/g, '');
    return { text: `${item}${toInvisibleBits(kept, true)}`, provenance: { strategy: 'invisible-bits', cover: index, dropped: [...payload].length - kept.length } };
  },
});
