import type { FindingInput } from '../../../core/finding.js';
import { safetensorsFinding as finding, type SafetensorsRule } from './rules.js';
import type { JsonValue } from './strict-json.js';

/** One `name: {dtype, shape, data_offsets}` entry of the header, unchecked. */
export interface TensorEntry {
  readonly name: string;
  readonly value: JsonValue;
}

/** Bits per element of every dtype the safetensors format defines. */
export const DTYPE_BITS: Readonly<Record<string, number>> = {
  BOOL: 8, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E8M0: 8,
  I16: 16, U16: 16, F16: 16, BF16: 16,
  I32: 32, U32: 32, F32: 32, C64: 64, F64: 64, I64: 64, U64: 64,
  F4: 4, F6_E2M3: 6, F6_E3M2: 6,
};

/** How many names a finding lists; the count says how many there were in all. */
const LISTED = 20;

interface Span {
  readonly name: string;
  readonly begin: bigint;
  readonly end: bigint;
}

/**
 * Check the tensor entries against each other and the data section of `dataBytes` bytes:
 * entry shape, dtype × shape = byte length (BigInt, so no overflow), bounds, overlaps, and
 * bytes no tensor covers. One finding per rule, naming the first tensors it concerns.
 */
export function checkTensors(entries: readonly TensorEntry[], dataBytes: bigint): FindingInput[] {
  const issues = new Map<SafetensorsRule, { names: string[]; count: number; first: string }>();
  const note = (rule: SafetensorsRule, name: string, detail: string) => {
    const issue = issues.get(rule) ?? { names: [], count: 0, first: detail };
    if (issue.names.length < LISTED) issue.names.push(name);
    issue.count++;
    issues.set(rule, issue);
  };
  const spans: Span[] = [];
  for (const { name, value } of entries) {
    const problem = entryProblem(value);
    if (typeof problem === 'string') {
      note('safetensors-tensor-entry-invalid', name, `"${name}": ${problem}`);
      continue;
    }
    const { bits, elements, begin, end } = problem;
    const totalBits = elements * BigInt(bits);
    if (totalBits % 8n !== 0n || totalBits / 8n !== end - begin) {
      note('safetensors-tensor-size-mismatch', name, `"${name}" needs ${totalBits / 8n} bytes for its dtype and shape but its offsets cover ${end - begin}`);
    }
    if (end > dataBytes) note('safetensors-offset-out-of-bounds', name, `"${name}" ends at byte ${end} of a ${dataBytes}-byte data section`);
    spans.push({ name, begin, end });
  }
  const gaps = coverage(spans, dataBytes, note);
  const out: FindingInput[] = [];
  for (const [rule, issue] of issues) {
    const more = issue.count > 1 ? ` (${issue.count} tensors in all)` : '';
    out.push(finding(rule, `${issue.first}${more}.`, { evidence: { tensors: issue.names, count: issue.count } }));
  }
  if (gaps.length > 0) {
    const hidden = gaps.reduce((n, g) => n + (g.end - g.begin), 0n);
    out.push(
      finding('safetensors-unreferenced-data', `${hidden} bytes of the data section belong to no tensor (${gaps.length} range${gaps.length > 1 ? 's' : ''}, first at data byte ${gaps[0]!.begin}).`, {
        evidence: { bytes: hidden.toString(), ranges: gaps.slice(0, LISTED).map((g) => [g.begin.toString(), g.end.toString()]) },
      }),
    );
  }
  return out;
}

/** The checked numbers of a valid entry, or what is wrong with it. */
function entryProblem(value: JsonValue): string | { bits: number; elements: bigint; begin: bigint; end: bigint } {
  if (!(value instanceof Map)) return 'the entry is not an object';
  const dtype = value.get('dtype');
  const shape = value.get('shape');
  const offsets = value.get('data_offsets');
  if (typeof dtype !== 'string') return 'no dtype';
  const bits = Object.hasOwn(DTYPE_BITS, dtype) ? DTYPE_BITS[dtype] : undefined;
  if (bits === undefined) return `unknown dtype ${JSON.stringify(dtype.slice(0, 40))}`;
  if (!Array.isArray(shape) || !shape.every((d) => typeof d === 'bigint' && d >= 0n)) return 'shape is not a list of non-negative integers';
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => typeof o === 'bigint' && o >= 0n)) {
    return 'data_offsets is not a pair of non-negative integers';
  }
  const [begin, end] = offsets as [bigint, bigint];
  if (end < begin) return `data_offsets [${begin}, ${end}] end before they begin`;
  const elements = (shape as bigint[]).reduce((n, d) => n * d, 1n);
  return { bits, elements, begin, end };
}

/** Sort spans, note overlaps, and return the byte ranges no tensor covers. */
function coverage(spans: Span[], dataBytes: bigint, note: (rule: SafetensorsRule, name: string, detail: string) => void): { begin: bigint; end: bigint }[] {
  const sorted = [...spans].sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : 0));
  const gaps: { begin: bigint; end: bigint }[] = [];
  let covered = 0n;
  let last: Span | undefined;
  for (const span of sorted) {
    // Empty tensors (begin = end) occupy no bytes and overlap nothing.
    if (span.begin === span.end) continue;
    if (span.begin < covered && last) {
      note('safetensors-overlapping-tensors', span.name, `"${span.name}" [${span.begin}, ${span.end}) overlaps "${last.name}" [${last.begin}, ${last.end})`);
    } else if (span.begin > covered) {
      gaps.push({ begin: covered, end: span.begin < dataBytes ? span.begin : dataBytes });
    }
    if (span.end > covered) {
      covered = span.end;
      last = span;
    }
  }
  if (covered < dataBytes) gaps.push({ begin: covered, end: dataBytes });
  return gaps.filter((g) => g.end > g.begin);
}
