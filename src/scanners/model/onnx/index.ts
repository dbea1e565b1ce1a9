import { z } from 'zod';
import { defineScanner, type ScanResult } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import type { MemberAnalyzer, MemberResult } from '../_shared/member-types.js';
import { bufferSource, fileSource, inputSource } from '../_shared/protobuf-wire-source.js';
import { analyzeOnnx } from './analyze.js';
import { checkExternalFiles } from './external-files.js';
import { looksLikeOnnx } from './sniff.js';

export { analyzeOnnx, STANDARD_DOMAINS, type OnnxAnalysis } from './analyze.js';
export { locationProblem } from './external-data.js';
export { looksLikeOnnx } from './sniff.js';
export { onnxRules } from './rules.js';

/**
 * The ONNX scanner: custom operator domains, external data that leaves the model folder (by
 * path or by link), missing external files, inline tensor sizes. Reads through a file window.
 */
export const onnxScanner = defineScanner({
  id: 'model:onnx',
  version: 1,
  summary: 'Checks ONNX models: external data paths and links, custom operator domains, tensor sizes.',
  tags: { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'] },
  kind: 'model',
  options: z.object({}).strict(),
  appliesTo: (target) => target.format === 'onnx' || looksLikeOnnx(target.head),
  async scan(target): Promise<ScanResult> {
    const { handle, size } = await openRegularFile(target.absPath);
    let result;
    try {
      result = analyzeOnnx(fileSource(handle.fd, size));
    } finally {
      await handle.close();
    }
    const files = await checkExternalFiles(target.absPath, result.externalRefs);
    const findings = [...result.findings, ...files.findings];
    if (result.status !== 'complete') return { findings, status: result.status ?? 'incomplete', ...(result.message ? { message: result.message } : {}) };
    if (files.skipped > 0) return { findings, status: 'incomplete', message: `${files.skipped} external data files were not checked on disk (limit reached)` };
    return { findings, status: 'complete' };
  },
});

/**
 * The ONNX check for a model found inside an archive: the same rules, except the on-disk checks
 * of external files (an archive member has no folder to resolve them in).
 */
export const onnxMemberAnalyzer: MemberAnalyzer = {
  id: 'onnx',
  detects: (head) => looksLikeOnnx(head),
  analyze: (bytes) => memberResult(analyzeOnnx(bufferSource(bytes))),
  analyzeInput(input, name, ctx) {
    const src = inputSource(input, ctx.limits.maxMemberBytes);
    if (src === undefined) return { findings: [], status: 'incomplete', message: `${ctx.member ?? name}: larger than ${ctx.limits.maxMemberBytes} bytes inside a compressed stream; not analysed` };
    return memberResult(analyzeOnnx(src));
  },
};

function memberResult(result: ScanResult): MemberResult {
  return { findings: [...result.findings], status: result.status === 'complete' ? 'complete' : 'incomplete', ...(result.message ? { message: result.message } : {}) };
}
