/**
 * Integrity: streaming hashes of files and bytes.
 *
 * Other folders reach this one only through this file.
 */
export { hashFile, hashBytes, HASH_CHUNK_BYTES, type HashFileOptions, type FileDigest } from './hash-file.js';
export { openRegularFile, targetErrorFor, type OpenedFile } from './open-regular-file.js';
