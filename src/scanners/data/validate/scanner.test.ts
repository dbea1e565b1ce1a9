import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSystemDescriptor } from '../../../config/index.js';
import { runScanners } from '../../engine.js';
import { dataPiiScanner } from '../pii/index.js';
import { dataValidateScanner } from './scanner.js';
import { testSystem } from './test-support/system.js';

const system = testSystem();

async function scan(csv: string) {
  const file = system.writeData(csv);
  const spec = (await loadSystemDescriptor(system.dir)).descriptor.datasets![0]!;
  return runScanners({
    targets: [{ path: 'data.csv', absPath: file, key: 'data.csv', kind: 'dataset', asset: { name: 'people', kind: 'dataset', role: 'train', spec } }],
    scanners: [dataValidateScanner, dataPiiScanner],
  });
}

describe('data-validate and data-pii scanners', () => {
  it('turn violations and personal data into findings with rows, columns and masked samples', async () => {
    const outcome = await scan('id,age,email,joined,label\n1,30,jane.doe@example.com,2024-01-01,0\n1,17,x@example.com,,1\n3,40,,,0\n4,41,y@example.org,,1\n');
    expect(outcome.targets[0]).toMatchObject({ status: 'complete', scanners: ['data-validate', 'data-pii'] });
    const ids = outcome.findings.map((f) => f.ruleId).sort();
    expect(ids).toEqual(['data-pii/email', 'data-validate/range', 'data-validate/unique']);
    const unique = outcome.findings.find((f) => f.ruleId === 'data-validate/unique')!;
    expect(unique.location).toMatchObject({ path: 'data.csv', column: 'id', row: 1, line: 3 });
    const email = outcome.findings.find((f) => f.ruleId === 'data-pii/email')!;
    expect(email.severity).toBe('medium');
    expect(email.evidence).toMatchObject({ cells: 3, rows: [0, 1, 3], samples: ['j***@example.com', 'x***@example.com', 'y***@example.org'] });
    expect(JSON.stringify(outcome.findings)).not.toContain('jane.doe');
  });

  it('rates secrets high whatever the dataset declares', async () => {
    const outcome = await scan('id,age,email,joined,label\n1,30,AKIA2E0A8F3B244C9986,,0\n2,31,,,1\n3,32,,,0\n');
    const key = outcome.findings.find((f) => f.ruleId === 'data-pii/aws-access-key');
    expect(key?.severity).toBe('high');
    expect(key?.location.column).toBe('email');
  });

  it('marks a declared dataset that is not data as incomplete, not clean', async () => {
    const outcome = await scan('\u0000\u0001\u0002'.repeat(100));
    expect(outcome.targets[0]!.status).toBe('incomplete');
    expect(outcome.targets[0]!.message).toContain('binary data');
  });
});

describe('data-pii sampling', () => {
  it('says in the finding when it stopped early, and leaves the target complete', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i + 10},30,p${i}@example.com,,${i % 2}`).join('\n');
    const file = system.writeData(`id,age,email,joined,label\n${rows}\n`);
    const outcome = await runScanners({
      targets: [{ path: path.basename(file), absPath: file, key: 'data.csv', kind: 'dataset' }],
      scanners: [dataPiiScanner],
      scannerOptions: { 'data-pii': { maxRows: 10 } },
    });
    expect(outcome.targets[0]!.status).toBe('complete');
    expect(outcome.findings[0]!.message).toContain('Only the first 10 rows were scanned');
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(['pii-sampled']);
  });
});
