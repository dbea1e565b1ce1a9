import type { FindingInput } from '../../../core/finding.js';
import { onnxFinding } from './rules.js';
import type { OnnxTensor } from './walk.js';

/** One external data file the model refers to, with the tensors that use it. */
export interface ExternalRef {
  readonly location: string;
  readonly tensors: string[];
  /** Largest offset + length any tensor asks of it, when given. */
  end: bigint;
  readonly offset: number;
}

/** Why a location string is unsafe on its face, or undefined when it is a plain relative path. */
export function locationProblem(location: string): string | undefined {
  if (location === '') return 'empty';
  if ([...location].some((c) => c.charCodeAt(0) < 0x20)) return 'control characters';
  if (location.startsWith('/') || location.startsWith('\\')) return 'absolute path';
  if (/^[A-Za-z]:/.test(location)) return 'Windows drive path';
  if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(location)) return 'URL';
  if (location.split(/[\\/]/).includes('..')) return 'parent directory (..)';
  if (location.startsWith('~')) return 'home directory (~)';
  return undefined;
}

const LISTED = 20;

/**
 * Check the external data entries of every tensor: location syntax (absolute, `..`, URL,
 * drive, `~`), offsets and lengths. Returns the findings and the safe-looking references, for
 * the file checks that only a scan of a file on disk can do.
 */
export function checkExternalData(tensors: readonly OnnxTensor[]): { findings: FindingInput[]; refs: ExternalRef[] } {
  const findings: FindingInput[] = [];
  const byLocation = new Map<string, ExternalRef>();
  const bad = new Map<string, ExternalRef & { problem: string }>();
  const invalid: string[] = [];
  for (const t of tensors) {
    if (!t.external) continue;
    const location = t.entries.get('location');
    const offset = numberEntry(t.entries.get('offset'));
    const length = numberEntry(t.entries.get('length'));
    if (location === undefined || offset === null || length === null) {
      invalid.push(`${t.name || '(unnamed)'}: ${location === undefined ? 'no location' : 'offset or length is not a number'}`);
      if (location === undefined) continue;
    }
    const problem = locationProblem(location);
    const target = problem ? bad : byLocation;
    const ref = target.get(location) ?? { location, tensors: [], end: 0n, offset: t.offset, ...(problem ? { problem } : {}) };
    if (ref.tensors.length < LISTED) ref.tensors.push(t.name);
    if (offset !== null && length !== null && length !== undefined) {
      const end = (offset ?? 0n) + length;
      if (end > ref.end) ref.end = end;
    }
    target.set(location, ref as ExternalRef & { problem: string });
  }
  for (const ref of bad.values()) {
    const rule = ref.problem === 'empty' || ref.problem === 'control characters' ? 'external-data-invalid' : 'external-data-traversal';
    findings.push(
      onnxFinding(rule, `Tensor data is read from ${JSON.stringify(ref.location.slice(0, 200))} (${ref.problem}), used by ${ref.tensors.slice(0, 5).join(', ')}.`, {
        key: ref.location,
        offset: ref.offset,
        evidence: { location: ref.location.slice(0, 1000), problem: ref.problem, tensors: ref.tensors },
      }),
    );
  }
  if (invalid.length > 0) {
    findings.push(onnxFinding('external-data-invalid', `External data entries are incomplete or not numbers: ${invalid.slice(0, 5).join('; ')}.`, { key: 'entries', evidence: { tensors: invalid.slice(0, LISTED), count: invalid.length } }));
  }
  return { findings, refs: [...byLocation.values()] };
}

/** A decimal offset or length: undefined when absent, null when not a non-negative integer. */
function numberEntry(value: string | undefined): bigint | undefined | null {
  if (value === undefined) return undefined;
  return /^\d{1,20}$/.test(value) ? BigInt(value) : null;
}
