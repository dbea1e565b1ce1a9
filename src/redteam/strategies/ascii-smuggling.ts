import { z } from 'zod';
import { toTagCharacters } from '../../detect/index.js';
import { defineStrategy } from '../plugins.js';
import { pick } from './pick.js';

/** Visible lines a person reads; the payload follows them unseen. */
const COVERS = ['Thanks, that helps!', 'Could you take a look at this?', 'Please summarise the text above.', 'Hi there 👋', ''] as const;

/**
 * ASCII smuggling: the payload written in Unicode tag characters (U+E0020–U+E007E mirror
 * printable ASCII and render as nothing) after a short visible line, so a person reviewing the
 * prompt sees only the cover while a model whose tokenizer reads tag characters sees the
 * instruction. Characters outside printable ASCII have no tag form and are left out (counted).
 */
export const asciiSmugglingStrategy = defineStrategy({
  id: 'ascii-smuggling',
  version: 1,
  summary: 'Hides the payload in invisible Unicode tag characters after a short visible line.',
  tags: { owasp: ['LLM01:2025'], atlas: ['AML.T0068'] },
  options: z.object({}),
  apply(payload, random) {
    const { item, index } = pick(random, COVERS);
    const hidden = toTagCharacters(payload);
    return { text: `${item}${hidden}`, provenance: { strategy: 'ascii-smuggling', cover: index, dropped: [...payload].length - hidden.length / 2 } };
  },
});
