import { z } from 'zod';
import { latinConfusables } from '../../detect/index.js';
import { defineStrategy } from '../plugins.js';
import { pick } from './pick.js';
import { outsideProtected } from './protected-spans.js';

/**
 * Latin letters replaced by Cyrillic or Greek letters drawn the same (the shared confusables
 * table of `detect/`), at a rate drawn between 0.3 and 0.7. The text reads the same to a
 * person, so there is no decoding instruction; markers, URLs, addresses and tool names are left
 * intact so the request can still be carried out and judged.
 */
export const homoglyphStrategy = defineStrategy({
  id: 'homoglyph',
  version: 1,
  summary: 'Swaps Latin letters of the payload for Cyrillic and Greek look-alikes.',
  tags: { owasp: ['LLM01:2025'], atlas: ['AML.T0068'] },
  options: z.object({}),
  apply(payload, random) {
    const rate = Math.round((0.3 + 0.4 * random()) * 100) / 100;
    let replaced = 0;
    const text = outsideProtected(payload, (free) =>
      free.replace(/[A-Za-z]/g, (c) => {
        const fakes = latinConfusables[c];
        if (fakes === undefined || fakes.length === 0 || random() >= rate) return c;
        replaced++;
        return pick(random, fakes).item;
      }),
    );
    return { text, provenance: { strategy: 'homoglyph', rate, replaced } };
  },
});
