import { z } from 'zod';
import { defineScanner, type ScanResult } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import type { MemberAnalyzer, MemberResult } from '../_shared/member-types.js';
import { bufferSource, fileSource, inputSource } from '../_shared/protobuf-wire-source.js';
import { analyzeGguf } from './analyze.js';
import { looksLikeGguf } from './reader.js';

export { analyzeGguf } from './analyze.js';
export { looksLikeGguf, parseGguf, DEFAULT_GGUF_LIMITS, type GgufLimits } from './reader.js';
export { templateSignals, type TemplateSignal } from './template-rules.js';
export { ggufRules } from './rules.js';

/**
 * The GGUF scanner: header counts, bounded metadata, chat templates analysed as Jinja without
 * rendering them, and tensor infos. Reads the header region only, through a file window.
 */
export const ggufScanner = defineScanner({
  id: 'model:gguf',
  version: 1,
  summary: 'Checks GGUF files: header counts, metadata bounds, Jinja chat templates (statically), tensor infos.',
  tags: { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'] },
  kind: 'model',
  options: z.object({}).strict(),
  appliesTo: (target) => target.format === 'gguf' || looksLikeGguf(target.head),
  async scan(target): Promise<ScanResult> {
    const { handle, size } = await openRegularFile(target.absPath);
    try {
      return analyzeGguf(fileSource(handle.fd, size));
    } finally {
      await handle.close();
    }
  },
});

/** The GGUF check for a file found inside an archive (same rules, read through the member input). */
export const ggufMemberAnalyzer: MemberAnalyzer = {
  id: 'gguf',
  detects: (head) => looksLikeGguf(head),
  analyze: (bytes) => memberResult(analyzeGguf(bufferSource(bytes))),
  analyzeInput(input, name, ctx) {
    const src = inputSource(input, ctx.limits.maxMemberBytes);
    if (src === undefined) return { findings: [], status: 'incomplete', message: `${ctx.member ?? name}: larger than ${ctx.limits.maxMemberBytes} bytes inside a compressed stream; not analysed` };
    return memberResult(analyzeGguf(src));
  },
};

function memberResult(result: ScanResult): MemberResult {
  return { findings: [...result.findings], status: result.status === 'complete' ? 'complete' : 'incomplete', ...(result.message ? { message: result.message } : {}) };
}
