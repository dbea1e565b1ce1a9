import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { systemJsonSchema } from './json-schema.js';
import { SystemDescriptorSchema } from './system-schema.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

function compile() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(systemJsonSchema());
}

const base = { name: 'demo', owner: 'o', purpose: 'p', criticality: 'health', automation: 'advisory', exposure: 'public' };

describe('systemJsonSchema', () => {
  it('is a draft 2020-12 schema with an id and strict objects', () => {
    const schema = systemJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/aisec-yaml\.schema\.json$/);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['name', 'owner', 'purpose', 'criticality', 'automation', 'exposure']);
  });

  it.each(['credit-scoring', 'support-bot'])('accepts the %s example', async (name) => {
    const validate = compile();
    const example: unknown = parse(await readFile(`examples/${name}/aisec.yaml`, 'utf8'));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['minimal', base, true],
    ['unknown key', { ...base, extra: 1 }, false],
    ['bad enum', { ...base, exposure: 'world' }, false],
    ['bad url', { ...base, endpoints: [{ name: 'e', url: 'not a url', auth: 'none' }] }, false],
    ['rule without values', { ...base, datasets: [{ name: 'd', path: 'd.csv', role: 'eval', source: 'scraped', personalData: false, rules: [{ column: 'a', check: 'in-set' }] }] }, false],
    ['null rate limit', { ...base, endpoints: [{ name: 'e', url: 'https://e.example', auth: 'mtls', rateLimit: null }] }, true],
    ['a red-team block', { ...base, llm: [{ name: 'b', provider: 'p', model: 'm', redteam: { canaries: ['C-1'], injectionPoints: [{ kind: 'user-message' }] } }] }, true],
    ['an unknown injection kind', { ...base, llm: [{ name: 'b', provider: 'p', model: 'm', redteam: { injectionPoints: [{ kind: 'email' }] } }] }, false],
    ['tool parameters that are a list', { ...base, llm: [{ name: 'b', provider: 'p', model: 'm', tools: [{ name: 't', parameters: ['x'] }] }] }, false],
  ])('agrees with the zod schema on %s', (_name, input, valid) => {
    expect(compile()(input)).toBe(valid);
    expect(SystemDescriptorSchema.safeParse(input).success).toBe(valid);
  });
});
