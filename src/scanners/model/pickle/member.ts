import { bytesInput, sliceInput, type ChunkInput } from '../_shared/chunk-input.js';
import type { MemberAnalyzer, MemberContext, MemberResult } from '../_shared/member-types.js';
import { analyzePickle } from './analyze.js';
import { createPolicy } from './policy/classify.js';
import { looksLikePickle } from './sniff.js';

/**
 * Analyse a pickle file or member in a member context: data after the last pickle is handed
 * to the other analyzers (a pickle followed by a zip is a polyglot both readers accept).
 */
export function analyzePickleIn(input: ChunkInput, ctx: MemberContext, from = 0): MemberResult {
  const result = analyzePickle(input, {
    policy: createPolicy(ctx.allowGlobals),
    from,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    ...(ctx.member === undefined ? {} : { member: ctx.member }),
    trailing: (whole, at, length) => ctx.dispatch(`<data after byte ${at}>`, sliceInput(whole, at, length), { opaqueOk: true }),
  });
  return { findings: result.findings, status: result.status, ...(result.message ? { message: result.message } : {}) };
}

/** The pickle analyzer for the member dispatcher: any content that walks as a pickle stream. */
export const pickleAnalyzer: MemberAnalyzer = {
  id: 'pickle',
  detects: (head) => looksLikePickle(head),
  analyze: (bytes, _name, ctx) => analyzePickleIn(bytesInput(bytes), ctx),
  analyzeInput: (input, _name, ctx) => analyzePickleIn(input, ctx),
};
