import { z } from 'zod';
import { defineScanner, type ScanResult } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import type { MemberAnalyzer, MemberResult } from '../_shared/member-types.js';
import { bufferSource, fileSource, inputSource } from '../_shared/protobuf-wire-source.js';
import { analyzeSafetensors, looksLikeSafetensors } from './analyze.js';

export { analyzeSafetensors, looksLikeSafetensors, MAX_HEADER_BYTES } from './analyze.js';
export { safetensorsRules } from './rules.js';

/**
 * The safetensors scanner: header bounds and size limit, strict JSON, tensor offsets, dtypes
 * and shapes, overlaps, hidden bytes and `__metadata__`. Reads the header only.
 */
export const safetensorsScanner = defineScanner({
  id: 'model:safetensors',
  version: 1,
  summary: 'Checks safetensors headers: bounds, strict JSON, offsets, dtype/shape sizes, hidden bytes, metadata.',
  tags: { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'] },
  kind: 'model',
  options: z.object({}).strict(),
  appliesTo: (target) => target.format === 'safetensors' || looksLikeSafetensors(target.head),
  async scan(target): Promise<ScanResult> {
    const { handle, size } = await openRegularFile(target.absPath);
    try {
      return analyzeSafetensors(fileSource(handle.fd, size));
    } finally {
      await handle.close();
    }
  },
});

/** The safetensors check for a file found inside an archive (same rules, read through the member input). */
export const safetensorsMemberAnalyzer: MemberAnalyzer = {
  id: 'safetensors',
  detects: (head) => looksLikeSafetensors(head),
  analyze: (bytes) => memberResult(analyzeSafetensors(bufferSource(bytes))),
  analyzeInput(input, name, ctx) {
    const src = inputSource(input, ctx.limits.maxMemberBytes);
    if (src === undefined) return { findings: [], status: 'incomplete', message: `${ctx.member ?? name}: larger than ${ctx.limits.maxMemberBytes} bytes inside a compressed stream; not analysed` };
    return memberResult(analyzeSafetensors(src));
  },
};

function memberResult(result: ScanResult): MemberResult {
  return { findings: [...result.findings], status: result.status === 'complete' ? 'complete' : 'incomplete', ...(result.message ? { message: result.message } : {}) };
}
