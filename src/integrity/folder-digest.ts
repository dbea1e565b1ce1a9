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
  const hash = createHash('sha256');
  for (const entry of [...entries].sort((a, b) => comparePosixPaths(a.path, b.path))) hash.update(Buffer.from(entry.sha256, 'hex'));
  return hash.digest('hex');
}
