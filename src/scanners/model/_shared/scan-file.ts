import path from 'node:path';
import type { ScanContext, ScanResult, ScanTarget } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import { fileInput, readRange, type ChunkInput } from './chunk-input.js';
import { extensionMismatch, type ContentKind } from './extension-check.js';
import { analyzeBy, createRootContext, HEAD_BYTES } from './member-dispatch.js';
import type { MemberAnalyzer } from './member-types.js';
import { limitsOf, type ModelScanOptions } from './options.js';

/** Which analyzer handles a file, and what its content is called for the extension check. */
export interface Picked {
  readonly analyzer: MemberAnalyzer;
  readonly kind: ContentKind;
}

/** What {@link analyzeFile} needs besides the bytes. */
export interface AnalyzeFileOptions {
  readonly options: ModelScanOptions;
  readonly signal?: AbortSignal;
  readonly diagnostic?: (code: string, message: string, level?: 'error' | 'warning') => void;
}

/**
 * Analyse a whole file (given as an input) with the analyzer `pick` chooses from its head:
 * members dispatched by content, extension checked against content. Bad bytes never throw:
 * what could not be analysed comes back as `incomplete` with the reason.
 */
export function analyzeFile(input: ChunkInput, file: string, pick: (head: Uint8Array) => Picked | undefined, opts: AnalyzeFileOptions): ScanResult {
  const picked = pick(readRange(input, 0, HEAD_BYTES));
  if (picked === undefined) return { findings: [], status: 'incomplete', message: `${file}: the content is not a format this scanner reads` };
  const root = createRootContext({ limits: limitsOf(opts.options), allowGlobals: opts.options.allow, ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.diagnostic ? { diagnostic: opts.diagnostic } : {}) });
  let result;
  try {
    result = analyzeBy(picked.analyzer, input, path.basename(file), root);
  } catch (error) {
    result = { findings: [], status: 'incomplete' as const, message: `the ${picked.analyzer.id} analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const mismatch = extensionMismatch(file, picked.kind);
  return {
    findings: mismatch ? [mismatch, ...result.findings] : result.findings,
    status: result.status,
    ...(result.message ? { message: result.message } : {}),
  };
}

/** Scan one target file, streamed from disk (never read whole). */
export async function scanFile(target: ScanTarget, ctx: ScanContext<ModelScanOptions>, pick: (head: Uint8Array) => Picked | undefined): Promise<ScanResult> {
  const { handle, size } = await openRegularFile(target.absPath);
  try {
    return analyzeFile(fileInput(handle.fd, 0, size), target.path, pick, { options: ctx.options, signal: ctx.signal, diagnostic: ctx.diagnostic });
  } finally {
    await handle.close();
  }
}
