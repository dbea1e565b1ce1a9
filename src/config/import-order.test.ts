// ml/ reads data through inventory/, which uses the vocabularies of config/, and config/ takes
// two schemas from ml/: whichever loads first must not need the other half-loaded.
import * as ml from '../ml/index.js';
import * as config from './index.js';
import { describe, expect, it } from 'vitest';

describe('config/ and ml/ loaded in either order', () => {
  it('validates a model input with the constraints schema of ml/ when ml/ was loaded first', () => {
    expect(ml.FeatureConstraintsSchema).toBeDefined();
    const parsed = config.ModelInputSchema.parse({ features: ['a'], constraints: { features: [{ name: 'a', immutable: true }] } });
    expect(parsed.constraints?.features[0]).toMatchObject({ name: 'a', immutable: true, type: 'number' });
    expect(config.EndpointModelSchema.parse({ numFeatures: 1, response: { output: '/out' } })).toMatchObject({ maxBatch: 64 });
  });
});
