/**
 * `aisec assess` verifies declared signatures and model.sig bundles of models and datasets.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAssessment } from '../../src/assess/index.js';
import { generateKeys, signModel, type GeneratedKeys } from '../../src/integrity/index.js';

let root: string;
let keys: GeneratedKeys;
let n = 0;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'aisec-e2e-signature-'));
  mkdirSync(path.join(root, 'keys'));
  keys = await generateKeys(path.join(root, 'keys'), 'ed25519');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A system with a signed-by-declaration dataset folder and a model folder with a model.sig. */
async function system(declare = true): Promise<string> {
  const dir = path.join(root, `system${n++}`);
  mkdirSync(path.join(dir, 'data/train'), { recursive: true });
  mkdirSync(path.join(dir, 'models/clf'), { recursive: true });
  mkdirSync(path.join(dir, 'keys'));
  writeFileSync(path.join(dir, 'data/train/part-1.csv'), 'a,b,label\n1,2,0\n3,4,1\n');
  writeFileSync(path.join(dir, 'data/train/part-2.csv'), 'a,b,label\n5,6,0\n7,8,1\n');
  writeFileSync(path.join(dir, 'models/clf/model.onnx'), Buffer.from([0x08, 0x07, 0x12, 0x04, 0x74, 0x65, 0x73, 0x74]));
  copyFileSync(keys.publicKey, path.join(dir, 'keys/data.pub.pem'));
  const signature = declare ? '\n    signature:\n      publicKey: keys/data.pub.pem' : '';
  writeFileSync(
    path.join(dir, 'aisec.yaml'),
    `version: 1
name: signed-system
owner: Data team
purpose: Test that signatures are verified during assessment.
criticality: internal-tooling
automation: advisory
exposure: internal
models:
  - name: clf
    path: models/clf
datasets:
  - name: train
    path: data/train
    role: train
    source: internal
    personalData: false${signature}
`,
  );
  await signModel(path.join(dir, 'data/train'), { key: keys.privateKey });
  await signModel(path.join(dir, 'models/clf'), { key: keys.privateKey });
  return dir;
}

/** Signature findings as [rule, severity, path relative to the system folder], sorted. */
const signatureFindings = (r: Awaited<ReturnType<typeof runAssessment>>, dir: string) =>
  r.report.findings
    .filter((f) => f.ruleId.startsWith('signature/'))
    .map((f) => [f.ruleId, f.severity, path.relative(dir, path.resolve(dir, f.location.path)).split(path.sep).join('/')])
    .sort((a, b) => a[2]!.localeCompare(b[2]!));

describe('aisec assess and signatures', () => {
  it('verifies the declared dataset signature and compares the undeclared model.sig', async () => {
    const dir = await system();
    const result = await runAssessment({ dir, failOn: 'high' });
    expect(signatureFindings(result, dir)).toEqual([
      ['signature/signature-verified', 'info', 'data/train/model.sig'],
      ['signature/signature-unverified', 'low', 'models/clf/model.sig'],
    ]);
  });

  it('reports a tampered dataset as high, naming the file, and fails the run', async () => {
    const dir = await system();
    writeFileSync(path.join(dir, 'data/train/part-2.csv'), 'a,b,label\n5,6,1\n7,8,1\n');
    const result = await runAssessment({ dir, failOn: 'high' });
    const mismatch = result.report.findings.find((f) => f.ruleId === 'signature/signature-mismatch');
    expect(mismatch).toMatchObject({ severity: 'high', evidence: { changed: ['part-2.csv'] } });
    expect(result.exitCode).toBe(1);
  });

  it('reports a declared signature that went missing as medium', async () => {
    const dir = await system();
    rmSync(path.join(dir, 'data/train/model.sig'));
    const result = await runAssessment({ dir, failOn: 'high' });
    expect(signatureFindings(result, dir)).toContainEqual(['signature/signature-missing', 'medium', 'data/train/part-1.csv']);
  });
});
