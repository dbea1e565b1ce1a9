import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { tempTree } from '../test-support/temp-tree.js';
import { generateKeys, type GeneratedKeys } from './keys.js';
import { signModel } from './sign-model.js';
import { verifyModel } from './verify-model.js';

const tree = tempTree('aisec-sign-');
let ed: GeneratedKeys;
let p256: GeneratedKeys;
let n = 0;

beforeAll(async () => {
  ed = await generateKeys(tree.folder('keys-ed', {}), 'ed25519');
  p256 = await generateKeys(tree.folder('keys-p256', {}), 'ecdsa-p256');
});
afterAll(() => tree.cleanup());

function model(): string {
  return tree.folder(`model${n++}`, {
    'config.json': '{"layers": 2}',
    'weights/part-1.bin': Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]),
    'weights/part-2.bin': Buffer.from([9, 9, 9]),
    '.gitignore': '*.tmp',
  });
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('signModel and verifyModel', () => {
  it.each([
    ['Ed25519', () => ed],
    ['ECDSA P-256', () => p256],
  ])('a folder signed with %s verifies, and the bundle has the OpenSSF layout', async (_name, keys) => {
    const dir = model();
    const signed = await signModel(dir, { key: keys().privateKey });
    expect(signed.out).toBe(path.join(dir, 'model.sig'));
    expect(signed.files).toBe(3);
    const bundle = JSON.parse(readFileSync(signed.out, 'utf8'));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.publicKey.hint).toBe(keys().hint);
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe('https://model_signing/signature/v1.0');
    expect(statement.subject).toEqual([{ name: path.basename(dir), digest: { sha256: signed.subject.sha256 } }]);
    expect(statement.predicate.serialization).toEqual({ method: 'files', hash_type: 'sha256', allow_symlinks: false, ignore_paths: ['.git', '.gitattributes', '.github', '.gitignore', 'model.sig'] });
    expect(statement.predicate.resources.map((r: { name: string }) => r.name)).toEqual(['config.json', 'weights/part-1.bin', 'weights/part-2.bin']);
    const result = await verifyModel(dir, { publicKey: keys().publicKey });
    expect(result).toMatchObject({ status: 'valid', signer: { kind: 'key', hint: keys().hint }, statement: { files: 3, subjectDigest: signed.subject.sha256 } });
  });

  it('names a one-byte change, an added, a removed and a renamed file', async () => {
    const cases: Array<[string, (dir: string) => void, Record<string, unknown>]> = [
      ['one byte', (d) => writeFileSync(path.join(d, 'weights/part-2.bin'), Buffer.from([9, 9, 8])), { changed: ['weights/part-2.bin'] }],
      ['added', (d) => writeFileSync(path.join(d, 'backdoor.py'), 'import os'), { added: ['backdoor.py'] }],
      ['removed', (d) => rmSync(path.join(d, 'config.json')), { removed: ['config.json'] }],
      ['renamed', (d) => renameSync(path.join(d, 'weights/part-1.bin'), path.join(d, 'weights/part-0.bin')), { renamed: [{ from: 'weights/part-1.bin', to: 'weights/part-0.bin' }] }],
    ];
    for (const [name, change, expected] of cases) {
      const dir = model();
      await signModel(dir, { key: ed.privateKey });
      change(dir);
      const result = await verifyModel(dir, { publicKey: ed.publicKey });
      expect(result.status, name).toBe('content-mismatch');
      expect(result.diff, name).toMatchObject({ changed: [], added: [], removed: [], renamed: [], ...expected });
    }
  });

  it('refuses another key, and a bundle whose payload or signature was edited', async () => {
    const dir = model();
    const { out } = await signModel(dir, { key: ed.privateKey });
    expect((await verifyModel(dir, { publicKey: p256.publicKey })).reason).toMatch(/signed with another key/);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    // Swap in a digest that matches a planted file: a forger without the key.
    statement.predicate.resources[0].digest = 'a'.repeat(64);
    writeFileSync(out, JSON.stringify({ ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') } }));
    expect(await verifyModel(dir, { publicKey: ed.publicKey })).toMatchObject({ status: 'invalid-signature', reason: expect.stringMatching(/does not verify/) });
    const sig = Buffer.from(bundle.dsseEnvelope.signatures[0].sig, 'base64');
    sig[5]! ^= 1;
    writeFileSync(out, JSON.stringify({ ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope, signatures: [{ sig: sig.toString('base64'), keyid: '' }] } }));
    expect((await verifyModel(dir, { publicKey: ed.publicKey })).status).toBe('invalid-signature');
  });

  it('still checks the signature when the bundle names no key hint (older bundles)', async () => {
    const dir = model();
    const { out } = await signModel(dir, { key: p256.privateKey });
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    delete bundle.verificationMaterial.publicKey.hint;
    writeFileSync(out, JSON.stringify(bundle));
    expect((await verifyModel(dir, { publicKey: p256.publicKey })).status).toBe('valid');
    expect((await verifyModel(dir, { publicKey: ed.publicKey })).status).toBe('invalid-signature');
  });

  it('signs a single file as "." and keeps an output inside the folder out of the signature', async () => {
    const dir = model();
    const file = path.join(dir, 'config.json');
    const signed = await signModel(file, { key: ed.privateKey });
    expect(signed.out).toBe(`${file}.sig`);
    expect((await verifyModel(file, { publicKey: ed.publicKey })).status).toBe('valid');
    const out = path.join(dir, 'sigs/model.sig');
    tree.folder(path.relative(tree.root, path.join(dir, 'sigs')), {});
    await signModel(dir, { key: ed.privateKey, out });
    const result = await verifyModel(dir, { publicKey: ed.publicKey, signature: out });
    expect(result.status).toBe('valid');
    expect(result.statement?.files).toBe(4);
  });

  it('refuses usage mistakes before reading the folder', async () => {
    const dir = model();
    await signModel(dir, { key: ed.privateKey });
    expect(isAisecError(await rejection(verifyModel(dir, {})), 'ERR_USAGE')).toBe(true);
    expect(isAisecError(await rejection(verifyModel(dir, { publicKey: ed.privateKey })), 'ERR_KEY_INVALID')).toBe(true);
    expect(isAisecError(await rejection(signModel(dir, { key: ed.publicKey })), 'ERR_KEY_INVALID')).toBe(true);
    expect(isAisecError(await rejection(verifyModel(dir, { publicKey: ed.publicKey, ignore: ['../x'] })), 'ERR_USAGE')).toBe(true);
    expect(isAisecError(await rejection(verifyModel(dir, { publicKey: ed.publicKey, signature: path.join(dir, 'none.sig') })), 'ERR_TARGET_NOT_FOUND')).toBe(true);
  });
});

const python = spawnSync('python3', ['-c', 'import cryptography'], { encoding: 'utf8' });

describe('interoperability with model-transparency', () => {
  // The script re-traces model_signing's verification steps with Python's own JSON, path
  // order and `cryptography`; it runs where python3 with cryptography is installed.
  it.runIf(python.status === 0)('a P-256 signature by aisec passes model_signing-style verification, and a tampered one fails', async () => {
    const dir = tree.folder(`interop${n++}`, { 'a.bin': 'a', 'a/b.bin': 'b', 'a.txt': 't', 'z/é.bin': 'e', '.gitignore': 'x' });
    const { out } = await signModel(dir, { key: p256.privateKey });
    const script = path.resolve('src/integrity/signing/test-support/mt_verify.py');
    const ok = spawnSync('python3', [script, dir, out, p256.publicKey], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.stdout.trim()).toBe('OK');
    writeFileSync(path.join(dir, 'a.txt'), 'T');
    expect(spawnSync('python3', [script, dir, out, p256.publicKey], { encoding: 'utf8' }).status).not.toBe(0);
  });
});

describe('checkSignedContent', () => {
  it('compares the files with the bundle list without any key, and says what differs', async () => {
    const { checkSignedContent } = await import('./verify-model.js');
    const dir = model();
    await signModel(dir, { key: ed.privateKey });
    expect((await checkSignedContent(dir)).diff).toMatchObject({ changed: [], added: [], removed: [], renamed: [] });
    writeFileSync(path.join(dir, 'config.json'), '{"layers": 3}');
    expect((await checkSignedContent(dir)).diff.changed).toEqual(['config.json']);
  });
});
