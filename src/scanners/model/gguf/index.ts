import { z } from 'zod';
import type { FindingInput } from '../../../core/finding.js';
import { defineScanner, type ScanResult } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import { bufferSource, fileSource } from '../_shared/protobuf-wire-source.js';
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

/** The GGUF check for a file found inside an archive (same rules, bytes in memory). */
export const ggufMemberAnalyzer = {
  id: 'gguf',
  detects: (head: Uint8Array, _name: string): boolean => looksLikeGguf(head),
  analyze(bytes: Uint8Array, _name: string, _ctx?: unknown): { findings: FindingInput[]; status: 'complete' | 'incomplete'; message?: string } {
    const result = analyzeGguf(bufferSource(bytes));
    return { findings: [...result.findings], status: result.status === 'complete' ? 'complete' : 'incomplete', ...(result.message ? { message: result.message } : {}) };
  },
};
