import { defineThreatRule, type RuleHit } from '../threat.js';
import { exposureOf, queryLikelihood, words } from './rule-helpers.js';

/** Personal data in the training data → privacy leakage by model inversion. */
export const personalTrainingData = defineThreatRule({
  id: 'personal-training-data',
  condition: 'A model is trained on a dataset holding personal data (or on a dataset that does not say whether it does).',
  yields: ['model-inversion'] as const,
  evaluate(system) {
    const { exposure, unknown: exposureUnknown } = exposureOf(system);
    const hits: RuleHit[] = [];
    for (const model of system.models) {
      const personal = model.trainingData.filter((n) => system.dataset(n)?.personalData === true);
      const unstated = model.trainingData.filter((n) => system.dataset(n)?.personalData === undefined);
      if (personal.length === 0 && unstated.length === 0) continue;
      const endpoints = system.endpointsServing(model.name);
      const unknown = [...(exposure === 'internal' ? [] : exposureUnknown), ...unstated.map((n) => `datasets[${n}].personalData`)];
      hits.push({
        kind: 'model-inversion',
        asset: { kind: 'model', name: model.name },
        reason:
          personal.length > 0
            ? `Model ${model.name} is trained on personal data (${words(personal)}): what it learnt about people can be drawn back out of its answers.`
            : `Model ${model.name} is trained on ${words(unstated)}, which does not say whether it holds personal data; assumed it does.`,
        likelihood: Math.max(1, queryLikelihood(exposure, endpoints) - 1),
        endpoints: endpoints.map((e) => e.name),
        datasets: model.trainingData,
        ...(unknown.length > 0 ? { unknown } : {}),
      });
    }
    return hits;
  },
});
