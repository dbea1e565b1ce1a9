import { defineThreatRule, type RuleHit } from '../threat.js';
import { exposureOf, queryLikelihood, words } from './rule-helpers.js';

/** A model answering outsiders with scores or probabilities → extraction and membership inference. */
export const exposedModelScores = defineThreatRule({
  id: 'exposed-model-scores',
  condition: 'The system is reachable by partners or the public and an endpoint serving a model answers with scores or probabilities (or does not state what it answers).',
  yields: ['model-extraction', 'membership-inference'] as const,
  evaluate(system) {
    const { exposure, unknown: exposureUnknown } = exposureOf(system);
    if (exposure === 'internal') return [];
    const hits: RuleHit[] = [];
    for (const model of system.models) {
      const endpoints = system.endpointsServing(model.name);
      const revealing = endpoints.filter((e) => e.outputDetail !== 'label');
      if (revealing.length === 0) continue;
      const unstated = revealing.filter((e) => e.outputDetail === undefined).map((e) => `endpoints[${e.name}].outputDetail`);
      const shown = words(revealing.map((e) => `${e.name} (${e.outputDetail ?? 'answer not stated, assumed probabilities'})`));
      const likelihood = Math.min(5, queryLikelihood(exposure, revealing) + (revealing.some((e) => e.rateLimit === null || e.rateLimit === undefined) ? 1 : 0));
      const unknown = [...exposureUnknown, ...unstated];
      const common = { asset: { kind: 'model' as const, name: model.name }, likelihood, endpoints: revealing.map((e) => e.name), datasets: model.trainingData, ...(unknown.length > 0 ? { unknown } : {}) };
      hits.push({ ...common, kind: 'model-extraction', reason: `Model ${model.name} answers ${exposure} callers through ${shown}: enough answers let a caller train a copy.` });
      hits.push({ ...common, kind: 'membership-inference', reason: `Model ${model.name} answers ${exposure} callers with its confidence through ${shown}: confidence is higher on rows it was trained on, which tells whether a person was in the training data.` });
    }
    return hits;
  },
});
