import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { HttpModelMappingSchema } from './http-mapping.js';

const base = { url: 'https://scoring.example.com/v1/predict', numFeatures: 4, response: { probabilities: '/probabilities' } };

function issuesOf(input: unknown): string[] {
  const parsed = HttpModelMappingSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('HttpModelMappingSchema', () => {
  it('fills in the documented defaults', () => {
    expect(HttpModelMappingSchema.parse(base)).toEqual({
      ...base,
      method: 'POST',
      headers: {},
      request: { mode: 'rows', field: '/inputs', row: 'array' },
      response: { probabilities: '/probabilities', sumTolerance: 0.01 },
      maxBatch: 64,
      concurrency: 4,
      timeoutMs: 10_000,
      retries: 2,
      backoffMs: 250,
      retryAfterMaxMs: 30_000,
      maxResponseBytes: 8 * 1024 * 1024,
    });
  });

  it('reads a full mapping written in YAML, and parsing twice changes nothing', () => {
    const yaml = `
url: https://scoring.example.com/v1/predict
headers:
  Authorization: Bearer \${env:SCORING_TOKEN}
featureNames: [age, income, debt]
request:
  mode: single
  field: /instance
  row: object
  template: { model: v2, explain: false }
response:
  probabilities: /predictions/*/scores
  classes: [deny, approve]
concurrency: 2
queryBudget: 1000
`;
    const once = HttpModelMappingSchema.parse(parseYaml(yaml));
    expect(once).toMatchObject({ featureNames: ['age', 'income', 'debt'], request: { mode: 'single', row: 'object', template: { model: 'v2', explain: false } }, queryBudget: 1000 });
    expect(HttpModelMappingSchema.parse(once)).toEqual(once);
  });

  it.each([
    ['no feature count', { ...base, numFeatures: undefined }, 'numFeatures: give numFeatures or featureNames'],
    ['names and count disagree', { ...base, featureNames: ['a', 'b'] }, 'featureNames: lists 2 names but numFeatures is 4'],
    ['a feature twice', { ...base, numFeatures: undefined, featureNames: ['a', 'a'] }, 'featureNames.1: feature "a" is listed twice'],
    ['ftp', { ...base, url: 'ftp://x.example/p' }, 'url: must be an absolute http or https URL'],
    ['credentials in the URL', { ...base, url: 'https://user:pw@x.example/p' }, 'url: put credentials in a header'],
    ['a reserved header', { ...base, headers: { 'Content-Length': '3' } }, 'headers.Content-Length: aisec sets Content-Length itself'],
    ['a header twice', { ...base, headers: { 'x-key': 'a', 'X-Key': 'b' } }, 'headers.X-Key: header X-Key is given twice'],
    ['a bad env reference', { ...base, headers: { 'x-key': '${TOKEN}' } }, 'headers.x-key: write environment references as ${env:NAME}'],
    ['a line break in a header', { ...base, headers: { 'x-key': 'a\r\nInjected: 1' } }, 'headers.x-key: a header value may not contain line breaks'],
    ['objects without names', { ...base, request: { row: 'object' } }, 'request.row: rows sent as objects need featureNames'],
    ['a template at the root', { ...base, request: { field: '', template: { a: 1 } } }, 'request.template: a template needs a non-empty field'],
    ['a * in the request', { ...base, request: { field: '/rows/*' } }, 'request.field: a "*" segment is only allowed in response paths'],
    ['no response path', { ...base, response: {} }, 'response: give exactly one of probabilities, labels or output'],
    ['two response paths', { ...base, response: { probabilities: '/p', labels: '/l' } }, 'not probabilities and labels'],
    ['labels without classes', { ...base, response: { labels: '/labels' } }, 'response.classes: labels need classes or numClasses'],
    ['a class twice', { ...base, response: { labels: '/l', classes: ['a', 'a'] } }, 'response.classes.1: class "a" is listed twice'],
    ['classes and count disagree', { ...base, numClasses: 3, response: { labels: '/l', classes: ['a', 'b'] } }, 'numClasses: is 3 but response.classes lists 2'],
    ['an unknown field', { ...base, timeout: 5 }, 'Unrecognized key: "timeout"'],
    ['zero concurrency', { ...base, concurrency: 0 }, 'concurrency:'],
  ])('refuses %s', (_label, input, expected) => {
    expect(issuesOf(input).join('\n')).toContain(expected);
  });

  it('accepts numeric class names as YAML writes them', () => {
    expect(issuesOf({ ...base, response: { labels: '/labels', classes: [0, 1] } })).toEqual([]);
  });

  it('converts to a JSON Schema for the descriptor', () => {
    const schema = z.toJSONSchema(HttpModelMappingSchema, { io: 'input', target: 'draft-2020-12' }) as { required: string[]; properties: Record<string, { description?: string }> };
    expect(schema.required).toEqual(['url', 'response']);
    expect(schema.properties.headers?.description).toMatch(/\$\{env:NAME\}/);
  });
});
