import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { toolVersion } from '../../core/version.js';
import { writeFileAtomic } from '../atomic-write.js';
import { folderDigest } from '../folder-digest.js';
import { pathInside, unsafeRelativePathReason } from '../posix-path.js';
import { DEFAULT_IGNORE_PATHS, walkFolder, type FolderFile } from '../walk-folder.js';
import { hashEntry } from './hash-entry.js';
import { manifestContentDigest } from './manifest-consistency.js';
import { DEFAULT_CHUNK_ROWS, MANIFEST_VERSION, type Manifest, type ManifestFile } from './manifest-schema.js';
import type { ChunkingSpec } from './row-chunker.js';

/** Progress of hashing a file or folder. */
export interface HashProgress {
  /** The file being hashed, relative to the folder. */
  readonly file: string;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

/** Options of {@link createManifest}. */
export interface CreateManifestOptions {
  /** Data records per chunk of tabular files (default 1,000). */
  readonly chunkRows?: number;
  /** More relative paths to leave out, besides version-control files and `model.sig`. */
  readonly ignore?: readonly string[];
  /** Follow symbolic links to files (default false: a link is an error). */
  readonly allowSymlinks?: boolean;
  /** Most files in a folder (default 100,000). */
  readonly maxFiles?: number;
  /** Where the manifest will be written: left out when it lies inside the folder. */
  readonly outFile?: string;
  /** Chunk every file this way (or `null`: none) instead of detecting the format; for benchmarks. */
  readonly chunking?: ChunkingSpec | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: HashProgress) => void;
  readonly now?: () => Date;
}

/** The paths a manifest of `root` leaves out: defaults, `model.sig`, and the caller's. */
export function manifestIgnorePaths(extra: readonly string[] = []): string[] {
  for (const p of extra) {
    const reason = unsafeRelativePathReason(p);
    if (reason) throw new AisecError('ERR_USAGE', `The ignore path "${p}" ${reason}: give a path relative to the folder, such as cache/ or notes.txt.`);
  }
  return [...new Set([...DEFAULT_IGNORE_PATHS, 'model.sig', ...extra])];
}

/**
 * Make the manifest of a file or folder: each file's SHA-256 and size, and for each CSV, TSV
 * or JSON Lines file (detected from content) a Merkle tree over chunks of `chunkRows` records.
 * Every file is read once.
 *
 * @example
 * const manifest = await createManifest('data/train', { chunkRows: 1000 });
 * await writeManifest(manifest, 'data/train.manifest.json');
 */
export async function createManifest(target: string, options: CreateManifestOptions = {}): Promise<Manifest> {
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  if (!Number.isInteger(chunkRows) || chunkRows < 1 || chunkRows > 10_000_000) {
    throw new AisecError('ERR_USAGE', `The chunk size must be a whole number of rows from 1 to 10,000,000, not ${chunkRows}.`);
  }
  const info = await stat(target).catch((error: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `${target} does not exist: check the path.`, { cause: error, details: { path: target } });
  });
  const isFolder = info.isDirectory();
  const own = isFolder && options.outFile ? pathInside(target, options.outFile) : undefined;
  const ignore = isFolder ? manifestIgnorePaths([...(options.ignore ?? []), ...(own ? [own] : [])]) : [];
  const files: FolderFile[] = isFolder
    ? await walkFolder(target, { ignore, allowSymlinks: options.allowSymlinks === true, ...(options.maxFiles ? { maxFiles: options.maxFiles } : {}), ...(options.signal ? { signal: options.signal } : {}) })
    : [{ path: path.basename(target), absPath: path.resolve(target), size: info.size }];
  const bytesTotal = files.reduce((n, f) => n + f.size, 0);
  let bytesBefore = 0;
  const entries: ManifestFile[] = [];
  for (const file of files) {
    const onProgress = options.onProgress;
    entries.push(
      await hashEntry(file.absPath, file.path, {
        chunkRows,
        ...(options.chunking !== undefined ? { chunking: options.chunking } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(onProgress ? { onProgress: (done: number) => onProgress({ file: file.path, bytesDone: bytesBefore + done, bytesTotal }) } : {}),
      }),
    );
    bytesBefore += entries[entries.length - 1]!.size;
  }
  const subject = { name: path.basename(path.resolve(target)), type: isFolder ? ('folder' as const) : ('file' as const) };
  return {
    version: MANIFEST_VERSION,
    tool: { name: 'aisec', version: toolVersion() },
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    subject,
    digest: { sha256: folderDigest(entries) },
    contentSha256: manifestContentDigest({ subject, chunkRows, ignore, files: entries }),
    chunkRows,
    ignore,
    files: entries,
  };
}

/**
 * Write a manifest as JSON, atomically: readers see the old file or the new one, and a failed
 * write never leaves a partial manifest over a good one.
 */
export async function writeManifest(manifest: Manifest, file: string): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
