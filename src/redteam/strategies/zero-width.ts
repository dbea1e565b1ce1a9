import { z } from 'zod';
import { defineStrategy } from '../plugins.js';
import { pick } from './pick.js';
import { outsideProtected } from './protected-spans.js';

/** Zero-width space, non-joiner, joiner and word joiner: each renders as nothing. */
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060'] as const;

/**
 * Invisible characters interleaved between the letters of words, at a rate drawn between 0.3
 * and 0.8: the text looks unchanged but keyword filters no longer see whole words. Markers,
 * URLs, addresses and tool names are left intact.
 */
export const zeroWidthStrategy = defineStrategy({
  id: 'zero-width',
  version: 1,
  summary: 'Interleaves zero-width characters between the letters of the payload.',
  tags: { owasp: ['LLM01:2025'], atlas: ['AML.T0068'] },
  options: z.object({}),
  apply(payload, random) {
    const rate = Math.round((0.3 + 0.5 * random()) * 100) / 100;
    let inserted = 0;
    const text = outsideProtected(payload, (free) =>
      free.replace(/(?<=\p{L})(?=\p{L})/gu, () => {
        if (random() >= rate) return '';
        inserted++;
        return pick(random, INVISIBLE).item;
      }),
    );
    return { text, provenance: { strategy: 'zero-width', rate, inserted } };
  },
});
