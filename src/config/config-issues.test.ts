import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configIssuesError, dottedPath, fromZodIssues } from './config-issues.js';
import { allowedKeysAt } from './schema-walk.js';
import { SystemDescriptorSchema } from './system-schema.js';

describe('dottedPath', () => {
  it.each([
    [[], ''],
    [['name'], 'name'],
    [['datasets', 0, 'schema', 'columns', 2, 'name'], 'datasets[0].schema.columns[2].name'],
    [['users', 'odd key'], 'users["odd key"]'],
    [['a.b'], '["a.b"]'],
  ] as const)('writes %j as %s', (path, expected) => {
    expect(dottedPath(path)).toBe(expected);
  });
});

describe('allowedKeysAt', () => {
  it('finds keys through arrays, optionals and unions', () => {
    expect(allowedKeysAt(SystemDescriptorSchema, [])).toContain('datasets');
    expect(allowedKeysAt(SystemDescriptorSchema, ['users', 'scale'])).toEqual(['requestsPerDay', 'peopleAffected']);
    expect(allowedKeysAt(SystemDescriptorSchema, ['datasets', 3, 'rules', 0])).toEqual(expect.arrayContaining(['check', 'column', 'min', 'max', 'values', 'pattern']));
    expect(allowedKeysAt(SystemDescriptorSchema, ['datasets', 'x'])).toEqual([]);
    expect(allowedKeysAt(SystemDescriptorSchema, ['name'])).toEqual([]);
  });
});

describe('fromZodIssues', () => {
  it('splits unknown keys into one issue each', () => {
    const schema = z.strictObject({ models: z.array(z.string()), datasets: z.array(z.string()) });
    const data = { modles: [], datasetz: [], zzzzzzzz: 1, models: [], datasets: [] };
    const issues = fromZodIssues(schema.safeParse(data).error!.issues, schema, data);
    expect(issues).toEqual([
      { path: ['modles'], code: 'unknown-key', message: 'unknown key "modles"; did you mean "models"?' },
      { path: ['datasetz'], code: 'unknown-key', message: 'unknown key "datasetz"; did you mean "datasets"?' },
      { path: ['zzzzzzzz'], code: 'unknown-key', message: 'unknown key "zzzzzzzz"; allowed here: models, datasets' },
    ]);
  });

  it('never echoes long values in full', () => {
    const schema = z.strictObject({ a: z.number() });
    const data = { a: 'x'.repeat(10_000) };
    const [issue] = fromZodIssues(schema.safeParse(data).error!.issues, schema, data);
    expect(issue!.message.length).toBeLessThan(120);
  });
});

describe('configIssuesError', () => {
  it('lists issues sorted by position and keeps them in details', () => {
    const issue = (line: number, dotted: string) => ({ file: '/s/aisec.yaml', line, column: 3, path: [dotted], dotted, code: 'custom', message: `bad ${dotted}` });
    const error = configIssuesError('ERR_CONFIG_INVALID', '/s/aisec.yaml', 'not valid', [issue(9, 'b'), issue(2, 'a')], 'Fix them.');
    expect(error.message).toBe('/s/aisec.yaml: not valid (2 problems):\n  /s/aisec.yaml:2:3  a: bad a\n  /s/aisec.yaml:9:3  b: bad b\nFix them.');
    expect((error.details?.issues as { dotted: string }[]).map((i) => i.dotted)).toEqual(['a', 'b']);
  });
});
