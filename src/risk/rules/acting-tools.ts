import { defineThreatRule, type RuleHit } from '../threat.js';
import { actingPermissions, words } from './rule-helpers.js';

/** An LLM with tools that act → excessive agency. */
export const actingTools = defineThreatRule({
  id: 'acting-tools',
  condition: 'An LLM part has a tool with a write, delete, execute, network, payments, messaging or admin permission (or a tool with no permissions stated).',
  yields: ['excessive-agency'] as const,
  evaluate(system) {
    const hits: RuleHit[] = [];
    for (const part of system.llm) {
      const acting = part.tools.filter((t) => t.permissions?.some((p) => actingPermissions.has(p)));
      const unstated = part.tools.filter((t) => t.permissions === undefined);
      if (acting.length === 0 && unstated.length === 0) continue;
      const shown = acting.map((t) => `${t.name} (${t.permissions!.filter((p) => actingPermissions.has(p)).join(', ')})`);
      const reason =
        acting.length > 0
          ? `LLM part ${part.name} can act through ${words(shown)}: the model decides when to call them, and anything in its context can ask it to.`
          : `LLM part ${part.name} has tools ${words(unstated.map((t) => t.name))} with no permissions stated; assumed able to act.`;
      hits.push({
        kind: 'excessive-agency',
        asset: { kind: 'llm', name: part.name },
        reason,
        likelihood: acting.some((t) => t.permissions!.some((p) => ['payments', 'admin', 'execute', 'delete'].includes(p))) ? 4 : 3,
        endpoints: system.endpointsServing(part.name).map((e) => e.name),
        ...(unstated.length > 0 ? { unknown: unstated.map((t) => `llm[${part.name}].tools[${t.name}].permissions`) } : {}),
      });
    }
    return hits;
  },
});
