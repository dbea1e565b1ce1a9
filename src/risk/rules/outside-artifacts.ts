import { defineThreatRule, type RuleHit } from '../threat.js';
import { codeLoadingFormats, words } from './rule-helpers.js';

/** Models or datasets from outside, or in formats that run code → supply chain and model tampering. */
export const outsideArtifacts = defineThreatRule({
  id: 'outside-artifacts',
  condition: 'A model file is in a format that runs code when loaded (pickle, PyTorch .pt/.pth, joblib, …) or states no format; or a dataset comes from a third party or is scraped.',
  yields: ['supply-chain', 'model-tampering'] as const,
  evaluate(system) {
    const hits: RuleHit[] = [];
    for (const model of system.models) {
      if (model.path === undefined) continue;
      const format = model.format;
      if (format !== undefined && !codeLoadingFormats.has(format)) continue;
      const unknown = format === undefined ? [`models[${model.name}].format`] : undefined;
      const why =
        format === undefined
          ? `Model ${model.name} states no file format; assumed one that runs code when loaded (pickle).`
          : `Model ${model.name} is a ${format} file: loading it runs whatever code its maker, or anyone who changed it on the way, put in it.`;
      const common = { asset: { kind: 'model' as const, name: model.name }, likelihood: 4, datasets: model.trainingData, ...(unknown ? { unknown } : {}) };
      hits.push({ ...common, kind: 'supply-chain', reason: why });
      hits.push({ ...common, kind: 'model-tampering', reason: `${why} A swapped file is hard to tell from the real one.` });
    }
    for (const dataset of system.datasets) {
      if (dataset.source !== 'third-party' && dataset.source !== 'scraped') continue;
      hits.push({
        kind: 'supply-chain',
        asset: { kind: 'dataset', name: dataset.name },
        reason: `Dataset ${dataset.name} is ${dataset.source === 'scraped' ? 'scraped from sources nobody on the team controls' : 'supplied by a third party'}: what arrives is what the supplier, or anyone on the way, made of it.`,
        likelihood: dataset.source === 'scraped' ? 4 : 3,
        datasets: [dataset.name],
      });
    }
    const external = system.datasets.filter((d) => d.source === undefined);
    if (external.length > 0) {
      hits.push({
        kind: 'supply-chain',
        asset: { kind: 'system', name: system.name },
        reason: `Datasets ${words(external.map((d) => d.name))} state no source; assumed to come from outside.`,
        likelihood: 3,
        datasets: external.map((d) => d.name),
        unknown: external.map((d) => `datasets[${d.name}].source`),
      });
    }
    return hits;
  },
});
