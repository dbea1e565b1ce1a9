/**
 * Integrity: streaming hashes of files and bytes, data manifests (per-file digests and row-chunk
 * Merkle trees), and OpenSSF model signatures of folders.
 *
 * Other folders reach this one only through this file.
 */
export { hashFile, hashBytes, HASH_CHUNK_BYTES, type HashFileOptions, type FileDigest } from './hash-file.js';
export { openRegularFile, targetErrorFor, type OpenedFile } from './open-regular-file.js';
export { writeFileAtomic, type AtomicWriteOptions } from './atomic-write.js';
export { openAtomicFile, type AtomicFile } from './atomic-stream.js';
export { walkFolder, DEFAULT_IGNORE_PATHS, type FolderFile, type WalkFolderOptions } from './walk-folder.js';
export { folderDigest, type NamedDigest } from './folder-digest.js';
export { diffDigests, digestsEqual, isSameContent, type FileDiff } from './file-diff.js';
export { comparePosixPaths, isSafeRelativePath, unsafeRelativePathReason, pathInside } from './posix-path.js';
export * from './manifest/index.js';
export * from './signing/index.js';
export * from './merkle/index.js';
