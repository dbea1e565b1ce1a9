import { open, stat } from 'node:fs/promises';
import type { z } from 'zod';
import { AisecError, isAisecError } from '../core/errors.js';
import { completeFinding, type Finding } from '../core/finding.js';
import type { AssetBaseline, ScannerDef, ScanResult, ScanTarget } from '../core/scanner.js';
import type { Diagnostic, Target, TargetStatus } from '../core/target.js';
import { hashFile } from '../integrity/index.js';
import { sniffFormat } from '../inventory/index.js';
import type { EngineProgress, EngineTargetInput } from './engine-types.js';

const HEAD_BYTES = 64 * 1024;

/** Options of {@link runScanners}. */
export interface RunScannersOptions {
  readonly targets: readonly EngineTargetInput[];
  readonly scanners: readonly ScannerDef[];
  /** Options per scanner id; each is validated with the scanner's schema. */
  readonly scannerOptions?: Readonly<Record<string, unknown>>;
  /** Targets analysed at once (default 2). */
  readonly concurrency?: number;
  /** Time budget per target and scanner, in ms (default 5 minutes). */
  readonly budgetMs?: number;
  readonly signal?: AbortSignal;
  readonly baseline?: (key: string) => AssetBaseline | undefined;
  readonly onProgress?: (progress: EngineProgress) => void;
}

/** What a run of the engine produced. */
export interface ScanOutcome {
  readonly targets: Target[];
  readonly findings: Finding[];
  readonly diagnostics: Diagnostic[];
}

const statusRank: Record<TargetStatus, number> = { complete: 0, unsupported: 1, incomplete: 2, error: 3 };

function worse(a: TargetStatus, b: TargetStatus): TargetStatus {
  return statusRank[a] >= statusRank[b] ? a : b;
}

async function readHead(absPath: string): Promise<Uint8Array> {
  const handle = await open(absPath, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Run one scanner under the per-target budget; a throw or a timeout becomes a diagnostic. */
async function runOne(scanner: ScannerDef, target: ScanTarget, options: unknown, opts: RunScannersOptions, diagnostics: Diagnostic[]): Promise<ScanResult & { failed?: TargetStatus }> {
  const budgetMs = opts.budgetMs ?? 300_000;
  const signals = [AbortSignal.timeout(budgetMs), ...(opts.signal ? [opts.signal] : [])];
  const signal = AbortSignal.any(signals);
  const diagnostic = (code: string, message: string, level: 'error' | 'warning' = 'warning') =>
    diagnostics.push({ path: target.path, scanner: scanner.id, code, level, message });
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  try {
    return await Promise.race([scanner.scan(target, { options, signal, baseline: opts.baseline ?? (() => undefined), diagnostic }), aborted]);
  } catch (error) {
    if (opts.signal?.aborted) throw new AisecError('ERR_ABORTED', 'The run was cancelled.', { cause: error });
    const timedOut = signal.aborted;
    const message = timedOut
      ? `Stopped after ${Math.round(budgetMs / 1000)} s (the per-target time budget); raise it with --budget.`
      : `The scanner failed: ${error instanceof Error ? error.message : String(error)}`;
    diagnostic(timedOut ? 'timeout' : 'scanner-failed', message, 'error');
    return { findings: [], status: 'incomplete', message, failed: timedOut ? 'incomplete' : 'error' };
  }
}

/** Analyse one target: stat, head, hash, sniff, then every scanner that applies. */
async function scanTarget(input: EngineTargetInput, opts: RunScannersOptions, findings: Finding[], diagnostics: Diagnostic[]): Promise<Target> {
  const base = { path: input.path, key: input.key, ...(input.asset ? { asset: input.asset.name } : {}) };
  let size: number;
  let sha256: string;
  let head: Uint8Array;
  try {
    const info = await stat(input.absPath);
    if (!info.isFile()) throw new AisecError('ERR_TARGET_UNREADABLE', `${input.path} is not a regular file.`);
    head = await readHead(input.absPath);
    ({ sha256, size } = await hashFile(input.absPath, opts.signal ? { signal: opts.signal } : {}));
  } catch (error) {
    if (isAisecError(error, 'ERR_ABORTED')) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `${input.path} does not exist.` : code === 'EACCES' ? `${input.path} cannot be read (permission denied).` : error instanceof Error ? error.message : String(error);
    diagnostics.push({ path: input.path, scanner: 'engine', code: 'unreadable', level: 'error', message });
    return { ...base, kind: input.kind ?? 'other', format: 'unknown', sha256: null, size: null, status: 'error', message, scanners: [] };
  }
  const sniffed = sniffFormat(head, input.path);
  const kind = input.kind ?? sniffed.kind;
  const target: ScanTarget = { path: input.path, key: input.key, absPath: input.absPath, kind, format: sniffed.format, size, sha256, head, ...(input.asset ? { asset: input.asset } : {}) };
  let status: TargetStatus = 'complete';
  const messages: string[] = [];
  const ran: string[] = [];
  for (const scanner of opts.scanners) {
    if (scanner.kind === 'model' && kind !== 'model') continue;
    if (scanner.kind === 'data' && kind !== 'dataset') continue;
    if (!scanner.appliesTo(target)) continue;
    ran.push(scanner.id);
    const parsed = (scanner.options as z.ZodType).safeParse(opts.scannerOptions?.[scanner.id] ?? {});
    if (!parsed.success) throw new AisecError('ERR_CONFIG_INVALID', `Options of scanner ${scanner.id}: ${parsed.error.message}`);
    const result = await runOne(scanner, target, parsed.data, opts, diagnostics);
    for (const input of result.findings) {
      const finding = completeFinding(scanner.id, target.key, input, scanner.tags);
      if (input.location?.path === undefined) finding.location.path = target.path;
      findings.push(finding);
    }
    status = worse(status, result.failed ?? result.status ?? 'complete');
    if (result.message) messages.push(`${scanner.id}: ${result.message}`);
  }
  if (input.requireAnalysis && ran.length === 0) {
    status = worse(status, 'unsupported');
    messages.push(`No scanner understands the format "${sniffed.format}"; the file was hashed but not analysed.`);
  } else if (kind === 'model' && !ran.some((id) => opts.scanners.find((s) => s.id === id)?.kind === 'model')) {
    status = worse(status, 'unsupported');
    messages.push(`No model scanner understands the format "${sniffed.format}"; the file was hashed but not analysed.`);
  }
  return { ...base, kind, format: sniffed.format, sha256, size, status, ...(messages.length ? { message: messages.join(' ') } : {}), scanners: ran };
}

/**
 * Run scanners over targets with bounded concurrency. A scanner's failure or timeout becomes a
 * diagnostic and an `incomplete`/`error` target status: a target is never silently clean.
 */
export async function runScanners(opts: RunScannersOptions): Promise<ScanOutcome> {
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const targets: Target[] = new Array(opts.targets.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < opts.targets.length) {
      if (opts.signal?.aborted) throw new AisecError('ERR_ABORTED', 'The run was cancelled.');
      const index = next++;
      const input = opts.targets[index]!;
      targets[index] = await scanTarget(input, opts, findings, diagnostics);
      opts.onProgress?.({ done: ++done, total: opts.targets.length, path: input.path });
    }
  };
  const workers = Math.max(1, Math.min(opts.concurrency ?? 2, opts.targets.length));
  await Promise.all(Array.from({ length: workers }, worker));
  findings.sort((a, b) => a.location.path.localeCompare(b.location.path) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { targets, findings, diagnostics };
}
