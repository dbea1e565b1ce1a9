import type { FindingInput } from '../../../core/finding.js';
import type { GgufTensorInfo } from './reader.js';
import { ggufFinding, type GgufRule } from './rules.js';

/** [elements per block, bytes per block] of the ggml tensor types whose layout is fixed. */
export const GGML_BLOCKS: Readonly<Record<number, readonly [number, number]>> = {
  0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36],
  10: [256, 84], 11: [256, 110], 12: [256, 144], 13: [256, 176], 14: [256, 210], 15: [256, 292],
  16: [256, 66], 17: [256, 74], 18: [256, 98], 19: [256, 50], 20: [32, 18], 21: [256, 110], 22: [256, 82], 23: [256, 136],
  24: [1, 1], 25: [1, 2], 26: [1, 4], 27: [1, 8], 28: [1, 8], 29: [256, 56], 30: [1, 2], 34: [256, 54], 35: [256, 66], 39: [32, 17],
};

/** ggml's GGML_MAX_DIMS. */
const MAX_DIMS = 4;
const LISTED = 20;
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Check tensor infos against the file: dimensions, element counts (BigInt), alignment,
 * duplicate names, data bounds for known tensor types, and overlaps.
 */
export function checkTensors(tensors: readonly GgufTensorInfo[], infosEnd: number, alignment: number | bigint | undefined, fileSize: number): FindingInput[] {
  const out: FindingInput[] = [];
  const align = BigInt(alignment ?? 32);
  if (align === 0n || (align & (align - 1n)) !== 0n) {
    out.push(ggufFinding('gguf-tensor-info-invalid', `general.alignment is ${align}, not a power of two.`, { key: 'alignment', evidence: { alignment: align.toString() } }));
    return out;
  }
  const dataStart = ((BigInt(infosEnd) + align - 1n) / align) * align;
  const dataSize = BigInt(fileSize) - dataStart;
  const issues = new Map<GgufRule, { names: string[]; count: number; first: string }>();
  const note = (rule: GgufRule, name: string, detail: string) => {
    const issue = issues.get(rule) ?? { names: [], count: 0, first: detail };
    if (issue.names.length < LISTED) issue.names.push(name);
    issue.count++;
    issues.set(rule, issue);
  };
  const seen = new Set<string>();
  const spans: { name: string; begin: bigint; end: bigint }[] = [];
  for (const t of tensors) {
    if (seen.has(t.name)) note('gguf-tensor-info-invalid', t.name, `tensor "${t.name}" is described twice`);
    seen.add(t.name);
    if (t.dims.length > MAX_DIMS) note('gguf-tensor-info-invalid', t.name, `tensor "${t.name}" has ${t.dims.length} dimensions (ggml allows ${MAX_DIMS})`);
    const elements = t.dims.reduce((n, d) => n * d, 1n);
    if (elements > INT64_MAX) {
      note('gguf-tensor-info-invalid', t.name, `tensor "${t.name}" has ${elements} elements, which overflows 64-bit sizes`);
      continue;
    }
    if (t.offset % align !== 0n) note('gguf-tensor-info-invalid', t.name, `tensor "${t.name}" starts at data offset ${t.offset}, not a multiple of the alignment ${align}`);
    const block = GGML_BLOCKS[t.type];
    if (!block) continue;
    const [per, bytes] = block;
    if ((t.dims[0] ?? 1n) % BigInt(per) !== 0n) {
      note('gguf-tensor-info-invalid', t.name, `tensor "${t.name}" has a first dimension that is not a multiple of its type's block of ${per}`);
      continue;
    }
    const size = (elements / BigInt(per)) * BigInt(bytes);
    if (t.offset + size > dataSize) note('gguf-tensor-out-of-bounds', t.name, `tensor "${t.name}" ends at data byte ${t.offset + size} of a ${dataSize < 0n ? 0n : dataSize}-byte data section`);
    if (size > 0n) spans.push({ name: t.name, begin: t.offset, end: t.offset + size });
  }
  spans.sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : 0));
  let far = spans[0];
  for (const b of spans.slice(1)) {
    if (far && b.begin < far.end) note('gguf-overlapping-tensors', b.name, `tensor "${b.name}" overlaps "${far.name}"`);
    if (far && b.end > far.end) far = b;
  }
  for (const [rule, issue] of issues) {
    out.push(ggufFinding(rule, `${issue.first}${issue.count > 1 ? ` (${issue.count} tensors in all)` : ''}.`, { key: rule, evidence: { tensors: issue.names, count: issue.count } }));
  }
  return out;
}
