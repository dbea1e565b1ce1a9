import { describe, expect, it } from 'vitest';
import { loadSystemDescriptor } from '../../../config/index.js';
import { readTable } from '../../../ml/index.js';
import { testSystem } from './test-support/system.js';
import { validateFile, validateTable } from './validate-file.js';

const system = testSystem();
const dataset = async () => (await loadSystemDescriptor(system.dir)).descriptor.datasets![0]!;

const good = 'id,age,email,joined,label\n1,30,a@example.com,2024-01-31,0\n2,45,,2023-12-01,1\n3,18,c@example.org,,0\n4,99,d@example.net,2020-02-29,1\n';

describe('validateFile', () => {
  it('passes a file that meets every declared column and rule', async () => {
    const report = await validateFile(system.writeData(good), await dataset());
    expect(report.violations).toEqual([]);
    expect(report).toMatchObject({ passed: true, complete: true, rows: 4, format: 'csv' });
    expect(report.checks).toBeGreaterThan(10);
  });

  it('reports each violated check with rows, lines and masked samples', async () => {
    const bad = 'id,age,email,joined,label\n1,30,jane.doe@example.com,2024-02-30,0\n1,17,not-an-email,2024-01-01,1\n3,abc,,,2\n4,50,,2024-01-01,0\n';
    const report = await validateFile(system.writeData(bad), await dataset());
    const byRule = Object.fromEntries(report.violations.map((v) => [`${v.source}:${v.rule}:${v.column}`, v]));
    expect(report.passed).toBe(false);
    expect(byRule['rules:unique:id']).toMatchObject({ count: 1, rows: [1], lines: [3], samples: ['1'] });
    expect(byRule['schema:range:age']).toMatchObject({ count: 1, rows: [1], samples: ['17'] });
    expect(byRule['schema:type:age']).toMatchObject({ count: 1, rows: [2], samples: ['abc'] });
    expect(byRule['schema:type:joined']).toMatchObject({ rows: [0], samples: ['2024-02-30'] });
    expect(byRule['schema:in-set:label']).toMatchObject({ rows: [2], samples: ['2'] });
    expect(byRule['rules:regex:email']).toMatchObject({ rows: [1], samples: ['not-an-email'] });
    expect(byRule['rules:null-rate:email']).toMatchObject({ count: 2, rows: [2, 3] });
    expect(Object.keys(byRule)).not.toContain('rules:class-balance:label');
  });

  it('masks personal data in samples', async () => {
    const csv = 'id,age,email,joined,label\n1,30,jane.doe@example.com,2024-01-01,0\n1,31,x@example.com,2024-01-01,1\n2,32,4111 1111 1111 1111,2024-01-01,0\n';
    const report = await validateFile(system.writeData(csv), { rules: [{ check: 'unique', column: 'age' }, { check: 'in-set', column: 'email', values: ['none'] }] });
    const samples = report.violations.flatMap((v) => v.samples);
    expect(samples).toContain('j***@example.com');
    expect(samples).toContain('**** **** **** 1111');
    expect(samples.join(' ')).not.toContain('jane.doe');
  });

  it('checks class balance, row count and missing columns', async () => {
    const csv = 'id,age,email,joined,label\n1,30,,,1\n2,30,,,1\n';
    const report = await validateFile(system.writeData(csv), {
      labelColumn: 'label',
      rules: [
        { check: 'class-balance', max: 0.7, classes: { '0': { min: 0.2 } } },
        { check: 'row-count', min: 3 },
        { check: 'not-null', column: 'nope' },
      ],
    });
    const rules = report.violations.map((v) => v.rule).sort();
    expect(rules).toEqual(['class-balance', 'missing-column', 'row-count']);
    const balance = report.violations.find((v) => v.rule === 'class-balance')!;
    expect(balance.message).toContain('class "1" has 100.00%');
    expect(balance.message).toContain('class "0" has 0.00%');
  });

  it('counts rows the reader had to repair as well-formed violations', async () => {
    const report = await validateFile(system.writeData('id,age,email,joined,label\n1,30\n2,40,,,0\n'), { rules: [{ check: 'not-null', column: 'id' }] });
    expect(report.violations).toEqual([expect.objectContaining({ rule: 'well-formed', source: 'reader', count: 1, lines: [2] })]);
    expect(report.passed).toBe(false);
  });

  it('is incomplete, never passing, when the file cannot be read to its end', async () => {
    const report = await validateFile(system.writeData(`id,age,email,joined,label\n1,30,,,0\n2,${'9'.repeat(3000)}\n`), { rules: [{ check: 'not-null', column: 'id' }] }, { maxLineBytes: 1000 });
    expect(report).toMatchObject({ complete: false, passed: false, rows: 1 });
    expect(report.incomplete[0]).toContain('line 3');
    const cut = await validateFile(system.writeData(`id\n1\n2\n3\n`), { rules: [{ check: 'not-null', column: 'id' }] }, { maxRows: 2 });
    expect(cut).toMatchObject({ complete: false, passed: false, rows: 2 });
  });

  it('reports a unique rule that hit its memory limit as incomplete', async () => {
    const report = await validateFile(system.writeData('id\n1\n2\n3\n4\n'), { rules: [{ check: 'unique', column: 'id' }] }, { maxUniqueValues: 2 });
    expect(report.complete).toBe(false);
    expect(report.incomplete[0]).toContain('more than 2 distinct values');
  });

  it('validates a table in memory with the same checks', async () => {
    const table = await readTable(system.writeData(good));
    expect(validateTable(table, await dataset())).toMatchObject({ passed: true, rows: 4 });
  });
});
