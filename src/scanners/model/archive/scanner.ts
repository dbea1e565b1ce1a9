import { defineScanner } from '../../../core/scanner.js';
import type { ContentKind } from '../_shared/extension-check.js';
import type { MemberAnalyzer } from '../_shared/member-types.js';
import { modelScanOptions } from '../_shared/options.js';
import { scanFile, type Picked } from '../_shared/scan-file.js';
import { MODEL_TAXONOMY } from '../_shared/taxonomy.js';
import { gzipAnalyzer, unsupportedCompressionAnalyzers, zlibAnalyzer } from './compressed.js';
import { npyAnalyzer } from './npy.js';
import { sevenZipAnalyzer } from './sevenzip.js';
import { tarAnalyzer } from './tar/tar-analyzer.js';
import { zipAnalyzer } from './zip/zip-analyzer.js';

/** The containers this scanner opens, in detection order. */
const containers: readonly MemberAnalyzer[] = [zipAnalyzer, sevenZipAnalyzer, gzipAnalyzer, zlibAnalyzer, npyAnalyzer, tarAnalyzer, ...unsupportedCompressionAnalyzers];

/** The container analyzer for a file head, if it is one of ours. */
export function pickArchive(head: Uint8Array): Picked | undefined {
  const analyzer = containers.find((a) => a.detects(head, ''));
  return analyzer === undefined ? undefined : { analyzer, kind: analyzer.id as ContentKind };
}

/**
 * The archive scanner: PyTorch zips, .npz and other zips (tolerant reader, every reader
 * disagreement reported), tar (PyTorch legacy), 7z, gzip/zlib (joblib, pandas) and .npy;
 * every member is analysed by content, nested containers within depth, count and size limits.
 */
export const archiveScanner = defineScanner({
  id: 'model:archive',
  version: 1,
  summary: 'Opens model containers (PyTorch zip/tar, npy/npz, gzip/zlib, 7z) and analyses every member by content; reports zip parser disagreements and bombs.',
  tags: MODEL_TAXONOMY,
  kind: 'model',
  options: modelScanOptions,
  appliesTo: (target) => pickArchive(target.head) !== undefined,
  scan: (target, ctx) => scanFile(target, ctx, pickArchive),
});
