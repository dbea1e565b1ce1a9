import { defineScanner } from '../../../core/scanner.js';
import type { Picked } from '../_shared/scan-file.js';
import { scanFile } from '../_shared/scan-file.js';
import { modelScanOptions } from '../_shared/options.js';
import { MODEL_TAXONOMY } from '../_shared/taxonomy.js';
import { pickArchive } from '../archive/scanner.js';
import { isTorchLegacy } from './analyze.js';
import { pickleAnalyzer } from './member.js';
import { looksLikePickle } from './sniff.js';

/** The pickle analyzer for a file whose content is a pickle stream (and no container). */
export function pickPickle(head: Uint8Array): Picked | undefined {
  if (pickArchive(head) !== undefined || !looksLikePickle(head)) return undefined;
  return { analyzer: pickleAnalyzer, kind: isTorchLegacy(head) ? 'pickle-legacy' : 'pickle' };
}

/**
 * The pickle scanner: bare pickle files (joblib/sklearn pickles, PyTorch's legacy stacked
 * format, pickles with any extension) analysed as a symbolic pickle machine against a
 * per-ecosystem allowlist.
 */
export const pickleScanner = defineScanner({
  id: 'model:pickle',
  version: 1,
  summary: 'Finds code execution in pickle files: imports outside the allowlist, known code-running globals, gadget chains, hidden and broken streams.',
  tags: MODEL_TAXONOMY,
  kind: 'model',
  options: modelScanOptions,
  appliesTo: (target) => pickPickle(target.head) !== undefined,
  scan: (target, ctx) => scanFile(target, ctx, pickPickle),
});
