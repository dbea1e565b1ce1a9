import { defineThreatRule } from '../threat.js';
import { words } from './rule-helpers.js';

/** A model kept as a file and deployed from it → tampering of the stored artifact. */
export const storedModelArtifact = defineThreatRule({
  id: 'stored-model-artifact',
  condition: 'A model is kept as a file (models[].path): whoever can write where it is stored or deployed from can swap it.',
  yields: ['model-tampering'] as const,
  evaluate(system) {
    return system.models
      .filter((model) => model.path !== undefined)
      .map((model) => {
        const endpoints = system.endpointsServing(model.name).map((e) => e.name);
        return {
          kind: 'model-tampering' as const,
          asset: { kind: 'model' as const, name: model.name },
          reason: `Model ${model.name} is stored as ${model.path}${endpoints.length > 0 ? ` and served at ${words(endpoints)}` : ''}: a changed or swapped file is served as if it were the trained model${model.signed ? '' : ', and no signature is declared for it'}.`,
          likelihood: model.signed ? 2 : 3,
          endpoints,
        };
      });
  },
});
