import type { KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { AisecError } from '../../core/errors.js';
import { diffDigests, digestsEqual, isSameContent, type FileDiff } from '../file-diff.js';
import { openRegularFile, targetErrorFor } from '../open-regular-file.js';
import { pathInside, unsafeRelativePathReason } from '../posix-path.js';
import { MAX_BUNDLE_BYTES, parseBundle, type ParsedBundle } from './bundle.js';
import { hashModel, type HashModelOptions } from './hash-model.js';
import { algorithmOf, keyHint, loadPublicKey, verifyBytes, type KeyAlgorithm } from './keys.js';
import { preAuthEncoding } from './pae.js';
import { defaultSignaturePath } from './sign-model.js';
import { checkCertificateBundle } from './sigstore.js';
import { parseStatement, type ModelStatement } from './statement.js';

/** Options of {@link verifyModel}: a public key, or a trust root with the expected identity. */
export interface VerifyModelOptions {
  /** The bundle; default `model.sig` in the folder (`<file>.sig` beside a file). */
  readonly signature?: string;
  /** For key-based bundles: the public key (PEM file path or loaded key). */
  readonly publicKey?: string | KeyObject;
  /** For certificate-based (Sigstore) bundles: a trusted_root.json, and who must have signed. */
  readonly trustedRoot?: string;
  readonly identity?: string;
  readonly issuer?: string;
  /** More relative paths to leave out when hashing, besides those the signature records. */
  readonly ignore?: readonly string[];
  readonly signal?: AbortSignal;
  readonly onProgress?: HashModelOptions['onProgress'];
}

/** Who signed, as far as verification established it. */
export type Signer = { readonly kind: 'key'; readonly hint: string; readonly algorithm: KeyAlgorithm } | { readonly kind: 'certificate'; readonly identity: string; readonly issuer: string };

/** What {@link verifyModel} found. */
export interface ModelVerification {
  /**
   * `valid`: the signature verifies and every file matches. `invalid-signature`: the bundle was
   * not signed by the given key or identity, or was altered. `content-mismatch`: the signature
   * is good but files changed, appeared, disappeared or moved since signing.
   */
  readonly status: 'valid' | 'invalid-signature' | 'content-mismatch';
  readonly reason?: string;
  readonly signature: string;
  readonly signer?: Signer;
  readonly statement?: { readonly name: string; readonly subjectDigest: string; readonly files: number; readonly predicateType: string };
  readonly diff?: FileDiff;
}

/**
 * Verify a model or dataset signed in the OpenSSF model signing format (by aisec, or by
 * model-transparency's `model_signing`): check the bundle's signature with the public key, or
 * its certificate against the trust root and identity; only then read the signed statement,
 * re-hash the folder with the serialization it records, and compare file by file.
 *
 * A bundle that cannot be parsed is ERR_SIGNATURE_INVALID; a missing or unusable key is
 * ERR_USAGE or ERR_KEY_INVALID. Everything else is a {@link ModelVerification}.
 *
 * @example
 * const result = await verifyModel('models/bert', { publicKey: 'keys/signing-key.pub.pem' });
 * if (result.status !== 'valid') process.exitCode = 1;
 */
export async function verifyModel(target: string, options: VerifyModelOptions): Promise<ModelVerification> {
  const info = await stat(target).catch((error: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `${target} does not exist: check the path.`, { cause: error, details: { path: target } });
  });
  const isFolder = info.isDirectory();
  const signature = options.signature ?? defaultSignaturePath(target, isFolder);
  for (const p of options.ignore ?? []) {
    const reason = unsafeRelativePathReason(p);
    if (reason) throw new AisecError('ERR_USAGE', `The ignore path "${p}" ${reason}: give a path relative to the folder.`);
  }
  const bundle = parseBundle(await readBundle(signature), signature);
  const checked = await checkSigner(bundle, options, signature);
  if ('reason' in checked) return { status: 'invalid-signature', reason: checked.reason, signature };
  // Only a payload whose signature verified is read any further.
  const { statement, diff } = await compareWithStatement(target, isFolder, parseStatement(bundle.payload), signature, options);
  return { status: isSameContent(diff) ? 'valid' : 'content-mismatch', signature, signer: checked.signer, statement, diff };
}

/** What {@link checkSignedContent} found: the files against the bundle's list, signer unchecked. */
export interface SignedContentCheck {
  readonly signature: string;
  readonly statement: NonNullable<ModelVerification['statement']>;
  readonly diff: FileDiff;
}

/**
 * Compare a folder with the file list of its signature bundle WITHOUT checking who signed it:
 * for a `model.sig` found with no public key declared. It detects accidental or careless
 * change since signing, never an attacker (who can write a new unsigned bundle); say so to
 * whoever reads the result.
 */
export async function checkSignedContent(target: string, options: Pick<VerifyModelOptions, 'signature' | 'ignore' | 'signal'> = {}): Promise<SignedContentCheck> {
  const info = await stat(target).catch((error: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `${target} does not exist: check the path.`, { cause: error, details: { path: target } });
  });
  const signature = options.signature ?? defaultSignaturePath(target, info.isDirectory());
  const bundle = parseBundle(await readBundle(signature), signature);
  return { signature, ...(await compareWithStatement(target, info.isDirectory(), parseStatement(bundle.payload), signature, options)) };
}

async function compareWithStatement(target: string, isFolder: boolean, statement: ModelStatement, signature: string, options: Pick<VerifyModelOptions, 'ignore' | 'signal' | 'onProgress'>): Promise<Omit<SignedContentCheck, 'signature'>> {
  const own = isFolder ? pathInside(target, signature) : undefined;
  const model = await hashModel(target, {
    ignore: [...statement.serialization.ignore_paths, ...(own ? [own] : []), ...(options.ignore ?? [])],
    allowSymlinks: statement.serialization.allow_symlinks,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const diff = diffDigests(
    statement.resources.map((r) => ({ path: r.name, sha256: r.digest })),
    model.resources.map((r) => ({ path: r.name, sha256: r.digest })),
  );
  return { statement: { name: statement.name, subjectDigest: statement.subjectDigest, files: statement.resources.length, predicateType: statement.predicateType }, diff };
}

async function checkSigner(bundle: ParsedBundle, options: VerifyModelOptions, source: string): Promise<{ signer: Signer } | { reason: string }> {
  if (bundle.kind === 'certificate') {
    if (!options.trustedRoot || !options.identity || !options.issuer) {
      throw new AisecError('ERR_USAGE', `${source} is signed with a certificate (Sigstore): pass --trusted-root FILE, --identity and --issuer to say whom to trust.`);
    }
    const result = await checkCertificateBundle(bundle.json, { trustedRoot: options.trustedRoot, identity: options.identity, issuer: options.issuer }, source);
    return result.ok ? { signer: { kind: 'certificate', identity: result.identity, issuer: result.issuer } } : { reason: `the certificate check failed: ${result.reason}` };
  }
  if (options.publicKey === undefined) throw new AisecError('ERR_USAGE', `${source} is signed with a key: pass the public key with --pub.`);
  const key = typeof options.publicKey === 'string' ? await loadPublicKey(options.publicKey) : options.publicKey;
  const algorithm = algorithmOf(key);
  const hint = keyHint(key);
  if (bundle.hint && !digestsEqual(bundle.hint, hint)) {
    return { reason: `it was signed with another key (the bundle names key ${bundle.hint.slice(0, 16)}…, the given key is ${hint.slice(0, 16)}…)` };
  }
  if (!verifyBytes(key, preAuthEncoding(bundle.payloadType, bundle.payload), bundle.signature)) {
    return { reason: 'the signature does not verify with this key: the signed statement or the signature was altered, or another key signed it' };
  }
  return { signer: { kind: 'key', hint, algorithm } };
}

async function readBundle(file: string): Promise<string> {
  const { handle, size } = await openRegularFile(file);
  try {
    if (size > MAX_BUNDLE_BYTES) throw new AisecError('ERR_SIGNATURE_INVALID', `The signature ${file} is ${size} bytes, more than the ${MAX_BUNDLE_BYTES} a bundle may have.`);
    const buffer = Buffer.alloc(size + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) throw new AisecError('ERR_SIGNATURE_INVALID', `The signature ${file} grew while it was read.`);
    }
    return buffer.subarray(0, filled).toString('utf8');
  } catch (error) {
    throw error instanceof AisecError ? error : targetErrorFor(error, file);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
