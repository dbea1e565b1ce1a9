import { createHash } from 'node:crypto';
import { comparePosixPaths } from './posix-path.js';

/** A named SHA-256 digest (hex). */
export interface NamedDigest {
  readonly path: string;
  readonly sha256: string;
}

/**
 * The digest of a whole folder from the digests of its files: SHA-256 over the raw 32-byte
 * digests, concatenated in path order ({@link comparePosixPaths}).
 *
 * This is how sigstore/model-transparency computes the subject digest of a model signature
 * (`Payload.__init__` hashes each resource's digest bytes in sorted order), so a manifest and
 * a signature of the same folder carry the same folder digest.
 *
 * @example
 * folderDigest([{ path: 'a.bin', sha256: '…' }, { path: 'b/c.bin', sha256: '…' }])
 */
export function folderDigest(entries: readonly NamedDigest[]): string {
  return digestOfDigests([...entries].sort((a, b) => comparePosixPaths(a.path, b.path)).map((e) => e.sha256));
}

/**
 * SHA-256 over raw digests in the order given. A model-transparency verifier hashes the
 * resources of a statement in the order they are listed, so checking a signed statement must
 * too (producers list them sorted, which makes this equal to {@link folderDigest}).
 */
export function digestOfDigests(digests: readonly string[]): string {
  const hash = createHash('sha256');
  for (const digest of digests) hash.update(Buffer.from(digest, 'hex'));
  return hash.digest('hex');
}
