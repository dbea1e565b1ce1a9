import { defineThreatRule, type RuleHit } from '../threat.js';
import { outsideSources, words } from './rule-helpers.js';

/** Training data written by outsiders → data poisoning of the model trained on it. */
export const untrustedTrainingData = defineThreatRule({
  id: 'untrusted-training-data',
  condition: 'A model is trained on a dataset whose source is user-generated, scraped or third-party (or the model names no training data, or a training dataset states no source).',
  yields: ['data-poisoning'] as const,
  evaluate(system) {
    const hits: RuleHit[] = [];
    for (const model of system.models) {
      if (model.trainingData.length === 0) {
        hits.push({ kind: 'data-poisoning', asset: { kind: 'model', name: model.name }, reason: `Model ${model.name} does not name its training data, so nobody can say who could write it; assumed written by outsiders.`, likelihood: 4, unknown: ['models[].trainingData'] });
        continue;
      }
      const outside: string[] = [];
      const unstated: string[] = [];
      for (const name of model.trainingData) {
        const source = system.dataset(name)?.source;
        if (source === undefined) unstated.push(name);
        else if (outsideSources.has(source)) outside.push(`${name} (${source})`);
      }
      if (outside.length === 0 && unstated.length === 0) continue;
      const scraped = model.trainingData.some((n) => ['scraped', 'user-generated'].includes(system.dataset(n)?.source ?? ''));
      const reason =
        outside.length > 0
          ? `Model ${model.name} is trained on ${words(outside)}: people outside the team write that data.`
          : `Model ${model.name} is trained on ${words(unstated)}, whose source is not stated; assumed written by outsiders.`;
      hits.push({
        kind: 'data-poisoning',
        asset: { kind: 'model', name: model.name },
        reason,
        likelihood: scraped || unstated.length > 0 ? 4 : 3,
        datasets: model.trainingData,
        ...(unstated.length > 0 ? { unknown: unstated.map((n) => `datasets[${n}].source`) } : {}),
      });
    }
    return hits;
  },
});
