import { z } from 'zod';
import type { FindingInput } from '../../../core/finding.js';
import { defineScanner, type ScanResult } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import { bufferSource, fileSource } from '../_shared/protobuf-wire-source.js';
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

/** The safetensors check for a file found inside an archive (same rules, bytes in memory). */
export const safetensorsMemberAnalyzer = {
  id: 'safetensors',
  detects: (head: Uint8Array, _name: string): boolean => looksLikeSafetensors(head),
  analyze(bytes: Uint8Array, _name: string, _ctx?: unknown): { findings: FindingInput[]; status: 'complete' | 'incomplete'; message?: string } {
    const result = analyzeSafetensors(bufferSource(bytes));
    return { findings: [...result.findings], status: result.status === 'complete' ? 'complete' : 'incomplete', ...(result.message ? { message: result.message } : {}) };
  },
};
