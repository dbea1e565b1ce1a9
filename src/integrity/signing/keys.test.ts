import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { tempTree } from '../test-support/temp-tree.js';
import { generateKeys, keyHint, loadPrivateKey, loadPublicKey, signBytes, verifyBytes } from './keys.js';

const tree = tempTree('aisec-keys-');
afterAll(() => tree.cleanup());
const FIXTURE_KEY = path.resolve('test/fixtures/model-signing/keys/signing-key-pub.pem');

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('generateKeys', () => {
  it.each(['ed25519', 'ecdsa-p256'] as const)('writes a %s pair: private 0600, public 0644, and they sign and verify', async (type) => {
    const dir = tree.folder(type, {});
    const keys = await generateKeys(dir, type);
    expect(keys.privateKey).toBe(path.join(dir, 'signing-key.pem'));
    expect(readFileSync(keys.privateKey, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(readFileSync(keys.publicKey, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    if (process.platform !== 'win32') {
      expect(statSync(keys.privateKey).mode & 0o777).toBe(0o600);
      expect(statSync(keys.publicKey).mode & 0o777).toBe(0o644);
    }
    const priv = await loadPrivateKey(keys.privateKey);
    const pub = await loadPublicKey(keys.publicKey);
    expect(keyHint(priv)).toBe(keys.hint);
    const sig = signBytes(priv, Buffer.from('data'));
    expect(verifyBytes(pub, Buffer.from('data'), sig)).toBe(true);
    expect(verifyBytes(pub, Buffer.from('dat4'), sig)).toBe(false);
  });

  it('never overwrites existing keys, and refuses unknown types and names', async () => {
    const dir = tree.folder('twice', {});
    await generateKeys(dir, 'ed25519');
    const before = readFileSync(path.join(dir, 'signing-key.pem'), 'utf8');
    expect(isAisecError(await rejection(generateKeys(dir, 'ed25519')), 'ERR_INTEGRITY_WRITE')).toBe(true);
    expect(readFileSync(path.join(dir, 'signing-key.pem'), 'utf8')).toBe(before);
    expect(isAisecError(await rejection(generateKeys(dir, 'rsa' as 'ed25519')), 'ERR_USAGE')).toBe(true);
    expect(isAisecError(await rejection(generateKeys(dir, 'ed25519', '../evil')), 'ERR_USAGE')).toBe(true);
    expect(isAisecError(await rejection(generateKeys(tree.at('none'), 'ed25519')), 'ERR_TARGET_NOT_FOUND')).toBe(true);
  });
});

describe('loading keys', () => {
  it('computes the hint model-transparency computes for its test key', async () => {
    // The hint in scripts/tests/v1.1.0-elliptic-key/model.sig of sigstore/model-transparency.
    expect(keyHint(await loadPublicKey(FIXTURE_KEY))).toBe('e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e');
  });

  it('refuses a private key given as the public key, without echoing it', async () => {
    const dir = tree.folder('swap', {});
    const keys = await generateKeys(dir, 'ed25519');
    const error = await rejection(loadPublicKey(keys.privateKey));
    expect(isAisecError(error, 'ERR_KEY_INVALID')).toBe(true);
    expect(error.message).toMatch(/is a private key/);
    const body = readFileSync(keys.privateKey, 'utf8').split('\n')[1]!;
    expect(error.message).not.toContain(body);
    expect(JSON.stringify((error as { details?: unknown }).details)).not.toContain(body);
  });

  it('refuses RSA keys, other curves, encrypted keys, garbage and huge files', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const files = {
      'rsa.pub': rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string,
      'rsa.pem': rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      'k1.pub': k1.publicKey.export({ type: 'spki', format: 'pem' }) as string,
      'enc.pem': rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string,
      'garbage.pem': '-----BEGIN PUBLIC KEY-----\nnot base64 at all\n-----END PUBLIC KEY-----\n',
    };
    const dir = tree.folder('bad', files);
    for (const [name, load, pattern] of [
      ['rsa.pub', loadPublicKey, /type rsa is not supported/],
      ['rsa.pem', loadPrivateKey, /type rsa is not supported/],
      ['k1.pub', loadPublicKey, /curve secp256k1 is not supported/],
      ['enc.pem', loadPrivateKey, /encrypted/],
      ['garbage.pem', loadPublicKey, /cannot be parsed/],
    ] as const) {
      const error = await rejection(load(path.join(dir, name)));
      expect(isAisecError(error, 'ERR_KEY_INVALID'), name).toBe(true);
      expect(error.message).toMatch(pattern);
    }
    writeFileSync(path.join(dir, 'huge.pem'), Buffer.alloc(100_000, 0x41));
    expect((await rejection(loadPublicKey(path.join(dir, 'huge.pem')))).message).toMatch(/far more than a key/);
  });
});
