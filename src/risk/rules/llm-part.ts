import { defineThreatRule, type RuleHit } from '../threat.js';
import { exposureOf } from './rule-helpers.js';

/** Any LLM part → direct prompt injection, system-prompt leakage, sensitive information disclosure. */
export const llmPart = defineThreatRule({
  id: 'llm-part',
  condition: 'The system has an LLM part (llm[]).',
  yields: ['direct-prompt-injection', 'system-prompt-leakage', 'sensitive-information-disclosure'] as const,
  evaluate(system) {
    const { exposure, unknown } = exposureOf(system);
    const base = exposure === 'public' ? 5 : exposure === 'partner' ? 4 : 3;
    const hits: RuleHit[] = [];
    for (const part of system.llm) {
      const endpoints = system.endpointsServing(part.name).map((e) => e.name);
      const common = { asset: { kind: 'llm' as const, name: part.name }, endpoints, ...(unknown.length > 0 ? { unknown } : {}) };
      hits.push({ ...common, kind: 'direct-prompt-injection', likelihood: base, reason: `LLM part ${part.name} takes free text from ${exposure} users, who can write instructions that override its own.` });
      hits.push({
        ...common,
        kind: 'system-prompt-leakage',
        likelihood: Math.max(1, base - 1),
        reason: `LLM part ${part.name} has a system prompt${part.systemPromptFile ? ` (${part.systemPromptFile})` : ''} that users can try to make it repeat.`,
      });
      hits.push({
        ...common,
        kind: 'sensitive-information-disclosure',
        likelihood: Math.max(1, base - 1 + (part.retrieval.length > 0 || part.tools.length > 0 ? 1 : 0)),
        reason: `LLM part ${part.name} answers from what it was trained on${part.retrieval.length > 0 ? ', what it retrieves' : ''}${part.tools.length > 0 ? ' and what its tools return' : ''}, which may hold data the user must not see.`,
      });
    }
    return hits;
  },
});
