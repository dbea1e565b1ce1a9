/**
 * Interoperability: signatures written by sigstore/model-transparency's own test suite
 * (vendored under test/fixtures/model-signing, see SOURCES.md there) verify with aisec, and
 * every kind of tampering is detected and named.
 */
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { tempTree } from '../test-support/temp-tree.js';
import { verifyModel } from './verify-model.js';

const FIXTURES = path.resolve('test/fixtures/model-signing');
const PUB = path.join(FIXTURES, 'keys/signing-key-pub.pem');
const ROOT = path.join(FIXTURES, 'trusted_root.json');
const IDENTITY = { identity: 'stefanb@us.ibm.com', issuer: 'https://sigstore.verify.ibm.com/oauth2' };

const tree = tempTree('aisec-mt-');
afterAll(() => tree.cleanup());
let n = 0;

function flipByte(file: string, at: number): void {
  const bytes = readFileSync(file);
  bytes[at]! ^= 0x01;
  writeFileSync(file, bytes);
}

/** A writable copy of a fixture folder, under its own name (the subject name is informative). */
function copy(name: string): string {
  const dir = tree.at(`${n++}/${name}`);
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

const tamperings: Array<[string, (dir: string) => void, Record<string, unknown>]> = [
  ['a one-byte change', (d) => flipByte(path.join(d, 'signme-1'), 3), { changed: ['signme-1'] }],
  ['an added file', (d) => writeFileSync(path.join(d, 'extra.bin'), 'x'), { added: ['extra.bin'] }],
  ['a removed file', (d) => rmSync(path.join(d, 'signme-2')), { removed: ['signme-2'] }],
  ['a renamed file', (d) => renameSync(path.join(d, 'signme-2'), path.join(d, 'signme-3')), { renamed: [{ from: 'signme-2', to: 'signme-3' }] }],
];

describe('model-transparency v1.1.0 signature made with an EC key (P-384)', () => {
  it('verifies with the public key', async () => {
    const result = await verifyModel(path.join(FIXTURES, 'v1.1.0-elliptic-key'), { publicKey: PUB });
    expect(result).toMatchObject({
      status: 'valid',
      signer: { kind: 'key', algorithm: 'ecdsa-p384', hint: 'e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e' },
      statement: { name: 'v1.1.0-elliptic-key', files: 2, subjectDigest: '92745110b1ab4368471cbe31664e10174e954b113a3df333db860317b2c6dec4' },
    });
  });

  it.each(tamperings)('detects and names %s', async (_name, change, expected) => {
    const dir = copy('v1.1.0-elliptic-key');
    change(dir);
    const result = await verifyModel(dir, { publicKey: PUB });
    expect(result.status).toBe('content-mismatch');
    expect(result.diff).toMatchObject({ changed: [], added: [], removed: [], renamed: [], ...expected });
  });

  it('honours the ignore paths the signature records (ignore-me may change freely)', async () => {
    const dir = copy('v1.1.0-elliptic-key');
    writeFileSync(path.join(dir, 'ignore-me'), 'anything');
    expect((await verifyModel(dir, { publicKey: PUB })).status).toBe('valid');
  });
});

describe('model-transparency v1.0.1 signature (public key bytes in the bundle, no ignore list)', () => {
  it('verifies when the unsigned file is ignored, and names it otherwise', async () => {
    const dir = path.join(FIXTURES, 'v1.0.1-elliptic-key');
    expect((await verifyModel(dir, { publicKey: PUB, ignore: ['ignore-me'] })).status).toBe('valid');
    expect((await verifyModel(dir, { publicKey: PUB })).diff?.added).toEqual(['ignore-me']);
  });
});

describe('model-transparency v1.1.0 Sigstore (keyless) signature, offline', () => {
  it('verifies against the vendored trust root with the signer identity', async () => {
    const result = await verifyModel(path.join(FIXTURES, 'v1.1.0-sigstore'), { trustedRoot: ROOT, ...IDENTITY });
    expect(result).toMatchObject({ status: 'valid', signer: { kind: 'certificate', identity: IDENTITY.identity, issuer: IDENTITY.issuer }, statement: { files: 2 } });
  });

  it('refuses another identity or issuer', async () => {
    const dir = path.join(FIXTURES, 'v1.1.0-sigstore');
    expect(await verifyModel(dir, { trustedRoot: ROOT, ...IDENTITY, identity: 'mallory@example.com' })).toMatchObject({ status: 'invalid-signature', reason: expect.stringMatching(/identity/) });
    expect((await verifyModel(dir, { trustedRoot: ROOT, ...IDENTITY, issuer: 'https://accounts.google.com' })).status).toBe('invalid-signature');
  });

  it('refuses the bundle checked against a trust root without its CA', async () => {
    const root = JSON.parse(readFileSync(ROOT, 'utf8'));
    const file = tree.at(`root-${n++}.json`);
    writeFileSync(file, JSON.stringify({ ...root, certificateAuthorities: [] }));
    expect((await verifyModel(path.join(FIXTURES, 'v1.1.0-sigstore'), { trustedRoot: file, ...IDENTITY })).status).toBe('invalid-signature');
  });

  it('refuses an edited payload (the log entry and signature no longer match)', async () => {
    const dir = copy('v1.1.0-sigstore');
    const sig = path.join(dir, 'model.sig');
    const bundle = JSON.parse(readFileSync(sig, 'utf8'));
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString().replace('"signme-2"', '"signme-X"');
    bundle.dsseEnvelope.payload = Buffer.from(payload).toString('base64');
    writeFileSync(sig, JSON.stringify(bundle));
    expect((await verifyModel(dir, { trustedRoot: ROOT, ...IDENTITY })).status).toBe('invalid-signature');
  });

  it.each(tamperings)('detects and names %s', async (_name, change, expected) => {
    const dir = copy('v1.1.0-sigstore');
    change(dir);
    const result = await verifyModel(dir, { trustedRoot: ROOT, ...IDENTITY });
    expect(result.status).toBe('content-mismatch');
    expect(result.diff).toMatchObject({ changed: [], added: [], removed: [], renamed: [], ...expected });
  });

  it('asks for the trust root and identity instead of guessing, and for a key for key bundles', async () => {
    const error = await verifyModel(path.join(FIXTURES, 'v1.1.0-sigstore'), { publicKey: PUB }).catch((e: unknown) => e);
    expect(isAisecError(error, 'ERR_USAGE')).toBe(true);
    expect((error as Error).message).toMatch(/--trusted-root/);
    expect(isAisecError(await verifyModel(path.join(FIXTURES, 'v1.1.0-elliptic-key'), { trustedRoot: ROOT, ...IDENTITY }).catch((e: unknown) => e), 'ERR_USAGE')).toBe(true);
  });
});
