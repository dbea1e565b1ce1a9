/**
 * Checks a parsed manifest against itself: the folder digest against the file digests, each
 * Merkle root against its chunk leaves, the chunk sizes and counts against the file. A
 * manifest edited by hand (a digest changed to hide a change, a chunk removed) fails here,
 * before any file is read, with the place it fails.
 */
import { createHash } from 'node:crypto';
import { folderDigest } from '../folder-digest.js';
import { merkleRoot } from './merkle.js';
import type { Manifest, ManifestTabular } from './manifest-schema.js';

/** One inconsistency: where (a JSON path such as `files[2].tabular.root`) and what. */
export interface ManifestIssue {
  readonly at: string;
  readonly message: string;
}

/**
 * SHA-256 of the canonical form of what a manifest vouches for: subject type, chunk size,
 * ignore list and every file entry, as a JSON array with a fixed layout (no key-order games).
 */
export function manifestContentDigest(m: Pick<Manifest, 'subject' | 'chunkRows' | 'ignore' | 'files'>): string {
  const files = m.files.map((f) => [
    f.path,
    f.size,
    f.sha256,
    f.tabular
      ? [f.tabular.format, f.tabular.delimiter ?? null, f.tabular.header, f.tabular.headerChunk ? [f.tabular.headerChunk.bytes, f.tabular.headerChunk.leaf] : null, f.tabular.rows, f.tabular.root, f.tabular.chunks.map((c) => [c.rows, c.bytes, c.leaf])]
      : null,
  ]);
  return createHash('sha256').update(JSON.stringify(['aisec.manifest/v1', m.subject.type, m.chunkRows, m.ignore, files])).digest('hex');
}

/** The Merkle root the leaves of a tabular entry give. */
export function tabularRoot(tabular: Pick<ManifestTabular, 'headerChunk' | 'chunks'>): string {
  const leaves = [...(tabular.headerChunk ? [tabular.headerChunk.leaf] : []), ...tabular.chunks.map((c) => c.leaf)].map((h) => Buffer.from(h, 'hex'));
  return merkleRoot(leaves).toString('hex');
}

/**
 * Every way `manifest` contradicts itself; empty when it is consistent.
 *
 * @example
 * const issues = manifestIssues(manifest);
 * if (issues.length) throw new Error(`${issues[0].at}: ${issues[0].message}`);
 */
export function manifestIssues(manifest: Manifest): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const seen = new Map<string, number>();
  manifest.files.forEach((file, i) => {
    const first = seen.get(file.path);
    if (first !== undefined) issues.push({ at: `files[${i}].path`, message: `"${file.path}" is listed twice (also at files[${first}])` });
    else seen.set(file.path, i);
    if (file.tabular) issues.push(...tabularIssues(file.tabular, file.size, manifest.chunkRows, `files[${i}].tabular`));
  });
  const ignored = new Set(manifest.ignore);
  manifest.files.forEach((file, j) => {
    // Each prefix of the path, segment by segment: O(depth) per file, whatever the ignore list.
    for (let cut = file.path.indexOf('/'); ; cut = file.path.indexOf('/', cut + 1)) {
      const prefix = cut === -1 ? file.path : file.path.slice(0, cut);
      if (ignored.has(prefix)) {
        issues.push({ at: `files[${j}].path`, message: `"${file.path}" lies under the ignored path "${prefix}"` });
        break;
      }
      if (cut === -1) break;
    }
  });
  if (manifest.subject.type === 'file' && manifest.files.length !== 1) {
    issues.push({ at: 'files', message: `a manifest of one file lists ${manifest.files.length} files` });
  }
  if (issues.length === 0 && folderDigest(manifest.files) !== manifest.digest.sha256) {
    issues.push({ at: 'digest.sha256', message: 'does not match the digests of the files listed: a file digest, or the file list, was changed after the manifest was made' });
  }
  if (issues.length === 0 && manifestContentDigest(manifest) !== manifest.contentSha256) {
    issues.push({ at: 'contentSha256', message: 'does not match the manifest: its ignore list, chunk size, subject type or a format field was changed after it was made' });
  }
  return issues;
}

function tabularIssues(t: ManifestTabular, size: number, chunkRows: number, at: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  if (t.headerChunk && !t.header) issues.push({ at: `${at}.headerChunk`, message: 'is present but header is false' });
  if (t.format === 'jsonl' && t.delimiter !== undefined) issues.push({ at: `${at}.delimiter`, message: 'is set for JSON Lines' });
  let rows = 0;
  let bytes = t.headerChunk?.bytes ?? 0;
  t.chunks.forEach((chunk, j) => {
    const last = j === t.chunks.length - 1;
    if (chunk.rows > chunkRows || (!last && chunk.rows !== chunkRows)) {
      issues.push({ at: `${at}.chunks[${j}].rows`, message: `is ${chunk.rows}, but every chunk but the last holds exactly chunkRows (${chunkRows}) records` });
    }
    rows += chunk.rows;
    bytes += chunk.bytes;
  });
  if (rows !== t.rows) issues.push({ at: `${at}.rows`, message: `is ${t.rows}, but the chunks hold ${rows} records` });
  if (bytes !== size) issues.push({ at: `${at}.chunks`, message: `cover ${bytes} bytes, but the file has ${size}` });
  if (issues.length === 0 && tabularRoot(t) !== t.root) {
    issues.push({ at: `${at}.root`, message: 'does not match its chunk leaves: a chunk digest was changed after the manifest was made' });
  }
  return issues;
}
