import { defineThreatRule, type RuleHit } from '../threat.js';
import { exposureOf, queryLikelihood, words } from './rule-helpers.js';

/** Any model outsiders can reach → evasion. */
export const reachableModel = defineThreatRule({
  id: 'reachable-model',
  condition: 'The system is reachable by partners or the public and a model is served to them (or the descriptor does not say how a model is reached).',
  yields: ['evasion'] as const,
  evaluate(system) {
    const { exposure, unknown: exposureUnknown } = exposureOf(system);
    if (exposure === 'internal') return [];
    const hits: RuleHit[] = [];
    for (const model of system.models) {
      const endpoints = system.endpointsServing(model.name);
      const unknown = [...exposureUnknown, ...(endpoints.length === 0 ? [`models[${model.name}].deployedAt`] : [])];
      const reason =
        endpoints.length > 0
          ? `Model ${model.name} scores inputs sent by ${exposure} callers through ${words(endpoints.map((e) => e.name))}: a caller can try small changes until the decision flips.`
          : `Model ${model.name} is part of a system reachable by ${exposure} callers and no endpoint is named for it; assumed reachable.`;
      hits.push({
        kind: 'evasion',
        asset: { kind: 'model', name: model.name },
        reason,
        likelihood: queryLikelihood(exposure, endpoints),
        endpoints: endpoints.map((e) => e.name),
        ...(unknown.length > 0 ? { unknown } : {}),
      });
    }
    return hits;
  },
});
