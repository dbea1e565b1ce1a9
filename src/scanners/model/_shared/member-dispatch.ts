import { bytesInput, readAllBounded, type ChunkInput } from './chunk-input.js';
import { containerFinding } from './container-rules.js';
import { memberAnalyzers } from './member-analyzers.js';
import { defaultLimits, type DispatchOptions, type MemberAnalyzer, type MemberContext, type MemberResult, type ScanLimits } from './member-types.js';

/** Bytes given to `detects`. */
export const HEAD_BYTES = 64 * 1024;

/** Options of {@link createRootContext}. */
export interface RootContextOptions {
  readonly limits?: Partial<ScanLimits>;
  readonly signal?: AbortSignal;
  readonly allowGlobals?: readonly string[];
  readonly diagnostic?: (code: string, message: string, level?: 'error' | 'warning') => void;
  /** The analyzers to choose from (default: {@link memberAnalyzers}). */
  readonly analyzers?: readonly MemberAnalyzer[];
}

/**
 * The context for analysing a target itself (depth 0, no member path). Everything found inside
 * it is analysed through its `dispatch`, which shares one budget of members and bytes.
 *
 * @example
 * const ctx = createRootContext({ signal });
 * const result = analyzeBy(zipAnalyzer, fileInput(fd, 0, size), 'model.pt', ctx);
 */
export function createRootContext(options: RootContextOptions = {}): MemberContext {
  const limits = { ...defaultLimits, ...options.limits };
  const analyzers = options.analyzers ?? memberAnalyzers;
  const budget = { members: 0, expandedBytes: 0 };
  const diagnostic = options.diagnostic ?? (() => undefined);
  const make = (member: string | undefined, depth: number): MemberContext => ({
    member,
    depth,
    limits,
    budget,
    ...(options.signal ? { signal: options.signal } : {}),
    allowGlobals: options.allowGlobals ?? [],
    diagnostic,
    dispatch(name, data, dispatchOptions) {
      const child = member === undefined ? name : `${member}!/${name}`;
      if (depth + 1 > limits.maxDepth) {
        return {
          findings: [containerFinding('archive-too-deep', child, `${child} is nested ${depth + 1} containers deep; the limit is ${limits.maxDepth}.`, { depth: depth + 1 })],
          status: 'incomplete',
          message: `${child}: nested deeper than ${limits.maxDepth} containers, not analysed`,
        };
      }
      if (++budget.members > limits.maxMembers) {
        return { findings: [], status: 'incomplete', message: `more than ${limits.maxMembers} archive members; the rest were not analysed` };
      }
      return runAnalyzers(analyzers, data, name, make(child, depth + 1), dispatchOptions);
    },
  });
  return make(undefined, 0);
}

/**
 * Analyse bytes or an input with the first analyzer that recognises its content. Never throws:
 * an analyzer failure or an unknown format becomes an `incomplete` result with a reason.
 */
export function runAnalyzers(analyzers: readonly MemberAnalyzer[], data: Uint8Array | ChunkInput, name: string, ctx: MemberContext, options: DispatchOptions = {}): MemberResult {
  const label = ctx.member ?? name;
  try {
    const input = data instanceof Uint8Array ? bytesInput(data) : data;
    const { head, input: readable } = peekHead(input);
    const analyzer = analyzers.find((a) => detectSafely(a, head, name));
    if (analyzer === undefined) {
      if (options.opaqueOk || head.length === 0) return { findings: [], status: 'complete' };
      return { findings: [], status: 'incomplete', message: `${label}: content not recognised (starts ${hex(head)}); it was not analysed` };
    }
    return withMember(analyzeBy(analyzer, data instanceof Uint8Array ? data : readable, name, ctx), ctx.member);
  } catch (error) {
    return { findings: [], status: 'incomplete', message: `${label}: analysis failed (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Run one analyzer, preferring its streaming form; whole-bytes analyzers get at most `maxMemberBytes`. */
export function analyzeBy(analyzer: MemberAnalyzer, data: Uint8Array | ChunkInput, name: string, ctx: MemberContext): MemberResult {
  const label = ctx.member ?? name;
  if (data instanceof Uint8Array) return analyzer.analyzeInput ? analyzer.analyzeInput(bytesInput(data), name, ctx) : analyzer.analyze(data, name, ctx);
  if (analyzer.analyzeInput) return analyzer.analyzeInput(data, name, ctx);
  const max = ctx.limits.maxMemberBytes;
  if (data.size !== undefined && data.size > max) {
    return { findings: [], status: 'incomplete', message: `${label}: ${data.size} bytes is over the ${max}-byte limit for ${analyzer.id} analysis; not analysed` };
  }
  const bytes = readAllBounded(data, max);
  if (bytes === undefined) return { findings: [], status: 'incomplete', message: `${label}: over the ${max}-byte limit for ${analyzer.id} analysis; not analysed` };
  return analyzer.analyze(bytes, name, ctx);
}

function detectSafely(analyzer: MemberAnalyzer, head: Uint8Array, name: string): boolean {
  try {
    return analyzer.detects(head, name);
  } catch {
    return false; // a detector that throws has not recognised the content
  }
}

// The head of an input, and an input that still yields it (forward-only inputs cannot re-read).
function peekHead(input: ChunkInput): { head: Uint8Array; input: ChunkInput } {
  const head = new Uint8Array(Math.min(HEAD_BYTES, input.size ?? HEAD_BYTES));
  let got = 0;
  while (got < head.length) {
    const n = input.readInto(got, head, got, head.length - got);
    if (n <= 0) break;
    got += n;
  }
  const view = head.subarray(0, got);
  if (input.seekable) return { head: view, input };
  return {
    head: view,
    input: {
      size: input.size,
      seekable: false,
      readInto(position, target, offset, length) {
        if (position < got) {
          const n = Math.min(length, got - position);
          target.set(view.subarray(position, position + n), offset);
          return n;
        }
        return input.readInto(position, target, offset, length);
      },
      ...(input.failure ? { failure: input.failure.bind(input) } : {}),
    },
  };
}

function withMember(result: MemberResult, member: string | undefined): MemberResult {
  if (member === undefined) return result;
  for (const finding of result.findings) {
    if (finding.location?.member === undefined) finding.location = { ...finding.location, member };
  }
  return result;
}

function hex(head: Uint8Array): string {
  return Array.from(head.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
}
