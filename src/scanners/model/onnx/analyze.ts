import type { FindingInput } from '../../../core/finding.js';
import type { ScanResult } from '../../../core/scanner.js';
import { createWireBudget, WireError } from '../_shared/protobuf-wire.js';
import type { ByteSource } from '../_shared/protobuf-wire-source.js';
import { checkExternalData, type ExternalRef } from './external-data.js';
import { onnxFinding } from './rules.js';
import { walkModel, type OnnxModel } from './walk.js';

/** Operator domains of ONNX itself and of onnxruntime's own (contrib, internal, training) kernels. */
export const STANDARD_DOMAINS: ReadonlySet<string> = new Set([
  '', 'ai.onnx', 'ai.onnx.ml', 'ai.onnx.preview', 'ai.onnx.preview.training', 'ai.onnx.training',
  'com.microsoft', 'com.microsoft.nchwc', 'com.microsoft.experimental', 'com.ms.internal.nhwc',
]);

/** Bytes per element of ONNX tensor types with a fixed size (TensorProto.DataType). */
const ELEMENT_BYTES: Readonly<Record<number, number>> = { 1: 4, 2: 1, 3: 1, 4: 2, 5: 2, 6: 4, 7: 8, 9: 1, 10: 2, 11: 8, 12: 4, 13: 8, 14: 8, 15: 16, 16: 2, 17: 1, 18: 1, 19: 1, 20: 1 };

/** What {@link analyzeOnnx} found, and the external files to check when the model is on disk. */
export interface OnnxAnalysis extends ScanResult {
  readonly externalRefs: readonly ExternalRef[];
}

/**
 * Check an ONNX model read through `src`: custom operator domains, external data locations,
 * and inline tensor sizes. Walks every graph, nested graph, function and training graph;
 * never throws.
 */
export function analyzeOnnx(src: ByteSource): OnnxAnalysis {
  let model: OnnxModel;
  try {
    model = walkModel(src, createWireBudget());
  } catch (error) {
    if (!(error instanceof WireError)) throw error;
    const findings = error.kind === 'malformed' ? [onnxFinding('onnx-malformed', `The protobuf data is malformed at byte ${error.offset}: ${error.message}.`, { offset: error.offset, key: 'malformed' })] : [];
    return { findings, status: 'incomplete', message: `${error.kind === 'limit' ? 'limit reached' : 'malformed'}: ${error.message}`, externalRefs: [] };
  }
  const findings: FindingInput[] = [...customDomains(model), ...sizeMismatches(model)];
  const external = checkExternalData(model.tensors);
  findings.push(...external.findings);
  return { findings, status: 'complete', externalRefs: external.refs };
}

function customDomains(model: OnnxModel): FindingInput[] {
  const byDomain = new Map<string, { ops: Set<string>; count: number; offset: number }>();
  for (const node of model.nodes) {
    if (STANDARD_DOMAINS.has(node.domain) || model.functions.has(`${node.domain}::${node.opType}`)) continue;
    const entry = byDomain.get(node.domain) ?? { ops: new Set<string>(), count: 0, offset: node.offset };
    if (entry.ops.size < 20) entry.ops.add(node.opType);
    entry.count++;
    byDomain.set(node.domain, entry);
  }
  return [...byDomain].map(([domain, e]) =>
    onnxFinding('custom-op-domain', `${e.count} node${e.count > 1 ? 's' : ''} use operators of the domain "${domain.slice(0, 200)}": ${[...e.ops].slice(0, 5).join(', ')}.`, {
      key: domain,
      offset: e.offset,
      evidence: { domain, ops: [...e.ops], nodes: e.count },
    }),
  );
}

function sizeMismatches(model: OnnxModel): FindingInput[] {
  const names: string[] = [];
  let count = 0;
  let first = '';
  for (const t of model.tensors) {
    const width = ELEMENT_BYTES[t.dataType];
    if (t.external || t.rawBytes === undefined || width === undefined) continue;
    const expected = t.dims.reduce((n, d) => n * d, 1n) * BigInt(width);
    if (expected === BigInt(t.rawBytes)) continue;
    if (count === 0) first = `tensor "${t.name}" holds ${t.rawBytes} bytes but its type and shape need ${expected}`;
    if (names.length < 20) names.push(t.name);
    count++;
  }
  return count === 0 ? [] : [onnxFinding('onnx-tensor-size-mismatch', `${first}${count > 1 ? ` (${count} tensors in all)` : ''}.`, { key: 'raw-data', evidence: { tensors: names, count } })];
}
