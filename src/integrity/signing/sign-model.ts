import type { KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { writeFileAtomic } from '../atomic-write.js';
import { pathInside, unsafeRelativePathReason } from '../posix-path.js';
import { DEFAULT_IGNORE_PATHS } from '../walk-folder.js';
import { buildKeyBundle } from './bundle.js';
import { hashModel, type HashModelOptions } from './hash-model.js';
import { algorithmOf, keyHint, loadPrivateKey, signBytes, type KeyAlgorithm } from './keys.js';
import { IN_TOTO_PAYLOAD_TYPE, preAuthEncoding } from './pae.js';
import { buildStatement } from './statement.js';

/** The signature file name model-transparency uses, left out of what it signs. */
export const SIGNATURE_FILE = 'model.sig';

/** Options of {@link signModel}. */
export interface SignModelOptions {
  /** The private key: a PEM file path, or a loaded key. */
  readonly key: string | KeyObject;
  /** Where to write the bundle; default `model.sig` in the folder (`<file>.sig` beside a file). */
  readonly out?: string;
  /** More relative paths to leave out, besides version-control files and the signature. */
  readonly ignore?: readonly string[];
  readonly allowSymlinks?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: HashModelOptions['onProgress'];
}

/** What {@link signModel} wrote. */
export interface SignedModel {
  readonly out: string;
  /** The subject: the model's name and the digest over its file digests. */
  readonly subject: { readonly name: string; readonly sha256: string };
  readonly files: number;
  readonly algorithm: KeyAlgorithm;
  /** SHA-256 of the public key's PEM, as written in the bundle. */
  readonly hint: string;
}

/** Where a model's signature goes by default. */
export function defaultSignaturePath(target: string, isFolder: boolean): string {
  return isFolder ? path.join(target, SIGNATURE_FILE) : `${target}.sig`;
}

/**
 * Sign a model or dataset folder (or one file) in the OpenSSF model signing format: an in-toto
 * statement listing every file and its SHA-256, in a DSSE envelope signed with the key, in a
 * Sigstore bundle. The bundle is written atomically.
 *
 * @example
 * const { out, subject } = await signModel('models/bert', { key: 'keys/signing-key.pem' });
 */
export async function signModel(target: string, options: SignModelOptions): Promise<SignedModel> {
  const key = typeof options.key === 'string' ? await loadPrivateKey(options.key) : options.key;
  if (key.type !== 'private') throw new AisecError('ERR_KEY_INVALID', 'Signing needs a private key.');
  const algorithm = algorithmOf(key);
  const info = await stat(target).catch((error: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `${target} does not exist: check the path.`, { cause: error, details: { path: target } });
  });
  const isFolder = info.isDirectory();
  const out = options.out ?? defaultSignaturePath(target, isFolder);
  const ignore = isFolder ? signingIgnorePaths(target, out, options.ignore ?? []) : [];
  const model = await hashModel(target, {
    ignore,
    allowSymlinks: options.allowSymlinks === true,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const statement = buildStatement(model.name, model.resources, { method: 'files', hash_type: 'sha256', allow_symlinks: options.allowSymlinks === true, ignore_paths: ignore });
  const payload = Buffer.from(JSON.stringify(statement, null, 2), 'utf8');
  const signature = signBytes(key, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload));
  const hint = keyHint(key);
  await writeFileAtomic(out, `${JSON.stringify(buildKeyBundle(payload, signature, hint))}\n`);
  const subject = (statement.subject as Array<{ name: string; digest: { sha256: string } }>)[0]!;
  return { out, subject: { name: subject.name, sha256: subject.digest.sha256 }, files: model.resources.length, algorithm, hint };
}

/** The ignore list recorded in a signature: defaults, `model.sig`, the output file, the caller's. */
function signingIgnorePaths(target: string, out: string, extra: readonly string[]): string[] {
  for (const p of extra) {
    const reason = unsafeRelativePathReason(p);
    if (reason) throw new AisecError('ERR_USAGE', `The ignore path "${p}" ${reason}: give a path relative to the folder.`);
  }
  const own = pathInside(target, out);
  return [...new Set([...DEFAULT_IGNORE_PATHS, SIGNATURE_FILE, ...(own ? [own] : []), ...extra])].sort();
}
