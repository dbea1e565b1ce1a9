/**
 * Data manifests: per-file SHA-256 and, for tabular files, a Merkle tree over row chunks, so a
 * later check can name the files and row ranges that changed.
 */
export { createManifest, writeManifest, manifestIgnorePaths, type CreateManifestOptions, type HashProgress } from './create-manifest.js';
export { readManifest, parseManifest, type ManifestLimits } from './read-manifest.js';
export { verifyManifest, type ManifestVerification, type ChangedFile, type VerifyManifestOptions } from './verify-manifest.js';
export { manifestIssues, manifestContentDigest, tabularRoot, type ManifestIssue } from './manifest-consistency.js';
export { rowChanges, describeRange, type RowChanges, type RowRange } from './row-ranges.js';
export { detectChunking } from './hash-entry.js';
export { RowChunker, type ChunkingSpec, type ChunkDigest, type ChunkedFile, type TabularFormat } from './row-chunker.js';
export { leafHash, merkleRoot, inclusionProof, verifyInclusion, createLeafHasher } from './merkle.js';
export { ManifestSchema, MANIFEST_VERSION, DEFAULT_CHUNK_ROWS, type Manifest, type ManifestFile, type ManifestTabular } from './manifest-schema.js';
