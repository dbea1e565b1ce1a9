import { z } from 'zod';
import { toZalgo } from '../../detect/index.js';
import { defineStrategy } from '../plugins.js';
import { outsideProtected } from './protected-spans.js';

/**
 * Zalgo text: every letter buried under a stack of combining marks (1 to a drawn maximum of
 * 1–6 each). The text stays readable to a person and to many models, but the letters of its
 * words are no longer the letters a keyword filter or a classifier was built on. Markers, URLs,
 * addresses and tool names are left intact.
 */
export const zalgoStrategy = defineStrategy({
  id: 'zalgo',
  version: 1,
  summary: 'Buries every letter of the payload under a stack of combining marks (Zalgo text).',
  tags: { owasp: ['LLM01:2025'], atlas: ['AML.T0068'] },
  options: z.object({}),
  apply(payload, random) {
    const most = 1 + Math.floor(random() * 6);
    let marks = 0;
    const text = outsideProtected(payload, (free) => {
      const z = toZalgo(free, random, most);
      marks += z.marks;
      return z.text;
    });
    return { text, provenance: { strategy: 'zalgo', most, marks } };
  },
});
