/**
 * THE list of analyzers that the archive walkers choose from, by content, for every member
 * they find (zip, tar, 7z packed data, gzip/zlib output, data after a pickle).
 *
 * For the non-pickle formats (keras, h5, savedmodel, onnx, safetensors, gguf): add your
 * `MemberAnalyzer` (see ./member-types.ts) to the marked part of `memberAnalyzers` below, one
 * line each. Keep
 * `detects` strict (magic bytes or a parse that succeeds; names are hints only), because the
 * first analyzer that detects a member wins and the list is tried in order. A `.keras` file is
 * a zip: the zip analyzer opens it and calls your analyzer for `config.json` etc., so a
 * whole-file keras scanner should not also claim zips. Return `incomplete` with a message for
 * anything you cannot analyse; never throw (the dispatcher turns a throw into `incomplete`).
 */
import { gzipAnalyzer, unsupportedCompressionAnalyzers, zlibAnalyzer } from '../archive/compressed.js';
import { npyAnalyzer } from '../archive/npy.js';
import { sevenZipAnalyzer } from '../archive/sevenzip.js';
import { tarAnalyzer } from '../archive/tar/tar-analyzer.js';
import { zipAnalyzer } from '../archive/zip/zip-analyzer.js';
import { ggufMemberAnalyzer } from '../gguf/index.js';
import { h5Analyzer } from '../h5/index.js';
import { kerasJsonAnalyzer } from '../keras/index.js';
import { onnxMemberAnalyzer } from '../onnx/index.js';
import { pickleAnalyzer } from '../pickle/member.js';
import { safetensorsMemberAnalyzer } from '../safetensors/index.js';
import { savedModelAnalyzer } from '../savedmodel/index.js';
import type { MemberAnalyzer } from './member-types.js';

export type { DispatchOptions, MemberAnalyzer, MemberContext, MemberResult, ScanBudget, ScanLimits } from './member-types.js';

/** Every member analyzer, in the order they are tried. */
export const memberAnalyzers: readonly MemberAnalyzer[] = [
  // Containers with magic bytes.
  zipAnalyzer,
  sevenZipAnalyzer,
  gzipAnalyzer,
  zlibAnalyzer,
  npyAnalyzer,
  tarAnalyzer,
  // Non-pickle model formats: magic bytes first, then structural sniffs (protobuf, JSON).
  ggufMemberAnalyzer,
  h5Analyzer,
  safetensorsMemberAnalyzer,
  onnxMemberAnalyzer,
  savedModelAnalyzer,
  kerasJsonAnalyzer,
  // Pickle is recognised by walking opcodes, so it comes after every magic-byte format.
  pickleAnalyzer,
  // Detected but not decodable here: always incomplete. LZMA-alone starts with 0x5D (a pickle
  // opcode), so these come after pickle.
  ...unsupportedCompressionAnalyzers,
];
