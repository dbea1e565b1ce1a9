import { describe, expect, it } from 'vitest';
import { SystemDescriptorSchema } from './system-schema.js';

const base = {
  name: 'credit-scoring',
  owner: 'Retail Credit Risk',
  purpose: 'Score clients.',
  criticality: 'credit',
  automation: 'human-review',
  exposure: 'partner',
};

const dataset = (name: string, extra: Record<string, unknown> = {}) => ({ name, path: `data/${name}.csv`, role: 'train', source: 'internal', personalData: true, ...extra });

function issuesOf(input: unknown): string[] {
  const result = SystemDescriptorSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('SystemDescriptorSchema', () => {
  it('accepts a minimal descriptor and fills defaults', () => {
    const parsed = SystemDescriptorSchema.parse(base);
    expect(parsed.version).toBe(1);
    expect(parsed.models).toEqual([]);
    expect(parsed.datasets).toEqual([]);
    expect(parsed.endpoints).toEqual([]);
    expect(parsed.llm).toEqual([]);
  });

  it('accepts a full descriptor', () => {
    const parsed = SystemDescriptorSchema.parse({
      ...base,
      decisions: 'Limit reductions.',
      users: { population: 'card holders', scale: { requestsPerDay: 10, peopleAffected: 3 } },
      models: [{ name: 'scorer', path: 'model.onnx', format: 'onnx', framework: 'scikit-learn', version: '3', trainingData: ['train'], deployedAt: ['api'] }],
      datasets: [
        dataset('train', {
          labelColumn: 'Y',
          schema: { columns: [{ name: 'Y', type: 'integer', values: [0, 1] }, { name: 'X5', type: 'integer', min: 18, max: 100, nullable: true }] },
          rules: [
            { column: 'Y', check: 'in-set', values: [0, 1] },
            { column: 'X5', check: 'range', min: 18 },
            { column: 'Y', check: 'not-null' },
            { column: 'X5', check: 'unique' },
            { column: 'Y', check: 'regex', pattern: '^[01]$' },
          ],
        }),
      ],
      endpoints: [{ name: 'api', url: 'https://x.example/score', auth: 'api-key', rateLimit: null, outputDetail: 'label', serves: 'scorer' }],
      llm: [
        {
          name: 'assistant',
          provider: 'openai',
          model: 'gpt-4o',
          systemPromptFile: 'prompts/system.txt',
          tools: [{ name: 'send_mail', permissions: ['messaging', 'network'] }],
          retrieval: [{ name: 'kb', kind: 'vector-store', trust: 'untrusted' }],
        },
      ],
    });
    expect(parsed.datasets[0]?.schema?.columns[0]?.nullable).toBe(false);
    expect(parsed.endpoints[0]?.rateLimit).toBeNull();
    expect(parsed.llm[0]?.tools[0]?.permissions).toEqual(['messaging', 'network']);
  });

  it.each([
    ['system name with capitals', { ...base, name: 'Credit Scoring' }, 'name'],
    ['unknown criticality', { ...base, criticality: 'banking' }, 'criticality'],
    ['version 2', { ...base, version: 2 }, 'version'],
    ['unknown top-level key', { ...base, modles: [] }, ''],
    ['empty owner', { ...base, owner: '   ' }, 'owner'],
    ['missing purpose', { ...base, purpose: undefined }, 'purpose'],
    ['negative scale', { ...base, users: { scale: { requestsPerDay: -1 } } }, 'users.scale.requestsPerDay'],
    ['ftp endpoint', { ...base, endpoints: [{ name: 'e', url: 'ftp://x.example', auth: 'none' }] }, 'endpoints.0.url'],
    ['zero rate limit', { ...base, endpoints: [{ name: 'e', url: 'https://x.example', auth: 'none', rateLimit: 0 }] }, 'endpoints.0.rateLimit'],
    ['unknown tool permission', { ...base, llm: [{ name: 'a', provider: 'p', model: 'm', tools: [{ name: 't', permissions: ['fly'] }] }] }, 'llm.0.tools.0.permissions.0'],
    ['unknown rule check', { ...base, datasets: [dataset('d', { rules: [{ column: 'a', check: 'nope' }] })] }, 'datasets.0.rules.0.check'],
    ['invalid regex rule', { ...base, datasets: [dataset('d', { rules: [{ column: 'a', check: 'regex', pattern: '(' }] })] }, 'datasets.0.rules.0.pattern'],
    ['unknown key in a rule', { ...base, datasets: [dataset('d', { rules: [{ column: 'a', check: 'range', mni: 1 }] })] }, 'datasets.0.rules.0'],
  ])('rejects %s', (_name, input, path) => {
    const issues = issuesOf(input);
    expect(issues.some((i) => i.startsWith(`${path}:`))).toBe(true);
  });

  it('reports duplicate names with the index of the first', () => {
    const issues = issuesOf({ ...base, datasets: [dataset('train'), dataset('eval'), dataset('train')] });
    expect(issues).toContain('datasets.2.name: name "train" is used twice in datasets (first at datasets[0])');
  });

  it('reports references to missing datasets, endpoints and models with a suggestion', () => {
    const issues = issuesOf({
      ...base,
      models: [{ name: 'scorer', trainingData: ['trainset', 'holdout'], deployedAt: ['scoring'] }],
      datasets: [dataset('trainset2')],
      endpoints: [{ name: 'scoring-api', url: 'https://x.example', auth: 'none', serves: 'scorr' }],
    });
    expect(issues).toContain('models.0.trainingData.0: no dataset is named "trainset"; did you mean "trainset2"?');
    expect(issues).toContain('models.0.trainingData.1: no dataset is named "holdout"');
    expect(issues).toContain('models.0.deployedAt.0: no endpoint is named "scoring"');
    expect(issues).toContain('endpoints.0.serves: no model or LLM part is named "scorr"; did you mean "scorer"?');
  });

  it('lets an endpoint serve an LLM part, but not one sharing a model name', () => {
    const llm = [{ name: 'bot', provider: 'p', model: 'm' }];
    expect(issuesOf({ ...base, llm, endpoints: [{ name: 'e', url: 'https://x.example', auth: 'oauth', serves: 'bot' }] })).toEqual([]);
    expect(issuesOf({ ...base, llm, models: [{ name: 'bot' }] })).toContain('llm.0.name: name "bot" is already used by a model; endpoints could not tell them apart');
  });

  it('checks columns, label column and rules against the declared schema', () => {
    const issues = issuesOf({
      ...base,
      datasets: [
        dataset('d', {
          labelColumn: 'target',
          schema: {
            columns: [
              { name: 'age', type: 'string', min: 1 },
              { name: 'age', type: 'integer', values: [1.5, 'x'] },
              { name: 'score', type: 'number', min: 5, max: 1 },
            ],
          },
          rules: [
            { column: 'agee', check: 'not-null' },
            { column: 'score', check: 'range' },
            { column: 'score', check: 'range', min: 3, max: 2 },
          ],
        }),
      ],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'datasets.0.labelColumn: column "target" is not declared under schema.columns',
        'datasets.0.schema.columns.0: min and max apply only to integer and number columns, not string',
        'datasets.0.schema.columns.1.name: column "age" is declared twice (first at columns[0])',
        'datasets.0.schema.columns.1.values.0: value 1.5 is not an integer',
        'datasets.0.schema.columns.1.values.1: value "x" is not a number, but the column type is integer',
        'datasets.0.schema.columns.2.min: min (5) is greater than max (1)',
        'datasets.0.rules.0.column: column "agee" is not declared under schema.columns; did you mean "age"?',
        'datasets.0.rules.1: a range rule needs min, max or both',
        'datasets.0.rules.2.min: min (3) is greater than max (2)',
      ]),
    );
  });

  it('reports type errors and cross-field problems together', () => {
    const issues = issuesOf({ ...base, owner: 42, models: [{ name: 'm', trainingData: ['nothing'] }] });
    expect(issues.some((i) => i.startsWith('owner:'))).toBe(true);
    expect(issues.some((i) => i.startsWith('models.0.trainingData.0:'))).toBe(true);
  });

  it('survives cross-field checks on wrongly typed input', () => {
    const weird = { ...base, models: 'x', datasets: [null, 3, { name: 5, schema: { columns: 'no' }, rules: 'no' }], endpoints: [{ serves: 7 }], llm: [{ tools: [null] }] };
    expect(() => SystemDescriptorSchema.safeParse(weird)).not.toThrow();
    expect(issuesOf(weird).length).toBeGreaterThan(3);
  });
});
