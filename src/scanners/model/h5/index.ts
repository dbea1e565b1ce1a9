import { z } from 'zod';
import { defineScanner, type ScanResult } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import { readAllBounded, readRange } from '../_shared/chunk-input.js';
import type { MemberAnalyzer, MemberResult } from '../_shared/member-types.js';
import { analyzeH5, looksLikeH5 } from './analyze.js';

export { analyzeH5, findH5Signature, looksLikeH5 } from './analyze.js';
export { readH5Attributes, DEFAULT_H5_READ_LIMITS, type H5Attributes, type H5ReadLimits } from './read-attributes.js';

/** Bytes read first: the root attributes of Keras files sit near the start. */
export const H5_PREFIX_BYTES = 32 * 1024 * 1024;
/** Files up to this size are read whole when the prefix is not enough; larger ones are incomplete. */
export const H5_MAX_WHOLE_BYTES = 256 * 1024 * 1024;

/**
 * The HDF5 scanner for Keras/TensorFlow `.h5` models: reads the root `model_config` and
 * `training_config` attributes with jsfive in a bounded worker and applies the Keras rules.
 */
export const h5Scanner = defineScanner({
  id: 'model:h5',
  version: 1,
  summary: 'Checks Keras/TensorFlow HDF5 models: Lambda bytecode, foreign modules, safe-mode bypasses in model_config.',
  tags: { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'] },
  kind: 'model',
  options: z.object({}).strict(),
  appliesTo: (target) => target.format === 'h5' || target.format === 'hdf5' || looksLikeH5(target.head),
  async scan(target): Promise<ScanResult> {
    const { handle, size } = await openRegularFile(target.absPath);
    try {
      const read = async (n: number) => {
        const buffer = new Uint8Array(n);
        const { bytesRead } = await handle.read(buffer, 0, n, 0);
        return bytesRead === n ? buffer : buffer.slice(0, bytesRead);
      };
      if (size > H5_PREFIX_BYTES) {
        const first = analyzeH5(await read(H5_PREFIX_BYTES));
        if (first.status === 'complete') return first;
        if (size > H5_MAX_WHOLE_BYTES) {
          return { ...first, message: `the file is larger than ${H5_MAX_WHOLE_BYTES} bytes and its root attributes are not within the first ${H5_PREFIX_BYTES} (${first.message})` };
        }
      }
      return analyzeH5(await read(size));
    } finally {
      await handle.close();
    }
  },
});

/**
 * The HDF5 check for a file found inside an archive. A Keras v3 weights file
 * (`*.weights.h5`, as in every `.keras` archive) is complete without reading: Keras reads only
 * datasets from it, never a configuration, so nothing in it can run.
 */
export const h5Analyzer: MemberAnalyzer = {
  id: 'h5',
  detects: (head) => looksLikeH5(head),
  analyze: (bytes, name) => (isWeightsFile(name) ? WEIGHTS_ONLY : memberResult(analyzeH5(bytes.slice()))),
  analyzeInput(input, name, ctx) {
    if (isWeightsFile(name)) return WEIGHTS_ONLY;
    const size = input.size;
    if (input.seekable && size !== undefined && size > H5_PREFIX_BYTES) {
      const first = analyzeH5(readRange(input, 0, H5_PREFIX_BYTES));
      if (first.status === 'complete' || size > Math.min(H5_MAX_WHOLE_BYTES, ctx.limits.maxMemberBytes)) return memberResult(first);
    }
    const bytes = readAllBounded(input, Math.min(H5_MAX_WHOLE_BYTES, ctx.limits.maxMemberBytes));
    if (bytes === undefined) return { findings: [], status: 'incomplete', message: `${ctx.member ?? name}: an HDF5 file larger than the ${H5_MAX_WHOLE_BYTES}-byte limit; its attributes were not read` };
    return memberResult(analyzeH5(bytes));
  },
};

const WEIGHTS_ONLY: MemberResult = { findings: [], status: 'complete' };
const isWeightsFile = (name: string) => /(^|[/!])[^/!]*\.weights\.h5$/.test(name);

function memberResult(result: ScanResult): MemberResult {
  return { findings: [...result.findings], status: result.status === 'complete' ? 'complete' : 'incomplete', ...(result.message ? { message: result.message } : {}) };
}
