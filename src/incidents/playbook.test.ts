import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2019 } from 'ajv/dist/2019.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { SchemaSet } from './cacao/schema-check.js';
import { builtinPlaybooks, loadPlaybook, parsePlaybook, phases, playbookDir } from './playbook.js';

const schemaDir = fileURLToPath(new URL('../../data/schemas/cacao/', import.meta.url));
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(playbookDir, `${name}.json`), 'utf8')) as Record<string, unknown>;

function ajvValidator() {
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false, logger: false });
  for (const file of (readdirSync(schemaDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as object);
  return ajv.getSchema('https://raw.githubusercontent.com/cyentific-rni/cacao-json-schemas/cacao-v2.0-cs01/schemas/playbook.json')!;
}

function refusal(document: unknown): string {
  try {
    parsePlaybook(document, 'test.json', 'test');
  } catch (error) {
    if (isAisecError(error, 'ERR_PLAYBOOK_INVALID')) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

const firstAction = (doc: Record<string, unknown>): string => Object.keys(doc.workflow as object).find((k) => k.startsWith('action--'))!;

describe('playbooks', () => {
  const ajv = ajvValidator();

  it.each(builtinPlaybooks)('%s is valid CACAO 2.0 (aisec checker and ajv agree) and covers every phase', (name) => {
    const doc = read(name);
    expect(ajv(doc), JSON.stringify(ajv.errors)).toBe(true);
    const book = loadPlaybook(name);
    expect(new Set(book.steps.map((s) => s.phase))).toEqual(new Set(phases));
    expect(book.steps.some((s) => s.phase === 'containment' && s.action.startsWith('gateway.') || s.action === 'data.quarantine')).toBe(true);
    for (const step of book.steps) if (step.action === 'unavailable') expect(step.capability).toMatch(/aisec (does not|has no|cannot)/);
  });

  it('every built-in playbook is listed', () => {
    expect(readdirSync(playbookDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...builtinPlaybooks].sort());
  });

  it('refuses a broken playbook with the JSON path of the problem', () => {
    const missingAgent = read('model-extraction');
    const step = firstAction(missingAgent);
    delete (missingAgent.workflow as Record<string, Record<string, unknown>>)[step]!.agent;
    expect(refusal(missingAgent)).toContain(`$.workflow["${step}"]: must have the property "agent"`);

    const badVersion = { ...read('evasion'), spec_version: 'cacao-1.0' };
    expect(refusal(badVersion)).toMatch(/\$\.spec_version: must be one of "cacao-2.0"/);

    const extra = read('evasion');
    (extra.workflow as Record<string, Record<string, unknown>>)[firstAction(extra)]!.next_step = 'x';
    expect(refusal(extra)).toMatch(/\.next_step: is not an allowed property/);

    const badAction = read('evasion');
    const ext = (badAction.workflow as Record<string, Record<string, Record<string, Record<string, unknown>>>>)[firstAction(badAction)]!.step_extensions!;
    Object.values(ext)[0]!.action = 'rm -rf';
    expect(refusal(badAction)).toMatch(/step_extensions\["extension-definition--[^"]+"\]\.action: /);

    const dangling = read('evasion');
    (dangling.workflow as Record<string, Record<string, unknown>>)[firstAction(dangling)]!.on_completion = 'action--00000000-0000-5000-8000-000000000000';
    expect(refusal(dangling)).toMatch(/\$\.workflow\["action--00000000-0000-5000-8000-000000000000"\]: is named as a next step but is not in the workflow/);

    expect(refusal([])).toMatch(/\$: must be object/);
    expect(refusal(null)).toMatch(/\$: must be object/);
  });

  it('agrees with ajv on random damage to a playbook', () => {
    const base = read('model-extraction');
    const paths: string[][] = [];
    const walk = (v: unknown, at: string[]): void => {
      if (at.length > 0) paths.push(at);
      if (typeof v === 'object' && v !== null) for (const [k, c] of Object.entries(v)) walk(c, [...at, k]);
    };
    walk(base, []);
    const values = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 5 }), fc.integer({ min: -5, max: 200 }), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.constant('action--00000000-0000-5000-8000-000000000000'));
    const checker = new SchemaSet(schemaDir, 'playbook.json');
    fc.assert(
      fc.property(fc.constantFrom(...paths), values, (at, value) => {
        const doc = structuredClone(base) as Record<string, unknown>;
        let parent: Record<string, unknown> = doc;
        for (const key of at.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
        if (value === undefined && Array.isArray(parent)) parent.splice(Number(at.at(-1)), 1);
        else if (value === undefined) delete parent[at.at(-1)!];
        else parent[at.at(-1)!] = value;
        expect(checker.check('playbook.json', doc).length === 0).toBe(ajv(doc));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses unknown names and path tricks', () => {
    for (const name of ['', 'nope', '../../package', '/etc/passwd', 'x'.repeat(5000)]) expect(() => loadPlaybook(name)).toThrow(/playbook/i);
  });
});
