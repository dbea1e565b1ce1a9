import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AisecError } from '../core/errors.js';
import type { ConfigIssue } from './config-issues.js';
import { parseDescriptorPart } from './descriptor-part.js';
import { loadSystemDescriptor } from './load-system.js';
import { makeTempFolder, minimalDescriptor, type TempFolder } from './test-support/temp-folder.js';

let folders: TempFolder[] = [];
afterEach(async () => {
  await Promise.all(folders.map((f) => f.remove()));
  folders = [];
});

const datasets = [
  'datasets:',
  '  - name: train',
  '    path: train.csv',
  '    role: train',
  '    source: internal',
  '    personalData: false',
  '    labelColumn: y',
  '    schema:',
  '      columns:',
  '        - { name: age, type: integer }',
  '        - { name: income, type: number }',
  '        - { name: sex, type: integer }',
  '        - { name: y, type: integer }',
  '  - name: holdout',
  '    path: eval.csv',
  '    role: eval',
  '    source: internal',
  '    personalData: false',
  '    labelColumn: y',
];

/** A descriptor with the datasets above and `models` / `endpoints` lines after them. */
async function system(lines: string[]): Promise<TempFolder> {
  const f = await makeTempFolder({
    'aisec.yaml': minimalDescriptor([...datasets, ...lines].join('\n')),
    'train.csv': 'age,income,sex,y\n30,100,1,0\n',
    'eval.csv': 'age,income,sex,y\n40,200,2,1\n',
    'model.onnx': new Uint8Array([8, 8]),
  });
  folders.push(f);
  return f;
}

/** The line in the descriptor file of a text (1-based): minimalDescriptor has 6 lines first. */
function lineOf(lines: string[], text: string): number {
  const i = [...datasets, ...lines].findIndex((l) => l.includes(text));
  expect(i, text).toBeGreaterThanOrEqual(0);
  return 7 + i;
}

async function issues(f: TempFolder): Promise<{ error: AisecError; byPath: Map<string, ConfigIssue> }> {
  try {
    await loadSystemDescriptor(f.dir);
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    const list = ((error as AisecError).details?.issues ?? []) as ConfigIssue[];
    return { error: error as AisecError, byPath: new Map(list.map((i) => [i.dotted, i])) };
  }
  throw new Error('expected the descriptor to be refused');
}

const model = [
  'models:',
  '  - name: scorer',
  '    path: model.onnx',
  '    trainingData: [train]',
  '    input:',
  '      features: [age, income, sex]',
  '      classes: [0, 1]',
  '      constraints:',
  '        features:',
  '          - { name: age, immutable: true }',
  '          - { name: sex, type: categorical, values: [1, 2], immutable: true }',
  '          - { name: income, min: 0 }',
  '    tests:',
  '      robustness: { epsilons: [0.1] }',
  '      privacy: false',
  '      seed: 7',
  '    recipe:',
  '      learner: mlp',
  '      options: { hiddenSizes: [16], epochs: 5 }',
];

describe('models[].input, tests and recipe', () => {
  it('load with their defaults', async () => {
    const f = await system(model);
    const { descriptor } = await loadSystemDescriptor(f.dir);
    const m = descriptor.models[0]!;
    expect(m.input).toMatchObject({ features: ['age', 'income', 'sex'], classes: [0, 1] });
    expect(m.input?.constraints?.features).toHaveLength(3);
    expect(m.tests).toEqual({ robustness: { epsilons: [0.1] }, privacy: false, seed: 7 });
    expect(m.recipe).toEqual({ learner: 'mlp', standardize: true, options: { hiddenSizes: [16], epochs: 5 } });
  });

  it('names a constrained feature the model does not take at its line, with the likely feature', async () => {
    const lines = model.map((l) => l.replace('{ name: income, min: 0 }', '{ name: incme, min: 0 }'));
    const f = await system(lines);
    const { error, byPath } = await issues(f);
    expect(byPath.get('models[0].input.constraints.features[2].name')).toMatchObject({
      line: lineOf(lines, 'name: incme'),
      message: '"incme" is not one of the model\'s input features; did you mean "income"?',
    });
    expect(error.message).toMatch(new RegExp(`aisec\\.yaml:${lineOf(lines, 'name: incme')}:\\d+  models\\[0\\]\\.input\\.constraints\\.features\\[2\\]\\.name: "incme"`));
  });

  it('takes features the dataset schema does not list: they are looked up in the file when the tests run', async () => {
    const lines = model.map((l) => l.replace('features: [age, income, sex]', 'features: [age, income, sex, tenure]'));
    const { descriptor } = await loadSystemDescriptor((await system(lines)).dir);
    expect(descriptor.models[0]!.input!.features).toEqual(['age', 'income', 'sex', 'tenure']);
  });

  it('suggests the key meant for an unknown one, inside input, recipe options and constraints', async () => {
    const lines = model
      .map((l) => l.replace('classes: [0, 1]', 'clases: [0, 1]'))
      .map((l) => l.replace('hiddenSizes: [16]', 'hiddenSize: [16]'))
      .map((l) => l.replace('{ name: income, min: 0 }', '{ name: income, minimum: 0 }'));
    const f = await system(lines);
    const { byPath } = await issues(f);
    expect(byPath.get('models[0].input.clases')).toMatchObject({ code: 'unknown-key', message: 'unknown key "clases"; did you mean "classes"?', line: lineOf(lines, 'clases') });
    expect(byPath.get('models[0].recipe.options.hiddenSize')?.message).toBe('unknown key "hiddenSize"; did you mean "hiddenSizes"?');
    expect(byPath.get('models[0].input.constraints.features[2].minimum')?.message).toMatch(/^unknown key "minimum"; (did you mean "min"|allowed here: .*min)/);
  });

  it('refuses an unknown learner, a label among the features, a repeated feature and repeated classes', async () => {
    const lines = model
      .map((l) => l.replace('learner: mlp', 'learner: random-forest'))
      .map((l) => l.replace('features: [age, income, sex]', 'features: [age, income, sex, y, age]'))
      .map((l) => l.replace('classes: [0, 1]', 'classes: [0, "0"]'));
    const { byPath } = await issues(await system(lines));
    expect(byPath.get('models[0].recipe.learner')?.message).toMatch(/"random-forest" is not a known learner; use one of mlp, logistic-regression/);
    expect(byPath.get('models[0].input.features[3]')?.message).toContain('"y" is the label column');
    expect(byPath.get('models[0].input.features[4]')?.message).toBe('feature "age" is listed twice (first at features[0])');
    expect(byPath.get('models[0].input.classes[1]')?.message).toBe('class "0" is listed twice (first at classes[0])');
  });

  it('checks the datasets input and tests name, and that tests come with input', async () => {
    const lines = [
      'models:',
      '  - name: a',
      '    input: { dataset: trian, features: [age] }',
      '  - name: b',
      '    tests: { data: holdot }',
      '  - name: c',
      '    input: { features: [age] }',
    ];
    const { byPath } = await issues(await system(lines));
    expect(byPath.get('models[0].input.dataset')?.message).toBe('no dataset is named "trian"; did you mean "train"?');
    expect(byPath.get('models[1].tests')?.message).toContain('tests need the model\'s input');
    expect(byPath.get('models[1].tests.data')?.message).toBe('no dataset is named "holdot"; did you mean "holdout"?');
    expect(byPath.get('models[2].input')?.message).toContain('name the dataset the model\'s columns come from');
  });

  it('leaves the profile to the command', async () => {
    const lines = model.map((l) => l.replace('robustness: { epsilons: [0.1] }', 'robustness: { profile: quick }'));
    const { byPath } = await issues(await system(lines));
    expect(byPath.get('models[0].tests.robustness.profile')?.message).toContain('the profile is chosen by the command');
  });
});

describe('endpoints[].model', () => {
  const endpoint = (extra: string[]) => [
    ...model.slice(0, 4),
    '    input: { features: [age, income, sex] }',
    'endpoints:',
    '  - name: api',
    '    url: https://scoring.example/v1/score',
    '    auth: api-key',
    '    serves: scorer',
    ...extra,
  ];

  it('takes the endpoint url when it gives none, and the mapping defaults', async () => {
    const f = await system(endpoint(['    model:', '      numFeatures: 3', '      response: { probabilities: /probs }']));
    const { descriptor } = await loadSystemDescriptor(f.dir);
    const mapping = descriptor.endpoints[0]!.model!;
    expect(mapping.url).toBeUndefined();
    expect(mapping).toMatchObject({ numFeatures: 3, method: 'POST', maxBatch: 64, request: { mode: 'rows', field: '/inputs' }, response: { probabilities: '/probs' } });
  });

  it('checks the mapping against the model it serves, with did-you-mean for its keys', async () => {
    const lines = endpoint(['    model:', '      numFeatures: 4', '      timeout: 100', '      response: { probabilities: /probs, labels: /l }']);
    const { byPath } = await issues(await system(lines));
    expect(byPath.get('endpoints[0].model.numFeatures')?.message).toBe('is 4, but model "scorer" takes 3 input features');
    expect(byPath.get('endpoints[0].model.timeout')).toMatchObject({ message: 'unknown key "timeout"; did you mean "timeoutMs"?', line: lineOf(lines, 'timeout: 100') });
    expect(byPath.get('endpoints[0].model.response')?.message).toContain('give exactly one of probabilities, labels or output');
  });

  it('needs an http(s) address and a served model', async () => {
    const lines = [
      'endpoints:',
      '  - name: grpc',
      '    url: grpcs://scoring.example:443',
      '    auth: mtls',
      '    model: { numFeatures: 3, response: { output: /out } }',
    ];
    const { error } = await issues(await system(lines));
    const found = (error.details?.issues ?? []) as ConfigIssue[];
    expect(found.every((i) => i.dotted === 'endpoints[0].model' && i.line === lineOf(lines, 'model: {'))).toBe(true);
    const messages = found.map((i) => i.message).join('\n');
    expect(messages).toContain('give the prediction address in model.url');
    expect(messages).toContain('say which model the endpoint serves');
  });
});

describe('parseDescriptorPart', () => {
  it('reports settings refused by a schema from elsewhere at their line in aisec.yaml', async () => {
    const f = await system(model);
    const loaded = await loadSystemDescriptor(f.dir);
    const at = ['models', 0, 'tests', 'robustness'];
    const schema = z.strictObject({ epsilons: z.array(z.number().max(0.05)), queries: z.number().default(10) });
    try {
      parseDescriptorPart(loaded, at, schema, { ...(loaded.descriptor.models[0]!.tests!.robustness as object), querys: 3 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AisecError);
      const e = error as AisecError;
      expect(e.code).toBe('ERR_CONFIG_INVALID');
      const list = e.details?.issues as ConfigIssue[];
      const line = lineOf(model, 'robustness: {');
      expect(list.map((i) => [i.dotted, i.line])).toEqual([
        ['models[0].tests.robustness.querys', line],
        ['models[0].tests.robustness.epsilons[0]', line],
      ]);
      expect(list[0]!.message).toBe('unknown key "querys"; did you mean "queries"?');
      expect(e.message).toContain(`${path.join(f.dir, 'aisec.yaml')}:${line}:`);
    }
    expect(parseDescriptorPart(loaded, at, schema, { epsilons: [0.01] })).toEqual({ epsilons: [0.01], queries: 10 });
  });
});
