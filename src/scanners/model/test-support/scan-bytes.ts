import type { FindingInput } from '../../../core/finding.js';
import type { Severity } from '../../../core/severity.js';
import { severityRank } from '../../../core/severity.js';
import { bytesInput } from '../_shared/chunk-input.js';
import { modelScanOptions, type ModelScanOptions } from '../_shared/options.js';
import { analyzeFile, type Picked } from '../_shared/scan-file.js';
import { pickArchive } from '../archive/scanner.js';
import { pickPickle } from '../pickle/scanner.js';

/** What the model scanners report for a file, plus helpers for assertions. */
export interface BytesScan {
  readonly findings: FindingInput[];
  readonly status: 'complete' | 'incomplete' | 'unsupported';
  readonly message?: string;
  /** The scanner that took the file. */
  readonly scanner: 'model:pickle' | 'model:archive' | undefined;
  /** The worst severity found, or undefined when there is no finding. */
  readonly worst: Severity | undefined;
  /** Rules found, `rule` or `rule@member`. */
  readonly rules: string[];
}

/** Run the pickle or archive scanner (whichever the content calls for) over bytes in memory, as if they were the file `name`. */
export function scanBytes(name: string, bytes: Uint8Array, options: Partial<ModelScanOptions> = {}): BytesScan {
  const pick = (head: Uint8Array): Picked | undefined => pickArchive(head) ?? pickPickle(head);
  const head = bytes.subarray(0, 64 * 1024);
  const scanner = pickArchive(head) ? 'model:archive' : pickPickle(head) ? 'model:pickle' : undefined;
  if (scanner === undefined) return { findings: [], status: 'unsupported', scanner, worst: undefined, rules: [] };
  const result = analyzeFile(bytesInput(bytes), name, pick, { options: modelScanOptions.parse(options) });
  const findings = [...result.findings];
  const worst = findings.map((f) => f.severity).sort((a, b) => severityRank(b) - severityRank(a))[0];
  return {
    findings,
    status: result.status === 'incomplete' ? 'incomplete' : 'complete',
    ...(result.message ? { message: result.message } : {}),
    scanner,
    worst,
    rules: findings.map((f) => (f.location?.member ? `${f.rule}@${f.location.member}` : f.rule)),
  };
}

/** The evidence `global` of every import finding. */
export function globalsOf(scan: BytesScan): string[] {
  return scan.findings.map((f) => f.evidence?.['global']).filter((g): g is string => typeof g === 'string');
}
