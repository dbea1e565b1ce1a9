import { defineThreatRule, type RuleHit } from '../threat.js';
import { words } from './rule-helpers.js';

const outsideKinds = new Set(['web', 'email']);

/** Retrieval from sources outsiders write → indirect prompt injection. */
export const untrustedRetrieval = defineThreatRule({
  id: 'untrusted-retrieval',
  condition: 'An LLM part retrieves from the web or e-mail, or from any source marked untrusted (tickets, reviews, user uploads), or from a source whose trust is not stated.',
  yields: ['indirect-prompt-injection'] as const,
  evaluate(system) {
    const hits: RuleHit[] = [];
    for (const part of system.llm) {
      const outside = part.retrieval.filter((s) => s.trust === 'untrusted' || outsideKinds.has(s.kind ?? ''));
      const unstated = part.retrieval.filter((s) => s.trust === undefined && !outsideKinds.has(s.kind ?? ''));
      if (outside.length === 0 && unstated.length === 0) continue;
      const all = [...outside, ...unstated];
      hits.push({
        kind: 'indirect-prompt-injection',
        asset: { kind: 'llm', name: part.name },
        reason:
          outside.length > 0
            ? `LLM part ${part.name} puts content from ${words(outside.map((s) => `${s.name} (${s.kind ?? 'kind not stated'}${s.trust === 'untrusted' ? ', untrusted' : ''})`))} into its prompt: whoever writes that content can write instructions.`
            : `LLM part ${part.name} retrieves from ${words(unstated.map((s) => s.name))} with no trust stated; assumed written by outsiders.`,
        likelihood: all.some((s) => outsideKinds.has(s.kind ?? '')) ? 5 : 4,
        endpoints: system.endpointsServing(part.name).map((e) => e.name),
        ...(unstated.length > 0 ? { unknown: unstated.map((s) => `llm[${part.name}].retrieval[${s.name}].trust`) } : {}),
      });
    }
    return hits;
  },
});
