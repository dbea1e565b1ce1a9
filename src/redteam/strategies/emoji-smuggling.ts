import { z } from 'zod';
import { toVariationSelectors } from '../../detect/index.js';
import { defineStrategy } from '../plugins.js';
import { pick } from './pick.js';

/** The visible part: an emoji, or a short line ending in one. The payload follows it unseen. */
const CARRIERS = ['👍', '😊', 'Great, thanks! 🙌', 'See attached 📎', '✅ Done'] as const;

/**
 * Emoji smuggling: the payload's UTF-8 bytes written as Unicode variation selectors (one
 * selector a byte; they render as nothing) after an emoji, so a person sees only the emoji or a
 * short line while a model that reads the selectors' bytes can recover the text. Every character
 * survives, unlike tag characters, which carry only ASCII.
 */
export const emojiSmugglingStrategy = defineStrategy({
  id: 'emoji-smuggling',
  version: 1,
  summary: 'Hides the payload in invisible Unicode variation selectors after an emoji.',
  tags: { owasp: ['LLM01:2025'], atlas: ['AML.T0068'] },
  options: z.object({}),
  apply(payload, random) {
    const { item, index } = pick(random, CARRIERS);
    return { text: `${item}${toVariationSelectors(payload)}`, provenance: { strategy: 'emoji-smuggling', carrier: index } };
  },
});
