import type { FindingInput } from '../../../core/finding.js';
import { ByteReader } from '../_shared/byte-reader.js';
import { windowInput, type ChunkInput } from '../_shared/chunk-input.js';
import { IssueSink } from './issues.js';
import { PickleMachine, type NestedCandidate, type StreamOutcome } from './machine.js';
import type { PicklePolicy } from './policy/classify.js';
import { looksLikePickle } from './sniff.js';

/** The result of analysing bytes (a file, a member, trailing data) that another analyzer owns. */
export interface SubResult {
  readonly findings: readonly FindingInput[];
  readonly status: 'complete' | 'incomplete';
  readonly message?: string;
}

/** Options of {@link analyzePickle}. */
export interface PickleAnalysisOptions {
  readonly policy: PicklePolicy;
  readonly signal?: AbortSignal;
  /** Archive member the bytes come from, for `location.member`. */
  readonly member?: string;
  /** Position where the pickle starts (e.g. after an .npy header); offsets stay input offsets. */
  readonly from?: number;
  /** Pickle streams analysed per file before giving up (default 1000). */
  readonly maxStreams?: number;
  /** Pickles inside pickles followed this deep (default 3). */
  readonly maxNestedDepth?: number;
  /** Analyse bytes after the last pickle as another format; undefined when it is none we know. */
  readonly trailing?: (input: ChunkInput, at: number, length: number) => SubResult | undefined;
}

/** What {@link analyzePickle} found. */
export interface PickleAnalysis {
  readonly findings: FindingInput[];
  readonly status: 'complete' | 'incomplete';
  readonly message?: string;
  /** Pickle streams found (a PyTorch legacy file has five). */
  readonly streams: number;
  /** The file starts with PyTorch's legacy magic-number pickle. */
  readonly legacyTorch: boolean;
}

/** PROTO 2, LONG1 of PyTorch's legacy magic number 0x1950a86a20f9469cfc6c, STOP. */
const TORCH_LEGACY_MAGIC = Uint8Array.of(0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e);
/** Streams of a legacy file: magic, protocol version, sys_info, the object, storage keys. */
const TORCH_LEGACY_STREAMS = 5;
/** Bytes of a FRAME-divergence region re-read as opcodes, and start offsets tried. */
const DIVERGENCE_BYTES = 1 << 20;
const DIVERGENCE_STARTS = 9;

/** Whether bytes start with PyTorch's legacy (pre-zip) magic-number pickle. */
export function isTorchLegacy(head: Uint8Array): boolean {
  return head.length >= TORCH_LEGACY_MAGIC.length && TORCH_LEGACY_MAGIC.every((b, k) => head[k] === b);
}

/**
 * Analyse a pickle file or member: every stream in it (keep going after STOP), pickles nested
 * in bytes values, FRAME divergences, broken streams and trailing data. Never throws on bad
 * bytes; what could not be analysed makes the result `incomplete` with a reason.
 *
 * @example
 * const result = analyzePickle(bytesInput(data), { policy: createPolicy() });
 */
export function analyzePickle(input: ChunkInput, options: PickleAnalysisOptions): PickleAnalysis {
  const session = new PickleSession(input, options);
  const reader = new ByteReader(input, { from: options.from ?? 0 });
  const legacyTorch = isTorchLegacy(reader.peek(TORCH_LEGACY_MAGIC.length));
  const maxStreams = options.maxStreams ?? 1000;
  for (;;) {
    const outcome = session.stream(reader);
    if (outcome.end !== 'stop') break;
    if (reader.remaining() === 0 || !reader.need(1)) break;
    if (legacyTorch && session.streams >= TORCH_LEGACY_STREAMS) break; // the rest is raw storage data
    if (session.streams >= maxStreams) {
      session.incomplete(`stopped after ${maxStreams} pickle streams`);
      break;
    }
    if (!looksLikePickle(reader.peek(64 * 1024))) {
      session.trailingData(reader);
      break;
    }
  }
  return session.finish(!legacyTorch, legacyTorch);
}

/**
 * The state shared by the streams of one file or member: the issue sink, the reasons it is
 * incomplete, and the handlers for nested pickles and FRAME divergences. {@link analyzePickle}
 * drives it over stacked pickles; PyTorch's legacy tar members drive it over pickles
 * interleaved with raw tensor data.
 */
export class PickleSession {
  private readonly sink: IssueSink;
  private readonly reasons: string[] = [];
  private readonly extra: FindingInput[] = [];
  /** Streams analysed so far. */
  streams = 0;

  constructor(private readonly input: ChunkInput, private readonly options: PickleAnalysisOptions) {
    this.sink = new IssueSink(options.policy);
  }

  /** Record that something could not be analysed. */
  incomplete(reason: string): void {
    this.reasons.push(reason);
  }

  /** Analyse one stream from the reader's position. */
  stream(reader: ByteReader): StreamOutcome {
    const outcome = new PickleMachine(reader, { sink: this.sink, nested: this.nestedHandler(1), ...this.signal() }).run();
    this.streams++;
    this.afterStream(outcome);
    return outcome;
  }

  /** The findings and status; `countStreams` adds the multiple-pickles finding when there were several. */
  finish(countStreams: boolean, legacyTorch = false): PickleAnalysis {
    if (this.streams > 1 && countStreams) {
      this.sink.anomaly('multiple-pickles', 'streams', 0, `The file holds ${this.streams} pickle streams one after another; all were analysed.`, { streams: this.streams }, { afterBreak: false, divergent: false });
    }
    if (this.sink.overflowed) this.reasons.push('too many distinct issues; only the first 500 are listed');
    const findings = [...this.sink.findings(this.options.member), ...this.extra];
    return {
      findings,
      status: this.reasons.length === 0 ? 'complete' : 'incomplete',
      ...(this.reasons.length === 0 ? {} : { message: [...new Set(this.reasons)].join('; ') }),
      streams: this.streams,
      legacyTorch,
    };
  }
  private signal(): { signal?: AbortSignal } {
    return this.options.signal ? { signal: this.options.signal } : {};
  }

  private afterStream(outcome: StreamOutcome): void {
    if (outcome.breakAt !== undefined) {
      const reason = outcome.breakReason ?? 'invalid data';
      this.sink.anomaly('broken-stream', `break:${this.streams}`, outcome.breakAt, `Pickle stream ${this.streams} (from byte ${outcome.start}) breaks at byte ${outcome.breakAt}: ${reason}.`, { stream: this.streams, start: outcome.start, reason }, { afterBreak: false, divergent: false });
      this.reasons.push(`pickle stream ${this.streams} breaks at byte ${outcome.breakAt} (${reason}); what came before was analysed`);
    }
    if (outcome.end === 'aborted') this.reasons.push('the analysis was stopped (time budget or cancel) before the end of the stream');
    if (outcome.end === 'opaque') this.reasons.push(`pickle stream ${this.streams}: ${outcome.opaqueReason ?? 'data the analysis cannot walk follows'}; the rest was not analysed`);
    if (outcome.dropped) this.reasons.push('values were dropped to stay within the memory budget');
    for (const region of outcome.swallowed) this.divergentReading(region.from, region.to);
  }

  // What a file-reading unpickler sees after a FRAME violation: it discards the rest of the
  // frame and goes on from the frame end, so re-read the swallowed bytes as opcodes.
  private divergentReading(from: number, to: number): void {
    if (!this.input.seekable) {
      this.reasons.push(`a FRAME violation at byte ${from} inside a compressed stream could not be re-read`);
      return;
    }
    const length = Math.min(to - from, DIVERGENCE_BYTES);
    for (let k = 0; k < DIVERGENCE_STARTS && k < length; k++) {
      const reader = new ByteReader(windowInput(this.input, from + k, length - k), { from: from + k, window: 64 * 1024 });
      new PickleMachine(reader, { sink: this.sink, nested: this.nestedHandler(1), divergent: true, ...this.signal() }).run();
    }
  }

  private nestedHandler(depth: number): (candidate: NestedCandidate) => void {
    return (candidate) => {
      if (depth > (this.options.maxNestedDepth ?? 3)) {
        this.reasons.push(`a pickle nested more than ${this.options.maxNestedDepth ?? 3} levels deep at byte ${candidate.at} was not analysed`);
        return;
      }
      let reader: ByteReader;
      if (candidate.bytes) reader = ByteReader.over(candidate.bytes, candidate.at);
      else if (this.input.seekable) reader = new ByteReader(windowInput(this.input, candidate.at, candidate.length), { from: candidate.at });
      else {
        this.reasons.push(`a nested pickle of ${candidate.length} bytes at byte ${candidate.at} inside a compressed stream was not analysed`);
        return;
      }
      new PickleMachine(reader, { sink: this.sink, nested: this.nestedHandler(depth + 1), nestedAt: candidate.at, ...this.signal() }).run();
    };
  }

  /** Report (and hand to other analyzers) the bytes after the last pickle. */
  trailingData(reader: ByteReader): void {
    const at = reader.pos;
    const size = reader.size;
    const length = size === undefined ? undefined : size - at;
    this.sink.anomaly('trailing-data', 'trailing', at, `${length === undefined ? 'Data' : `${length} bytes`} after the last pickle STOP at byte ${at}.`, { at, ...(length === undefined ? {} : { length }) }, { afterBreak: false, divergent: false });
    if (this.options.trailing === undefined || length === undefined || !this.input.seekable) return;
    const sub = this.options.trailing(this.input, at, length);
    if (sub === undefined) return;
    this.extra.push(...sub.findings);
    if (sub.status === 'incomplete') this.reasons.push(sub.message ?? `the data after byte ${at} could not be fully analysed`);
  }
}
