import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetKind } from '../../core/target.js';
import { generateKeys, signModel, type GeneratedKeys } from '../../integrity/index.js';
import { tempTree } from '../../integrity/test-support/temp-tree.js';
import { runScanners } from '../engine.js';
import type { EngineTargetInput } from '../engine-types.js';
import { planSignatureChecks, signatureScanner } from './index.js';

const tree = tempTree('aisec-signature-scanner-');
let keys: GeneratedKeys;
let other: GeneratedKeys;
let n = 0;

beforeAll(async () => {
  keys = await generateKeys(tree.folder('keys', {}), 'ed25519');
  other = await generateKeys(tree.folder('other-keys', {}), 'ed25519');
});
afterAll(() => tree.cleanup());

/** A system folder with a model folder of three files, and the keys copied in. */
function system(): string {
  const dir = tree.folder(`system${n++}`, { 'models/m/a.bin': 'aaaa', 'models/m/b.bin': 'bbbb', 'models/m/config.json': '{}' });
  writeFileSync(path.join(dir, 'signer.pub.pem'), readFileSync(keys.publicKey));
  writeFileSync(path.join(dir, 'other.pub.pem'), readFileSync(other.publicKey));
  return dir;
}

/** Targets as collect-targets makes them: every file of the folder, owned by the asset. */
function targets(dir: string, keysInFolder: string[], spec?: Record<string, unknown>, kind: AssetKind = 'model'): EngineTargetInput[] {
  return keysInFolder.map((key) => ({
    path: key,
    absPath: path.join(dir, key),
    key,
    kind,
    ...(spec ? { asset: { name: 'm', kind, spec } } : {}),
  }));
}

async function scan(dir: string, list: EngineTargetInput[]) {
  const checks = await planSignatureChecks(dir, list);
  const outcome = await runScanners({ targets: list, scanners: [signatureScanner], scannerOptions: { signature: { checks } } });
  return { checks, ...outcome };
}

const files = ['models/m/a.bin', 'models/m/b.bin', 'models/m/config.json'];

describe('signature scanner with a declared signature', () => {
  it('reports a verified signature once, as info, on the bundle', async () => {
    const dir = system();
    await signModel(path.join(dir, 'models/m'), { key: keys.privateKey });
    const { findings, checks } = await scan(dir, targets(dir, [...files, 'models/m/model.sig'], { path: 'models/m', signature: { publicKey: 'signer.pub.pem' } }));
    expect(checks).toHaveLength(1);
    expect(findings.map((f) => [f.ruleId, f.severity, f.location.path])).toEqual([['signature/signature-verified', 'info', 'models/m/model.sig']]);
  });

  it('reports a missing declared signature as medium, once, though the folder has three files', async () => {
    const dir = system();
    const { findings } = await scan(dir, targets(dir, files, { path: 'models/m', signature: { publicKey: 'signer.pub.pem' } }));
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['signature/signature-missing', 'medium']]);
    expect(findings[0]!.message).toContain('models/m/model.sig');
  });

  it('reports a changed, added or removed file as high, naming the files', async () => {
    const dir = system();
    await signModel(path.join(dir, 'models/m'), { key: keys.privateKey });
    writeFileSync(path.join(dir, 'models/m/a.bin'), 'AAAA');
    writeFileSync(path.join(dir, 'models/m/extra.py'), 'import os');
    rmSync(path.join(dir, 'models/m/b.bin'));
    const { findings } = await scan(dir, targets(dir, ['models/m/a.bin', 'models/m/config.json', 'models/m/extra.py', 'models/m/model.sig'], { path: 'models/m', signature: { publicKey: 'signer.pub.pem' } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'signature/signature-mismatch', severity: 'high', evidence: { changed: ['a.bin'], added: ['extra.py'], removed: ['b.bin'] } });
  });

  it('reports a signature by another key as high', async () => {
    const dir = system();
    await signModel(path.join(dir, 'models/m'), { key: keys.privateKey });
    const { findings } = await scan(dir, targets(dir, [...files, 'models/m/model.sig'], { path: 'models/m', signature: { publicKey: 'other.pub.pem' } }));
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['signature/signature-invalid', 'high']]);
  });

  it('refuses declared paths that leave the system folder, and leaves the target incomplete', async () => {
    const dir = system();
    await signModel(path.join(dir, 'models/m'), { key: keys.privateKey });
    const { findings, targets: scanned } = await scan(dir, targets(dir, [...files, 'models/m/model.sig'], { path: 'models/m', signature: { publicKey: '../../keys/signing-key.pub.pem' } }));
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['signature/signature-unverified', 'medium']]);
    expect(scanned.some((t) => t.status === 'incomplete')).toBe(true);
  });

  it('takes a bundle kept outside the asset folder', async () => {
    const dir = system();
    tree.folder(path.relative(tree.root, path.join(dir, 'sigs')), {});
    await signModel(path.join(dir, 'models/m'), { key: keys.privateKey, out: path.join(dir, 'sigs/m.sig') });
    const { findings } = await scan(dir, targets(dir, files, { path: 'models/m', signature: { bundle: 'sigs/m.sig', publicKey: 'signer.pub.pem' } }));
    expect(findings.map((f) => f.ruleId)).toEqual(['signature/signature-verified']);
  });
});

describe('signature scanner with one signature over the folder of several datasets', () => {
  /** A data folder with a train and an eval file signed together, each declared as a dataset. */
  function dataSystem(): { dir: string; list: EngineTargetInput[] } {
    const dir = tree.folder(`data-system${n++}`, { 'data/train.csv': 'a,y\n1,0\n2,1\n', 'data/eval.csv': 'a,y\n3,0\n', 'data/MANIFEST.json': '{}' });
    writeFileSync(path.join(dir, 'signer.pub.pem'), readFileSync(keys.publicKey));
    const spec = (name: string, file: string, signature: Record<string, unknown>) => ({ name, kind: 'dataset' as const, spec: { path: file, signature } });
    const signature = { signed: 'data', publicKey: 'signer.pub.pem' };
    const list: EngineTargetInput[] = [
      { path: 'data/eval.csv', absPath: path.join(dir, 'data/eval.csv'), key: 'data/eval.csv', kind: 'dataset', asset: spec('eval', 'data/eval.csv', signature) },
      { path: 'data/train.csv', absPath: path.join(dir, 'data/train.csv'), key: 'data/train.csv', kind: 'dataset', asset: spec('train', 'data/train.csv', signature) },
    ];
    return { dir, list };
  }

  it('verifies the folder once for both datasets and names both', async () => {
    const { dir, list } = dataSystem();
    await signModel(path.join(dir, 'data'), { key: keys.privateKey });
    const { findings, checks } = await scan(dir, list);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ rootKey: 'data', bundleKey: 'data/model.sig', asset: 'eval, train' });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['signature/signature-verified', 'info']]);
    expect(findings[0]!.message).toContain('eval, train (data) matches its signature data/model.sig (3 files)');
  });

  it('reports a changed file of the folder once, as high, naming it', async () => {
    const { dir, list } = dataSystem();
    await signModel(path.join(dir, 'data'), { key: keys.privateKey });
    writeFileSync(path.join(dir, 'data/train.csv'), 'a,y\n1,1\n2,1\n');
    const { findings } = await scan(dir, list);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'signature/signature-mismatch', severity: 'high', evidence: { changed: ['train.csv'], added: [], removed: [] } });
  });

  it('refuses a signed path that does not contain the asset, and leaves the target incomplete', async () => {
    const { dir } = dataSystem();
    mkdirSync(path.join(dir, 'other'));
    writeFileSync(path.join(dir, 'other/x.csv'), 'a\n1\n');
    await signModel(path.join(dir, 'other'), { key: keys.privateKey });
    const list: EngineTargetInput[] = [
      { path: 'data/train.csv', absPath: path.join(dir, 'data/train.csv'), key: 'data/train.csv', kind: 'dataset', asset: { name: 'train', kind: 'dataset', spec: { path: 'data/train.csv', signature: { signed: 'other', publicKey: 'signer.pub.pem' } } } },
    ];
    const { findings, targets: scanned } = await scan(dir, list);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['signature/signature-unverified', 'medium']]);
    expect(findings[0]!.message).toContain('the signed path other does not contain the asset');
    expect(scanned[0]!.status).toBe('incomplete');
  });

  it('refuses a signed path that leaves the system folder', async () => {
    const { dir, list } = dataSystem();
    const outside = list.map((t) => ({ ...t, asset: { ...t.asset!, spec: { ...t.asset!.spec, signature: { signed: '../..', publicKey: 'signer.pub.pem' } } } }));
    const { findings } = await scan(dir, outside);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['signature/signature-unverified', 'medium']]);
    expect(findings[0]!.message).toMatch(/escapes the system folder/);
  });
});

describe('signature scanner with an undeclared model.sig', () => {
  it('compares the files with the bundle: low when they match, high when they do not', async () => {
    const dir = system();
    await signModel(path.join(dir, 'models/m'), { key: keys.privateKey });
    const list = targets(dir, files);
    expect((await scan(dir, list)).findings.map((f) => [f.ruleId, f.severity])).toEqual([['signature/signature-unverified', 'low']]);
    writeFileSync(path.join(dir, 'models/m/config.json'), '{"evil": true}');
    const { findings } = await scan(dir, list);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['signature/signature-mismatch', 'high']]);
    expect(findings[0]!.message).toMatch(/signer was not checked/);
  });

  it('plans nothing where there is no signature', async () => {
    const dir = system();
    expect(await planSignatureChecks(dir, targets(dir, files))).toEqual([]);
  });
});
