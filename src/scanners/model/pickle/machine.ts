import type { ByteReader } from '../_shared/byte-reader.js';
import { callValue, type CallSite } from './gadgets.js';
import type { IssueSink } from './issues.js';
import { Memo } from './memo.js';
import { HIGHEST_PROTOCOL, Op, opName } from './opcodes.js';
import { readPayload, type PayloadKind } from './payload.js';
import { looksLikePickle } from './sniff.js';
import { SymStack } from './sym-stack.js';
import { quotedString, rawUnicodeEscape, utf8 } from './text.js';
import { DICT, EMPTY_TUPLE, LIST, LOST, MAX_KEPT_STRING, PERSISTENT, SCALAR, SET, UNDERFLOW, describe, type GlobalSym, type Sym } from './values.js';

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
  /** `stop`: reached STOP; `eof`: input ended first; `invalid`: an invalid opcode; `aborted`: the run was cancelled. */
  readonly end: 'stop' | 'eof' | 'invalid' | 'aborted';
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

const LINE_KEEP = 4096;
const MARK_LIMIT = 1_000_000;

/**
 * A symbolic pickle machine: runs one stream's opcodes over {@link Sym} values, with CPython's
 * stack, mark and memo rules, and reports imports, calls and anomalies to an {@link IssueSink}.
 *
 * After the first error CPython would raise, it carries on in tolerant mode (underflows give
 * unknown values) so that a payload placed after a deliberate break is still seen; everything
 * recorded from then on is marked `afterBreak`.
 */
export class PickleMachine implements CallSite {
  readonly sink: IssueSink;
  readonly ctx: { nestedAt?: number; afterBreak: boolean; divergent: boolean };
  private readonly stack = new SymStack();
  private readonly memo = new Memo();
  private frameEnd = -1;
  private breakAt: number | undefined;
  private breakReason: string | undefined;
  private readonly swallowed: { from: number; to: number }[] = [];
  private ops = 0;
  private result: Sym | undefined;
  private readonly refs = new Map<string, GlobalSym>();

  constructor(private readonly r: ByteReader, private readonly hooks: MachineHooks) {
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

  /** Run from the reader's position to STOP, the end of input, or an invalid opcode. */
  run(): StreamOutcome {
    const r = this.r;
    const start = r.pos;
    const signal = this.hooks.signal;
    for (;;) {
      if ((++this.ops & 0xffff) === 0 && signal?.aborted) return this.outcome('aborted', start);
      const at = r.pos;
      if (r.i >= r.end && !r.need(1)) {
        this.fail(at, 'the data ends before STOP');
        return this.outcome('eof', start);
      }
      const op = r.buf[r.i++]!;
      const result = this.step(op, at);
      if (result !== undefined) return this.outcome(result, start);
      if (this.frameEnd >= 0 && r.pos >= this.frameEnd) this.leaveFrame(at, op);
    }
  }

  private outcome(end: StreamOutcome['end'], start: number): StreamOutcome {
    return {
      end,
      start,
      next: this.r.pos,
      ops: this.ops,
      ...(this.breakAt === undefined ? {} : { breakAt: this.breakAt, breakReason: this.breakReason ?? '' }),
      swallowed: this.swallowed,
      dropped: this.stack.dropped || this.memo.dropped,
      ...(this.result === undefined ? {} : { result: this.result }),
    };
  }

  private leaveFrame(at: number, op: number): void {
    const end = this.frameEnd;
    this.frameEnd = -1;
    if (this.r.pos === end) return;
    this.swallowed.push({ from: end, to: this.r.pos });
    this.sink.anomaly('frame-violation', `frame:${at}`, at, `${opName.get(op) ?? 'An opcode'} at byte ${at} runs ${this.r.pos - end} bytes past the end of its FRAME (byte ${end}).`, { opcode: opName.get(op), frameEnd: end, opEnd: this.r.pos }, this.ctx);
  }

  // One opcode. Returns an end state to stop, undefined to go on.
  private step(op: number, at: number): StreamOutcome['end'] | undefined {
    const r = this.r;
    switch (op) {
      case Op.MARK:
        if (this.stack.markCount() >= MARK_LIMIT) return this.invalid(at, 'more than a million open MARKs');
        this.stack.mark();
        return undefined;
      case Op.STOP:
        this.result = this.pop(at, op);
        return 'stop';
      case Op.POP:
        if (this.stack.markAtTop()) this.stack.dropMark();
        else this.pop(at, op);
        return undefined;
      case Op.POP_MARK:
        this.discardMark(at, op);
        return undefined;
      case Op.DUP:
        this.push(this.top(at, op));
        return undefined;
      case Op.NONE:
      case Op.NEWTRUE:
      case Op.NEWFALSE:
        this.push(SCALAR);
        return undefined;
      case Op.BININT1:
      case Op.BININT2:
      case Op.BININT:
      case Op.BINFLOAT: {
        const width = op === Op.BININT1 ? 1 : op === Op.BININT2 ? 2 : op === Op.BININT ? 4 : 8;
        if (r.end - r.i >= width) r.i += width;
        else if (!r.skip(width)) return this.truncated(at, op);
        this.push(SCALAR);
        return undefined;
      }
      case Op.INT:
      case Op.LONG:
      case Op.FLOAT: {
        const text = this.line(at, op);
        if (text === undefined) return 'eof';
        if (!NUMBER_LINES[op]!.test(text)) this.fail(at, `${opName.get(op)} argument ${JSON.stringify(text.slice(0, 40))} is not a number`);
        this.push(SCALAR);
        return undefined;
      }
      case Op.LONG1:
      case Op.LONG4:
        return this.payload(at, op, op === Op.LONG1 ? 1 : 4, 'skip');
      case Op.PERSID: {
        if (this.line(at, op) === undefined) return 'eof';
        this.push(PERSISTENT);
        return undefined;
      }
      case Op.BINPERSID:
        this.pop(at, op);
        this.push(PERSISTENT);
        return undefined;
      case Op.STRING: {
        const text = this.line(at, op);
        if (text === undefined) return 'eof';
        const value = quotedString(text);
        if (value === undefined) this.fail(at, 'STRING argument is not quoted');
        this.pushText(value ?? text, at);
        return undefined;
      }
      case Op.UNICODE: {
        const line = r.line(LINE_KEEP);
        if (line === undefined) return this.truncated(at, op);
        this.pushText(rawUnicodeEscape(line.bytes), at);
        return undefined;
      }
      case Op.SHORT_BINSTRING:
        return this.payload(at, op, 1, 'latin1');
      case Op.BINSTRING:
        return this.payload(at, op, 4, 'latin1');
      case Op.SHORT_BINUNICODE:
        return this.payload(at, op, 1, 'utf8');
      case Op.BINUNICODE:
        return this.payload(at, op, 4, 'utf8');
      case Op.BINUNICODE8:
        return this.payload(at, op, 8, 'utf8');
      case Op.SHORT_BINBYTES:
        return this.payload(at, op, 1, 'bytes');
      case Op.BINBYTES:
        return this.payload(at, op, 4, 'bytes');
      case Op.BINBYTES8:
      case Op.BYTEARRAY8:
        return this.payload(at, op, 8, 'bytes');
      case Op.NEXT_BUFFER:
        // Out-of-band buffer: pickle.loads without `buffers=` raises here.
        this.push(SCALAR);
        return undefined;
      case Op.READONLY_BUFFER:
        this.top(at, op);
        return undefined;
      case Op.EMPTY_DICT:
        this.push(DICT);
        return undefined;
      case Op.EMPTY_LIST:
        this.push(LIST);
        return undefined;
      case Op.EMPTY_SET:
        this.push(SET);
        return undefined;
      case Op.EMPTY_TUPLE:
        this.push(EMPTY_TUPLE);
        return undefined;
      case Op.DICT:
      case Op.LIST:
      case Op.FROZENSET:
        this.discardMark(at, op);
        this.push(op === Op.DICT ? DICT : op === Op.LIST ? LIST : SET);
        return undefined;
      case Op.TUPLE: {
        const popped = this.popMark(at, op);
        this.push({ k: 'tuple', items: popped.items, length: popped.count });
        return undefined;
      }
      case Op.TUPLE1:
      case Op.TUPLE2:
      case Op.TUPLE3: {
        const n = op - Op.TUPLE1 + 1;
        const items: Sym[] = new Array<Sym>(n);
        for (let k = n - 1; k >= 0; k--) items[k] = this.pop(at, op);
        this.push({ k: 'tuple', items, length: n });
        return undefined;
      }
      case Op.APPEND:
      case Op.SETITEM: {
        this.pop(at, op);
        if (op === Op.SETITEM) this.pop(at, op);
        this.top(at, op);
        return undefined;
      }
      case Op.APPENDS:
      case Op.SETITEMS:
      case Op.ADDITEMS: {
        const count = this.discardMark(at, op);
        if (op === Op.SETITEMS && count % 2 === 1) this.fail(at, 'SETITEMS with an odd number of items');
        this.top(at, op);
        return undefined;
      }
      case Op.BUILD: {
        const state = this.pop(at, op);
        const target = this.top(at, op);
        if (typeof target === 'object' && target.k === 'global') {
          const q = `${target.module}.${target.name}`;
          this.sink.anomaly('state-tampering', `build:${q}`, at, `BUILD at byte ${at} applies ${describe(state)} to ${q} itself, not to an instance.`, { target: q, state: describe(state) }, this.ctx);
        }
        return undefined;
      }
      case Op.GLOBAL:
      case Op.INST:
        return this.globalOp(at, op);
      case Op.STACK_GLOBAL:
        this.stackGlobal(at);
        return undefined;
      case Op.REDUCE: {
        const args = this.pop(at, op);
        const fn = this.pop(at, op);
        this.push(callValue(this, fn, args, at, 'REDUCE'));
        return undefined;
      }
      case Op.NEWOBJ:
      case Op.NEWOBJ_EX: {
        if (op === Op.NEWOBJ_EX) this.pop(at, op);
        const args = this.pop(at, op);
        const cls = this.pop(at, op);
        this.push(callValue(this, cls, args, at, opName.get(op)!));
        return undefined;
      }
      case Op.OBJ: {
        const popped = this.popMark(at, op);
        if (popped.count === 0) {
          this.fail(at, 'OBJ without a class');
          this.push(UNDERFLOW);
          return undefined;
        }
        const [cls, ...rest] = popped.items;
        this.push(callValue(this, cls!, { k: 'tuple', items: rest, length: popped.count - 1 }, at, 'OBJ'));
        return undefined;
      }
      case Op.PROTO: {
        const version = r.u8();
        if (version < 0) return this.truncated(at, op);
        if (version > HIGHEST_PROTOCOL) this.fail(at, `unsupported pickle protocol ${version}`);
        return undefined;
      }
      case Op.FRAME:
        return this.frame(at);
      case Op.EXT1:
      case Op.EXT2:
      case Op.EXT4: {
        const code = r.uint(op === Op.EXT1 ? 1 : op === Op.EXT2 ? 2 : 4);
        if (code < 0) return this.truncated(at, op);
        this.sink.anomaly('extension-import', `ext:${code}`, at, `${opName.get(op)} at byte ${at} imports extension code ${code} from the loader's copyreg registry.`, { code, opcode: opName.get(op) }, this.ctx);
        this.push({ k: 'unknown', why: `extension code ${code}` });
        return undefined;
      }
      case Op.GET:
      case Op.BINGET:
      case Op.LONG_BINGET: {
        const key = this.memoKey(at, op);
        if (key === undefined) return 'eof';
        const value = this.memo.get(key);
        // A key missing because the memo was full is our limit, not a broken stream.
        if (value === undefined && !this.memo.dropped) this.fail(at, `memo key ${key} was never stored`);
        this.push(value ?? (this.memo.dropped ? LOST : UNDERFLOW));
        return undefined;
      }
      case Op.PUT:
      case Op.BINPUT:
      case Op.LONG_BINPUT: {
        const key = this.memoKey(at, op);
        if (key === undefined) return 'eof';
        const value = this.top(at, op);
        if (key >= 0) this.memo.set(key, value);
        return undefined;
      }
      case Op.MEMOIZE:
        this.memo.set(this.memo.size, this.top(at, op));
        return undefined;
      default:
        return this.invalid(at, `byte 0x${op.toString(16).padStart(2, '0')} is not a pickle opcode`);
    }
  }

  // --- stack helpers ---------------------------------------------------------------------

  private push(value: Sym): void {
    this.stack.push(value);
  }

  private pop(at: number, op: number): Sym {
    const value = this.stack.pop();
    if (value !== undefined) return value;
    this.fail(at, `${opName.get(op)} pops an empty stack`);
    return UNDERFLOW;
  }

  private top(at: number, op: number): Sym {
    const value = this.stack.top();
    if (value !== undefined) return value;
    this.fail(at, `${opName.get(op)} needs a value on an empty stack`);
    return UNDERFLOW;
  }

  private discardMark(at: number, op: number): number {
    const count = this.stack.discardMark();
    if (count >= 0) return count;
    this.fail(at, `${opName.get(op)} without a MARK`);
    return 0;
  }

  private popMark(at: number, op: number): { items: Sym[]; count: number } {
    const popped = this.stack.popMark();
    if (popped) return popped;
    this.fail(at, `${opName.get(op)} without a MARK`);
    return { items: [], count: 0 };
  }

  // --- arguments -------------------------------------------------------------------------

  private invalid(at: number, reason: string): 'invalid' {
    this.fail(at, reason);
    return 'invalid';
  }

  private truncated(at: number, op: number): 'eof' {
    this.fail(at, `the data ends inside ${opName.get(op)}`);
    return 'eof';
  }

  private line(at: number, op: number): string | undefined {
    const line = this.r.line(LINE_KEEP);
    if (line === undefined) {
      this.truncated(at, op);
      return undefined;
    }
    return utf8(line.bytes);
  }

  private memoKey(at: number, op: number): number | undefined {
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

  private payload(at: number, op: number, width: number, kind: PayloadKind | 'skip'): 'eof' | undefined {
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

  private pushText(text: string, at: number): void {
    if (text.length >= 8 && looksLikePickle(latin1Head(text))) this.hooks.nested({ at, length: text.length, bytes: latin1Head(text, Infinity) });
    this.push(text.length > MAX_KEPT_STRING ? { k: 'text', head: text.slice(0, MAX_KEPT_STRING), length: text.length } : text);
  }

  // --- imports and frames ----------------------------------------------------------------

  private globalOp(at: number, op: number): 'eof' | undefined {
    const module = this.line(at, op);
    if (module === undefined) return 'eof';
    const name = this.line(at, op);
    if (name === undefined) return 'eof';
    const via = op === Op.GLOBAL ? 'GLOBAL' : 'INST';
    const ref = this.globalRef(module, name, at, via);
    if (op === Op.GLOBAL) {
      this.push(ref);
      return undefined;
    }
    const popped = this.popMark(at, op);
    this.push(callValue(this, ref, { k: 'tuple', items: popped.items, length: popped.count }, at, 'INST'));
    return undefined;
  }

  // Judge an import and return its reference; references are shared per global so a stream
  // that imports one name millions of times does not allocate (or retain) one object each.
  private globalRef(module: string, name: string, at: number, via: string): GlobalSym {
    const verdict = this.sink.global(module, name, at, via, this.ctx);
    const key = `${module}\u0000${name}`;
    let ref = this.refs.get(key);
    if (ref === undefined) {
      ref = { k: 'global', module, name, offset: at, allowed: verdict.level === 'allowed' };
      if (this.refs.size < 10_000) this.refs.set(key, ref);
    }
    return ref;
  }

  private stackGlobal(at: number): void {
    const name = this.pop(at, Op.STACK_GLOBAL);
    const module = this.pop(at, Op.STACK_GLOBAL);
    if (typeof module === 'string' && typeof name === 'string') {
      this.push(this.globalRef(module, name, at, 'STACK_GLOBAL'));
      return;
    }
    const computed = (v: Sym) => typeof v === 'object' && (v.k === 'unknown' || v.k === 'object' || v.k === 'text' || v.k === 'global' || v.k === 'module');
    if (computed(module) || computed(name)) {
      const shown = `${describe(module)}, ${describe(name)}`;
      this.sink.anomaly('dynamic-import', `stack-global:${shown}`, at, `STACK_GLOBAL at byte ${at} imports from operands that are not literal strings: ${shown}.`, { module: describe(module), name: describe(name) }, this.ctx);
    } else {
      this.fail(at, 'STACK_GLOBAL requires two str operands');
    }
    this.push({ k: 'unknown', why: 'dynamic import' });
  }

  private frame(at: number): 'eof' | undefined {
    const length = this.r.uint(8);
    if (length < 0) return this.truncated(at, Op.FRAME);
    if (this.frameEnd >= 0 && at !== this.frameEnd) {
      this.sink.anomaly('frame-length', `frame-nested:${at}`, at, `A FRAME starts at byte ${at}, before the previous frame ends at byte ${this.frameEnd}.`, { frameEnd: this.frameEnd }, this.ctx);
    }
    const remaining = this.r.remaining();
    if (length > remaining) {
      this.sink.anomaly('frame-length', `frame-long:${at}`, at, `The FRAME at byte ${at} declares ${length} bytes but only ${remaining} remain.`, { declared: length, remaining }, this.ctx);
    }
    this.frameEnd = length > remaining ? -1 : this.r.pos + length;
    return undefined;
  }
}

const NUMBER_LINES: Readonly<Record<number, RegExp>> = {
  [Op.INT]: /^\s*[+-]?\d[\d_]*\s*$/,
  [Op.LONG]: /^\s*[+-]?\d[\d_]*L?\s*$/,
  [Op.FLOAT]: /^\s*[+-]?(\d[\d_]*\.?[\d_]*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|nan|inf|infinity)\s*$/i,
};

function latin1Head(text: string, max = 256): Uint8Array {
  const n = Math.min(text.length, max);
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) out[k] = text.charCodeAt(k) & 0xff;
  return out;
}
