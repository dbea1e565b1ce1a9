import type { ByteReader } from '../_shared/byte-reader.js';
import type { CallSite } from './gadgets.js';
import type { IssueSink } from './issues.js';
import { Memo } from './memo.js';
import { Op, opName } from './opcodes.js';
import { readPayload, type PayloadKind } from './payload.js';
import { looksLikePickle } from './sniff.js';
import { SymStack } from './sym-stack.js';
import { utf8 } from './text.js';
import { MAX_KEPT_STRING, SCALAR, UNDERFLOW, type GlobalSym, type Sym } from './values.js';

/** A bytes or str value that may hold a pickle: its bytes when in memory, else where it is. */
export interface NestedCandidate {
  readonly at: number;
  readonly length: number;
  readonly bytes?: Uint8Array;
}

/** What the machine needs from the analysis around it. */
export interface MachineHooks {
  readonly sink: IssueSink;
  /** Called for values that look like pickles; analyses them (or records why not). */
  readonly nested: (candidate: NestedCandidate) => void;
  readonly signal?: AbortSignal;
  /** Absolute offset of the enclosing value when this machine runs a nested pickle. */
  readonly nestedAt?: number;
  /** This machine runs the file-unpickler reading of a frame violation. */
  readonly divergent?: boolean;
}

/** How one pickle stream ended and what the machine noticed about it. */
export interface StreamOutcome {
  /**
   * `stop`: reached STOP; `eof`: input ended first; `invalid`: an invalid opcode; `aborted`: the
   * run was cancelled; `opaque`: data the analysis cannot walk follows (see `opaqueReason`).
   */
  readonly end: 'stop' | 'eof' | 'invalid' | 'aborted' | 'opaque';
  readonly opaqueReason?: string;
  readonly start: number;
  /** Position after the last byte consumed. */
  readonly next: number;
  readonly ops: number;
  /** Where and why CPython's unpickler would have raised, if it would. */
  readonly breakAt?: number;
  readonly breakReason?: string;
  /** Byte ranges swallowed by an opcode that crossed the end of its FRAME. */
  readonly swallowed: readonly { readonly from: number; readonly to: number }[];
  /** Values dropped to stay within the memory budget. */
  readonly dropped: boolean;
  /** The value STOP returned (what `pickle.load` would give back), symbolically. */
  readonly result?: Sym;
}

/** Longest text line kept (longer ones are consumed and cut). */
export const LINE_KEEP = 4096;

/**
 * The state and helpers of the pickle machine (stack, memo, frames, argument readers); the
 * opcode semantics are in `machine.ts` (PickleMachine).
 */
export abstract class MachineCore implements CallSite {
  readonly sink: IssueSink;
  readonly ctx: { nestedAt?: number; afterBreak: boolean; divergent: boolean };
  protected readonly stack = new SymStack();
  protected readonly memo = new Memo();
  protected frameEnd = -1;
  protected breakAt: number | undefined;
  protected breakReason: string | undefined;
  protected readonly swallowed: { from: number; to: number }[] = [];
  protected ops = 0;
  protected result: Sym | undefined;
  protected opaqueReason: string | undefined;
  /** The next EMPTY_DICT is the state of a joblib array wrapper: track its entries. */
  protected expectState = false;
  protected readonly refs = new Map<string, GlobalSym>();

  constructor(protected readonly r: ByteReader, protected readonly hooks: MachineHooks) {
    this.sink = hooks.sink;
    this.ctx = { afterBreak: false, divergent: hooks.divergent ?? false, ...(hooks.nestedAt === undefined ? {} : { nestedAt: hooks.nestedAt }) };
  }

  /** Record the first error CPython would raise; later events are `afterBreak`. */
  fail(at: number, reason: string): void {
    if (this.breakAt !== undefined) return;
    this.breakAt = at;
    this.breakReason = reason;
    this.ctx.afterBreak = true;
  }

  protected outcome(end: StreamOutcome['end'], start: number): StreamOutcome {
    return {
      end,
      start,
      next: this.r.pos,
      ops: this.ops,
      ...(this.breakAt === undefined ? {} : { breakAt: this.breakAt, breakReason: this.breakReason ?? '' }),
      swallowed: this.swallowed,
      dropped: this.stack.dropped || this.memo.dropped,
      ...(this.result === undefined ? {} : { result: this.result }),
      ...(this.opaqueReason === undefined ? {} : { opaqueReason: this.opaqueReason }),
    };
  }

  protected leaveFrame(at: number, op: number): void {
    const end = this.frameEnd;
    this.frameEnd = -1;
    if (this.r.pos === end) return;
    this.swallowed.push({ from: end, to: this.r.pos });
    this.sink.anomaly('frame-violation', `frame:${at}`, at, `${opName.get(op) ?? 'An opcode'} at byte ${at} runs ${this.r.pos - end} bytes past the end of its FRAME (byte ${end}).`, { opcode: opName.get(op), frameEnd: end, opEnd: this.r.pos }, this.ctx);
  }

  // --- stack helpers ---------------------------------------------------------------------

  protected push(value: Sym): void {
    this.stack.push(value);
  }

  protected pop(at: number, op: number): Sym {
    const value = this.stack.pop();
    if (value !== undefined) return value;
    this.fail(at, `${opName.get(op)} pops an empty stack`);
    return UNDERFLOW;
  }

  protected top(at: number, op: number): Sym {
    const value = this.stack.top();
    if (value !== undefined) return value;
    this.fail(at, `${opName.get(op)} needs a value on an empty stack`);
    return UNDERFLOW;
  }

  protected discardMark(at: number, op: number): number {
    const count = this.stack.discardMark();
    if (count >= 0) return count;
    this.fail(at, `${opName.get(op)} without a MARK`);
    return 0;
  }

  protected popMark(at: number, op: number): { items: Sym[]; count: number } {
    const popped = this.stack.popMark();
    if (popped) return popped;
    this.fail(at, `${opName.get(op)} without a MARK`);
    return { items: [], count: 0 };
  }

  // --- arguments -------------------------------------------------------------------------

  protected invalid(at: number, reason: string): 'invalid' {
    this.fail(at, reason);
    return 'invalid';
  }

  protected truncated(at: number, op: number): 'eof' {
    this.fail(at, `the data ends inside ${opName.get(op)}`);
    return 'eof';
  }

  protected line(at: number, op: number): string | undefined {
    const line = this.r.line(LINE_KEEP);
    if (line === undefined) {
      this.truncated(at, op);
      return undefined;
    }
    return utf8(line.bytes);
  }

  protected memoKey(at: number, op: number): number | undefined {
    if (op === Op.BINGET || op === Op.BINPUT) {
      const key = this.r.u8();
      if (key < 0) this.truncated(at, op);
      return key < 0 ? undefined : key;
    }
    if (op === Op.LONG_BINGET || op === Op.LONG_BINPUT) {
      const key = this.r.uint(4);
      if (key < 0) this.truncated(at, op);
      return key < 0 ? undefined : key;
    }
    const text = this.line(at, op);
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) {
      this.fail(at, `${opName.get(op)} argument ${JSON.stringify(text.slice(0, 40))} is not a memo key`);
      return -1;
    }
    return Number(text);
  }

  protected payload(at: number, op: number, width: number, kind: PayloadKind | 'skip'): 'eof' | undefined {
    const declared = this.r.uint(width);
    if (declared < 0) return this.truncated(at, op);
    let length = declared;
    if (width === 4 && (op === Op.BINSTRING || op === Op.LONG4) && declared >= 0x80000000) {
      this.fail(at, `${opName.get(op)} has a negative length`);
      length = 0;
    }
    if (length > this.r.remaining()) {
      this.fail(at, `${opName.get(op)} declares ${length} bytes but only ${this.r.remaining()} remain`);
      return 'eof';
    }
    if (kind === 'skip') {
      if (!this.r.skip(length)) return this.truncated(at, op);
      this.push(SCALAR);
      return undefined;
    }
    const value = readPayload(this.r, length, kind, this.hooks.nested);
    if (value === undefined) return this.truncated(at, op);
    this.push(value);
    return undefined;
  }

  protected pushText(text: string, at: number): void {
    if (text.length >= 8 && looksLikePickle(latin1Head(text))) this.hooks.nested({ at, length: text.length, bytes: latin1Head(text, Infinity) });
    this.push(text.length > MAX_KEPT_STRING ? { k: 'text', head: text.slice(0, MAX_KEPT_STRING), length: text.length } : text);
  }

  // Judge an import and return its reference; references are shared per global so a stream
  // that imports one name millions of times does not allocate (or retain) one object each.
  protected globalRef(module: string, name: string, at: number, via: string): GlobalSym {
    const verdict = this.sink.global(module, name, at, via, this.ctx);
    const key = `${module}\u0000${name}`;
    let ref = this.refs.get(key);
    if (ref === undefined) {
      ref = { k: 'global', module, name, offset: at, allowed: verdict.level === 'allowed' };
      if (this.refs.size < 10_000) this.refs.set(key, ref);
    }
    return ref;
  }
}

function latin1Head(text: string, max = 256): Uint8Array {
  const n = Math.min(text.length, max);
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) out[k] = text.charCodeAt(k) & 0xff;
  return out;
}
