/**
 * Hostile bundles and statements: truncated, edited, path tricks, inconsistent digests,
 * oversized lists, wrong key types. None may verify, and none may make aisec read outside the
 * folder.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../../core/errors.js';
import { folderDigest } from '../folder-digest.js';
import { tempTree } from '../test-support/temp-tree.js';
import { buildKeyBundle, parseBundle } from './bundle.js';
import { generateKeys, loadPrivateKey, signBytes, type GeneratedKeys } from './keys.js';
import { IN_TOTO_PAYLOAD_TYPE, preAuthEncoding } from './pae.js';
import { signModel } from './sign-model.js';
import { MAX_RESOURCES, parseStatement } from './statement.js';
import { verifyModel } from './verify-model.js';

const tree = tempTree('aisec-hostile-');
let keys: GeneratedKeys;
let dir: string;
let bundleText: string;
afterAll(() => tree.cleanup());

beforeAll(async () => {
  keys = await generateKeys(tree.folder('keys', {}), 'ecdsa-p256');
  dir = tree.folder('model', { 'a.bin': 'aaaa', 'b/c.bin': 'cccc' });
  await signModel(dir, { key: keys.privateKey });
  bundleText = readFileSync(path.join(dir, 'model.sig'), 'utf8');
});

const digestA = 'a'.repeat(64);

/** A v1.0 statement with these resources and a correct subject digest (unless given). */
function statement(resources: Array<{ name: string; digest?: string; algorithm?: string }>, extra: { serialization?: Record<string, unknown>; subjectDigest?: string } = {}): Buffer {
  const list = resources.map((r) => ({ name: r.name, algorithm: r.algorithm ?? 'sha256', digest: r.digest ?? digestA }));
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'm', digest: { sha256: extra.subjectDigest ?? folderDigest(list.map((r) => ({ path: r.name, sha256: r.digest }))) } }],
      predicateType: 'https://model_signing/signature/v1.0',
      predicate: { serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false, ...extra.serialization }, resources: list },
    }),
  );
}

function statementError(payload: Buffer): string {
  try {
    parseStatement(payload);
  } catch (error) {
    expect(isAisecError(error, 'ERR_SIGNATURE_INVALID')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected ERR_SIGNATURE_INVALID');
}

describe('parseStatement on hostile statements', () => {
  it.each([['../../etc/passwd'], ['/etc/passwd'], ['a/../../b'], ['a//b'], ['C:\\x'], ['a\u0000b'], ['.']])('refuses the file name %j', (name) => {
    expect(statementError(statement([{ name }, { name: 'ok' }]))).toMatch(/predicate\.resources\[0\]\.name/);
  });

  it('refuses path tricks in the ignore list, which would hide files from the check', () => {
    expect(statementError(statement([{ name: 'a' }], { serialization: { ignore_paths: ['..'] } }))).toMatch(/ignore_paths\[0\]/);
    expect(statementError(statement([{ name: 'a' }], { serialization: { ignore_paths: [''] } }))).toMatch(/ignore_paths\[0\]/);
  });

  it('refuses duplicate names, a subject digest that does not match, and serializations it cannot redo', () => {
    expect(statementError(statement([{ name: 'a' }, { name: 'a' }]))).toMatch(/twice/);
    expect(statementError(statement([{ name: 'a' }], { subjectDigest: 'b'.repeat(64) }))).toMatch(/inconsistent/);
    expect(statementError(statement([{ name: 'a' }], { serialization: { method: 'shards', shard_size: 1000 } }))).toMatch(/"shards"/);
    expect(statementError(statement([{ name: 'a' }], { serialization: { hash_type: 'blake3' } }))).toMatch(/blake3/);
    expect(statementError(statement([{ name: 'a', algorithm: 'md5' }]))).toMatch(/md5/);
    expect(statementError(statement([{ name: 'a', digest: 'XYZ' }]))).toMatch(/not a SHA-256/);
  });

  it('refuses other statement and predicate types, and non-JSON', () => {
    expect(statementError(Buffer.from('{"_type":"https://in-toto.io/Statement/v0.1"}'))).toMatch(/not an OpenSSF model signature/);
    expect(statementError(Buffer.from('not json'))).toMatch(/not JSON/);
    const slsa = JSON.parse(statement([{ name: 'a' }]).toString());
    slsa.predicateType = 'https://slsa.dev/provenance/v1';
    expect(statementError(Buffer.from(JSON.stringify(slsa)))).toMatch(/predicateType/);
  });

  it('refuses a file list longer than the limit', () => {
    const many = Array.from({ length: MAX_RESOURCES + 1 }, (_, i) => ({ name: `f${i}` }));
    expect(statementError(statement(many, { subjectDigest: digestA }))).toMatch(/lists 100001 files, more than the limit/);
  });

  it('reads the legacy v0.1 predicate (one subject per file)', () => {
    const legacy = { _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://model_signing/Digests/v0.1', subject: [{ name: 'x/y', digest: { sha256: digestA } }], predicate: { unused: '' } };
    expect(parseStatement(Buffer.from(JSON.stringify(legacy))).resources).toEqual([{ name: 'x/y', digest: digestA }]);
    legacy.subject[0]!.name = '../y';
    expect(statementError(Buffer.from(JSON.stringify(legacy)))).toMatch(/subject\[0\]\.name/);
  });
});

describe('verifyModel on hostile bundles', () => {
  async function outcome(text: string): Promise<string> {
    writeFileSync(path.join(dir, 'model.sig'), text);
    try {
      return (await verifyModel(dir, { publicKey: keys.publicKey })).status;
    } catch (error) {
      if (isAisecError(error, 'ERR_SIGNATURE_INVALID')) return 'refused';
      throw error;
    }
  }

  afterAll(() => writeFileSync(path.join(dir, 'model.sig'), bundleText));

  it('refuses a truncated bundle at any length', async () => {
    for (const cut of [0, 1, 50, Math.floor(bundleText.length / 2), bundleText.length - 3]) expect(await outcome(bundleText.slice(0, cut))).toBe('refused');
  });

  it('refuses a path-trick statement even when it is properly signed', async () => {
    const priv = await loadPrivateKey(keys.privateKey);
    const payload = statement([{ name: '../outside.bin' }]);
    const bundle = buildKeyBundle(payload, signBytes(priv, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload)), keys.hint);
    expect(await outcome(JSON.stringify(bundle))).toBe('refused');
  });

  it('refuses bundles of the wrong shape', () => {
    const b = JSON.parse(bundleText);
    const variants: Array<[string, unknown, RegExp]> = [
      ['media type', { ...b, mediaType: 'application/json' }, /media type/],
      ['payload type', { ...b, dsseEnvelope: { ...b.dsseEnvelope, payloadType: 'text/plain' } }, /payload type/],
      ['no signature', { ...b, dsseEnvelope: { ...b.dsseEnvelope, signatures: [] } }, /no signature/],
      ['bad base64', { ...b, dsseEnvelope: { ...b.dsseEnvelope, payload: 'not*base64' } }, /base64/],
      ['two kinds', { ...b, verificationMaterial: { ...b.verificationMaterial, certificate: { rawBytes: 'AAAA' } } }, /at once/],
      ['no material', { ...b, verificationMaterial: {} }, /neither/],
      ['an array', [], /not a Sigstore bundle/],
    ];
    for (const [name, value, pattern] of variants) {
      let message = '';
      try {
        parseBundle(JSON.stringify(value), 'model.sig');
      } catch (error) {
        expect(isAisecError(error, 'ERR_SIGNATURE_INVALID'), name).toBe(true);
        message = (error as Error).message;
      }
      expect(message, name).toMatch(pattern);
    }
  });

  it('refuses a key of the wrong type as usage, and a key of another kind as another key', async () => {
    writeFileSync(path.join(dir, 'model.sig'), bundleText);
    const rsa = tree.folder('rsa', { 'rsa.pub': generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }) as string });
    expect(isAisecError(await verifyModel(dir, { publicKey: path.join(rsa, 'rsa.pub') }).catch((e: unknown) => e), 'ERR_KEY_INVALID')).toBe(true);
    const ed = await generateKeys(tree.folder('ed', {}), 'ed25519');
    expect((await verifyModel(dir, { publicKey: ed.publicKey })).status).toBe('invalid-signature');
  });

  it('never verifies a bundle with one byte changed, unless the change decodes to the same bundle (property)', async () => {
    const original = parseBundle(bundleText, 'x');
    await fc.assert(
      fc.asyncProperty(fc.nat(bundleText.length - 1), fc.constantFrom('A', 'z', '0', '+', '=', '"', '{', ' '), async (at, ch) => {
        const edited = bundleText.slice(0, at) + ch + bundleText.slice(at + 1);
        fc.pre(edited !== bundleText);
        const status = await outcome(edited);
        if (status !== 'valid') return;
        // Only edits the signature does not cover may pass: the unused bits of a base64
        // quantum, or the key hint (which only names the key; the signature is still checked).
        const again = parseBundle(edited, 'x');
        expect(again.payload.equals(original.payload) && again.signature.equals(original.signature)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});
