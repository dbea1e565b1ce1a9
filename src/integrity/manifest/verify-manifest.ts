import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { diffDigests, digestsEqual, isSameContent, type FileDiff } from '../file-diff.js';
import { pathInside } from '../posix-path.js';
import { walkFolder } from '../walk-folder.js';
import type { HashProgress } from './create-manifest.js';
import { chunkingOf, hashEntry } from './hash-entry.js';
import type { Manifest, ManifestFile } from './manifest-schema.js';
import { rowChanges, type RowChanges } from './row-ranges.js';

/** A file whose content differs from the manifest. */
export interface ChangedFile {
  readonly path: string;
  readonly expected: { readonly sha256: string; readonly size: number };
  readonly actual: { readonly sha256: string; readonly size: number };
  /** For tabular files: which records changed. */
  readonly rows?: RowChanges;
}

/** What {@link verifyManifest} found. */
export interface ManifestVerification {
  /** True when every recorded file is present, unchanged, and nothing was added. */
  readonly ok: boolean;
  readonly changed: ChangedFile[];
  readonly added: string[];
  readonly removed: string[];
  readonly renamed: FileDiff['renamed'];
  readonly unchanged: number;
}

/** Options of {@link verifyManifest}. */
export interface VerifyManifestOptions {
  /** The manifest's own path: left out when it lies inside the folder. */
  readonly manifestFile?: string;
  readonly allowSymlinks?: boolean;
  readonly maxFiles?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: HashProgress) => void;
}

/**
 * Check a file or folder against its manifest: every file is hashed again (tabular files
 * chunked exactly as recorded), and the result says which files changed and, for tabular
 * ones, which row ranges; which were added, removed or renamed (same digest, new path).
 *
 * Only the files found in the folder are opened; paths in the manifest are compared, never
 * opened, so a hostile manifest cannot make this read outside the folder.
 *
 * @example
 * const result = await verifyManifest('data/train', await readManifest('train.manifest.json'));
 * if (!result.ok) console.log(result.changed.map((c) => c.path));
 */
export async function verifyManifest(target: string, manifest: Manifest, options: VerifyManifestOptions = {}): Promise<ManifestVerification> {
  const info = await stat(target).catch((error: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `${target} does not exist: check the path.`, { cause: error, details: { path: target } });
  });
  const folder = manifest.subject.type === 'folder';
  if (folder !== info.isDirectory()) {
    throw new AisecError('ERR_USAGE', `The manifest describes a ${manifest.subject.type} (${manifest.subject.name}), but ${target} is ${info.isDirectory() ? 'a folder' : 'a file'}: name the ${manifest.subject.type} it was made for.`);
  }
  const recorded = new Map(manifest.files.map((f) => [f.path, f]));
  const own = folder && options.manifestFile ? pathInside(target, options.manifestFile) : undefined;
  const files = folder
    ? await walkFolder(target, {
        ignore: [...manifest.ignore, ...(own ? [own] : [])],
        allowSymlinks: options.allowSymlinks === true,
        ...(options.maxFiles ? { maxFiles: options.maxFiles } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      })
    : // A single file is compared with the one entry whatever its name now.
      [{ path: manifest.files[0]!.path, absPath: path.resolve(target), size: info.size }];
  const bytesTotal = files.reduce((n, f) => n + f.size, 0);
  let bytesBefore = 0;
  const current: ManifestFile[] = [];
  for (const file of files) {
    const expected = recorded.get(file.path);
    const onProgress = options.onProgress;
    const entry = await hashEntry(file.absPath, file.path, {
      chunkRows: manifest.chunkRows,
      chunking: chunkingOf(expected?.tabular, manifest.chunkRows),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(onProgress ? { onProgress: (done: number) => onProgress({ file: file.path, bytesDone: bytesBefore + done, bytesTotal }) } : {}),
    });
    bytesBefore += entry.size;
    if (expected) checkAgreement(expected, entry, manifest);
    current.push(entry);
  }
  const diff = diffDigests(manifest.files, current);
  const now = new Map(current.map((f) => [f.path, f]));
  const changed = diff.changed.map((p): ChangedFile => {
    const before = recorded.get(p)!;
    const after = now.get(p)!;
    return {
      path: p,
      expected: { sha256: before.sha256, size: before.size },
      actual: { sha256: after.sha256, size: after.size },
      ...(before.tabular && after.tabular ? { rows: rowChanges(before.tabular, after.tabular, manifest.chunkRows) } : {}),
    };
  });
  return { ok: isSameContent(diff), changed, added: diff.added, removed: diff.removed, renamed: diff.renamed, unchanged: diff.unchanged };
}

/**
 * A file whose SHA-256 matches the manifest must match its chunk tree too; if not, the chunk
 * digests were edited (the SHA-256 of the whole file cannot be).
 */
function checkAgreement(expected: ManifestFile, actual: ManifestFile, manifest: Manifest): void {
  if (!digestsEqual(expected.sha256, actual.sha256) || !expected.tabular || !actual.tabular) return;
  if (digestsEqual(expected.tabular.root, actual.tabular.root)) return;
  const index = manifest.files.indexOf(expected);
  throw new AisecError(
    'ERR_MANIFEST_INVALID',
    `The manifest is inconsistent at files[${index}].tabular: ${expected.path} matches its recorded SHA-256, but not its recorded row chunks, so the chunk digests were edited. Re-create the manifest from a copy of the data you trust.`,
    { details: { path: expected.path, at: `files[${index}].tabular` } },
  );
}
