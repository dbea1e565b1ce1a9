import { z } from 'zod';
import type { MemberAnalyzer, MemberResult } from '../_shared/member-types.js';
import { defineScanner, type ScanResult } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import { analyzeKerasConfigText, kerasVersionOf, MAX_CONFIG_BYTES } from './analyze.js';
import { looksLikeKerasJson } from './sniff.js';

export { analyzeKerasArchive, analyzeKerasConfigText, MAX_CONFIG_BYTES } from './analyze.js';
export { looksLikeKerasArchive, looksLikeKerasJson } from './sniff.js';

/**
 * The Keras scanner for configuration files on disk: a `config.json` from an unpacked `.keras`
 * archive or a `model.to_json()` export. `.keras` archives themselves are zips: the archive
 * scanner opens them and hands config.json to {@link kerasJsonAnalyzer} (and the weights file to
 * the HDF5 analyzer), so this scanner does not claim zips. {@link analyzeKerasArchive} reads a
 * `.keras` file directly for library callers.
 */
export const kerasScanner = defineScanner({
  id: 'model:keras',
  version: 1,
  summary: 'Checks Keras model configurations: Lambda bytecode, foreign modules, safe-mode bypasses, get_file, TFSMLayer.',
  tags: { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'] },
  kind: 'model',
  options: z.object({}).strict(),
  appliesTo: (target) => looksLikeKerasJson(target.head),
  async scan(target): Promise<ScanResult> {
    if (target.size > MAX_CONFIG_BYTES) return { findings: [], status: 'incomplete', message: `the configuration is larger than ${MAX_CONFIG_BYTES} bytes and was not analysed` };
    const { handle, size } = await openRegularFile(target.absPath);
    try {
      const bytes = new Uint8Array(Math.min(size, MAX_CONFIG_BYTES));
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
      return memberResultOf(bytes.subarray(0, bytesRead), target.path);
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
  analyze: (bytes, name) => memberResultOf(bytes, name),
};

/** Keras metadata alone is complete and clean; a configuration gets the Keras rules. */
function memberResultOf(bytes: Uint8Array, name: string): MemberResult {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!/"class_name"\s*:/.test(text) && kerasVersionOf(bytes) !== undefined) return { findings: [], status: 'complete' };
  const result = analyzeKerasConfigText(text, { source: 'keras-v3', where: name });
  return { findings: result.findings, status: result.incomplete ? 'incomplete' : 'complete', ...(result.incomplete ? { message: result.incomplete } : {}) };
}
