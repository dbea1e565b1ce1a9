import path from 'node:path';
import type { ScanContext, ScanResult, ScanTarget } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import { fileInput } from './chunk-input.js';
import type { ContentKind } from './extension-check.js';
import { extensionMismatch } from './extension-check.js';
import { analyzeBy, createRootContext } from './member-dispatch.js';
import type { MemberAnalyzer } from './member-types.js';
import { limitsOf, type ModelScanOptions } from './options.js';

/** Which analyzer handles a file, and what its content is called for the extension check. */
export interface Picked {
  readonly analyzer: MemberAnalyzer;
  readonly kind: ContentKind;
}

/**
 * Scan one file with the analyzer `pick` chooses from its head: streamed from disk (never read
 * whole), members dispatched by content, extension checked against content. Bad bytes never
 * throw: what could not be analysed comes back as `incomplete` with the reason.
 */
export async function scanFile(target: ScanTarget, ctx: ScanContext<ModelScanOptions>, pick: (head: Uint8Array) => Picked | undefined): Promise<ScanResult> {
  const picked = pick(target.head);
  if (picked === undefined) return { findings: [], status: 'incomplete', message: `${target.path}: the content is not a format this scanner reads` };
  const { handle, size } = await openRegularFile(target.absPath);
  try {
    const root = createRootContext({ limits: limitsOf(ctx.options), signal: ctx.signal, allowGlobals: ctx.options.allow, diagnostic: ctx.diagnostic });
    let result;
    try {
      result = analyzeBy(picked.analyzer, fileInput(handle.fd, 0, size), path.basename(target.path), root);
    } catch (error) {
      result = { findings: [], status: 'incomplete' as const, message: `the ${picked.analyzer.id} analysis failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    const mismatch = extensionMismatch(target.path, picked.kind);
    return {
      findings: mismatch ? [mismatch, ...result.findings] : result.findings,
      status: result.status,
      ...(result.message ? { message: result.message } : {}),
    };
  } finally {
    await handle.close();
  }
}
