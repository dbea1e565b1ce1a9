import type { FindingInput } from '../../../core/finding.js';
import type { ChunkInput } from './chunk-input.js';

/** Limits that keep one target's analysis bounded whatever its files declare. */
export interface ScanLimits {
  /** Containers inside containers followed this deep (the target itself is depth 0). */
  readonly maxDepth: number;
  /** Members of all archives of one target, in total. */
  readonly maxMembers: number;
  /** Largest member held in memory for analyzers that need whole bytes. */
  readonly maxMemberBytes: number;
  /** Bytes decompressed for one target, in total (zip bombs stop here). */
  readonly maxExpandedBytes: number;
  /** Declared expansion ratio of one member beyond which it is reported as a bomb. */
  readonly maxRatio: number;
}

/** Defaults of {@link ScanLimits}. */
export const defaultLimits: ScanLimits = {
  maxDepth: 5,
  maxMembers: 100_000,
  maxMemberBytes: 256 << 20,
  maxExpandedBytes: 8 * 1024 ** 3,
  maxRatio: 1000,
};

/** Counters shared by everything analysed for one target. */
export interface ScanBudget {
  members: number;
  expandedBytes: number;
}

/** What an analyzer returns for one member (or for the target itself). */
export interface MemberResult {
  readonly findings: FindingInput[];
  /** `incomplete`: something could not be analysed; never reported clean. */
  readonly status: 'complete' | 'incomplete';
  /** Why it is incomplete, in plain words. */
  readonly message?: string;
}

/** Options of one dispatch. */
export interface DispatchOptions {
  /**
   * The member may be opaque data (a PyTorch storage, a small metadata file): if no analyzer
   * recognises it, it is complete rather than unknown.
   */
  readonly opaqueOk?: boolean;
}

/** What an analyzer knows about where it runs. */
export interface MemberContext {
  /** Path of the member inside the target (nested archives joined with `!/`); undefined for the target itself. */
  readonly member: string | undefined;
  /** Nesting depth: 0 for the target itself. */
  readonly depth: number;
  readonly limits: ScanLimits;
  readonly budget: ScanBudget;
  readonly signal?: AbortSignal;
  /** Extra pickle globals the user allows (`module.name` or `module.*`). */
  readonly allowGlobals: readonly string[];
  /** Analyse something found inside this member (an archive member, data after a pickle), by content. */
  dispatch(name: string, data: Uint8Array | ChunkInput, options?: DispatchOptions): MemberResult;
  /** Report a problem of the tool rather than of the file (a limit reached). */
  diagnostic(code: string, message: string, level?: 'error' | 'warning'): void;
}

/**
 * An analyzer of one format found by content. `detects` looks at the first bytes (up to
 * 64 KiB) and the member name (names are hints only: never decide by extension alone).
 */
export interface MemberAnalyzer {
  readonly id: string;
  detects(head: Uint8Array, name: string): boolean;
  /** Analyse the whole member held in memory (at most `limits.maxMemberBytes`). */
  analyze(bytes: Uint8Array, name: string, ctx: MemberContext): MemberResult;
  /**
   * Optional: analyse straight from an input without holding it (large or forward-only
   * members). When present the dispatcher prefers it.
   */
  analyzeInput?(input: ChunkInput, name: string, ctx: MemberContext): MemberResult;
}
