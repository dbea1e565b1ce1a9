import { z } from 'zod';
import type { MemberAnalyzer } from '../_shared/member-types.js';
import { defineScanner, type ScanResult } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import { analyzeKerasArchive, analyzeKerasConfigText, kerasVersionOf } from './analyze.js';
import { looksLikeKerasArchive, looksLikeKerasJson } from './sniff.js';

export { analyzeKerasArchive, analyzeKerasConfigText, MAX_CONFIG_BYTES } from './analyze.js';
export { looksLikeKerasArchive, looksLikeKerasJson } from './sniff.js';

/**
 * The Keras scanner for `.keras` archives: reads config.json and metadata.json without
 * loading anything and applies the Keras rules (Lambda, foreign modules, safe-mode bypasses).
 */
export const kerasScanner = defineScanner({
  id: 'model:keras',
  version: 1,
  summary: 'Checks Keras .keras archives: Lambda bytecode, foreign modules, safe-mode bypasses in config.json.',
  tags: { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'] },
  kind: 'model',
  options: z.object({}).strict(),
  appliesTo: (target) => target.format === 'keras' || looksLikeKerasArchive(target.head),
  async scan(target): Promise<ScanResult> {
    const { handle, size } = await openRegularFile(target.absPath);
    try {
      return analyzeKerasArchive({ fd: handle.fd, size });
    } finally {
      await handle.close();
    }
  },
});

/**
 * The Keras configuration check for a JSON member of an archive (config.json of a `.keras`
 * found inside a zip, metadata.json): metadata alone is complete and clean.
 */
export const kerasJsonAnalyzer: MemberAnalyzer = {
  id: 'keras-json',
  detects: (head) => looksLikeKerasJson(head),
  analyze(bytes, name) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (!/"class_name"\s*:/.test(text) && kerasVersionOf(bytes) !== undefined) return { findings: [], status: 'complete' };
    const result = analyzeKerasConfigText(text, { source: 'keras-v3', where: name });
    return { findings: result.findings, status: result.incomplete ? 'incomplete' : 'complete', ...(result.incomplete ? { message: result.incomplete } : {}) };
  },
};
