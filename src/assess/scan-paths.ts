import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../core/errors.js';
import type { Severity } from '../core/severity.js';
import { toolVersion } from '../core/version.js';
import { discoverAssets } from '../inventory/index.js';
import { buildReport, type ReportV1 } from '../report/index.js';
import { builtinScanners, runScanners, type EngineProgress, type EngineTargetInput } from '../scanners/index.js';

/** Options of {@link scanPaths}. */
export interface ScanPathsOptions {
  readonly paths: readonly string[];
  readonly failOn?: Severity | null;
  readonly budgetMs?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: EngineProgress) => void;
}

async function expand(given: string, signal?: AbortSignal): Promise<EngineTargetInput[]> {
  const absolute = path.resolve(given);
  const info = await stat(absolute).catch((cause: NodeJS.ErrnoException) => {
    throw new AisecError(cause.code === 'ENOENT' ? 'ERR_TARGET_NOT_FOUND' : 'ERR_TARGET_UNREADABLE', `${given}: ${cause.code === 'ENOENT' ? 'no such file or folder' : cause.message}.`, { cause });
  });
  if (!info.isDirectory()) return [{ path: given, absPath: absolute, key: path.basename(absolute), requireAnalysis: true }];
  // In a folder every file is scanned; one whose format nobody recognises is not passed as
  // clean (text, images and documents are not model files and may go unanalysed).
  const files = await discoverAssets(absolute, signal ? { signal } : {});
  return files.map((f) => ({ path: path.posix.join(given.split(path.sep).join('/'), f.path), absPath: f.absPath, key: f.path, requireAnalysis: f.format === 'unknown' }));
}

/** Scan files and folders (model files and artifacts) without a system or a store. */
export async function scanPaths(options: ScanPathsOptions): Promise<ReportV1> {
  if (options.paths.length === 0) throw new AisecError('ERR_USAGE', 'Name at least one file or folder to scan.');
  const startedAt = new Date();
  const targets = (await Promise.all(options.paths.map((p) => expand(p, options.signal)))).flat();
  const outcome = await runScanners({
    targets,
    scanners: builtinScanners.filter((s) => s.id !== 'integrity' && s.id !== 'inventory'),
    ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return buildReport({ toolVersion: toolVersion(), startedAt, finishedAt: new Date(), system: null, targets: outcome.targets, findings: outcome.findings, diagnostics: outcome.diagnostics, failOn: options.failOn === undefined ? 'high' : options.failOn });
}
