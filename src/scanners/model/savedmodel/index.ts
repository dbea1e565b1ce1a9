import { z } from 'zod';
import { defineScanner, type ScanResult } from '../../../core/scanner.js';
import { openRegularFile } from '../../../integrity/index.js';
import type { MemberAnalyzer, MemberResult } from '../_shared/member-types.js';
import { bufferSource, fileSource, inputSource } from '../_shared/protobuf-wire-source.js';
import { analyzeSavedModel } from './analyze.js';
import { tfFileKind } from './sniff.js';

export { analyzeSavedModel, unsafePath } from './analyze.js';
export { looksLikeFrozenGraph, looksLikeKerasMetadata, looksLikeSavedModel, tfFileKind, type TfFileKind } from './sniff.js';
export { RISKY_OPS, type OpRisk } from './ops.js';
export { savedModelRules } from './rules.js';

/**
 * The TensorFlow SavedModel scanner (`saved_model.pb`, frozen GraphDef `.pb`,
 * `keras_metadata.pb`): ops that run Python, read or write files or send data out, fixed
 * checkpoint paths, asset names, and Keras metadata (Lambda layers).
 */
export const savedModelScanner = defineScanner({
  id: 'model:savedmodel',
  version: 1,
  summary: 'Checks TensorFlow SavedModel graphs: Python, file and network ops, checkpoint and asset paths, Keras metadata.',
  tags: { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'] },
  kind: 'model',
  options: z.object({}).strict(),
  appliesTo: (target) => tfFileKind(target.head) !== undefined,
  async scan(target): Promise<ScanResult> {
    const { handle, size } = await openRegularFile(target.absPath);
    try {
      return analyzeSavedModel(fileSource(handle.fd, size), tfFileKind(target.head));
    } finally {
      await handle.close();
    }
  },
});

/** The SavedModel (frozen graph, Keras metadata) check for a `.pb` found inside an archive. */
export const savedModelAnalyzer: MemberAnalyzer = {
  id: 'savedmodel',
  detects: (head) => tfFileKind(head) !== undefined,
  analyze: (bytes) => memberResult(analyzeSavedModel(bufferSource(bytes), tfFileKind(bytes.subarray(0, 65536)))),
  analyzeInput(input, name, ctx) {
    const src = inputSource(input, ctx.limits.maxMemberBytes);
    if (src === undefined) return { findings: [], status: 'incomplete', message: `${ctx.member ?? name}: larger than ${ctx.limits.maxMemberBytes} bytes inside a compressed stream; not analysed` };
    return memberResult(analyzeSavedModel(src, tfFileKind(src.read(0, 65536))));
  },
};

function memberResult(result: ScanResult): MemberResult {
  return { findings: [...result.findings], status: result.status === 'complete' ? 'complete' : 'incomplete', ...(result.message ? { message: result.message } : {}) };
}
