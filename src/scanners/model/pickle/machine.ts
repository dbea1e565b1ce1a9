import { callValue } from './gadgets.js';
import { LINE_KEEP, MachineCore, type StreamOutcome } from './machine-core.js';
import { HIGHEST_PROTOCOL, Op, opName } from './opcodes.js';
import { quotedString, rawUnicodeEscape } from './text.js';
import { dtypeWithState, JOBLIB_WRAPPER, wrapperLayout, type ArrayLayout } from './joblib-arrays.js';
import { DICT, EMPTY_TUPLE, LIST, LOST, PERSISTENT, SCALAR, SET, UNDERFLOW, describe, intSym, type Sym } from './values.js';

export type { MachineHooks, NestedCandidate, StreamOutcome } from './machine-core.js';

const MARK_LIMIT = 1_000_000;
const NUMBER_LINES: Readonly<Record<number, RegExp>> = {
  [Op.INT]: /^\s*[+-]?\d[\d_]*\s*$/,
  [Op.LONG]: /^\s*[+-]?\d[\d_]*L?\s*$/,
  [Op.FLOAT]: /^\s*[+-]?(\d[\d_]*\.?[\d_]*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|nan|inf|infinity)\s*$/i,
};

/**
 * A symbolic pickle machine: runs one stream's opcodes over {@link Sym} values, with CPython's
 * stack, mark and memo rules, and reports imports, calls and anomalies to an {@link IssueSink}.
 *
 * After the first error CPython would raise, it carries on in tolerant mode (underflows give
 * unknown values) so that a payload placed after a deliberate break is still seen; everything
 * recorded from then on is marked `afterBreak`.
 */
export class PickleMachine extends MachineCore {
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
        if (r.i < r.end || r.need(1)) this.push(intSym(r.buf[r.i++]!));
        else return this.truncated(at, op);
        return undefined;
      case Op.BININT2: {
        const v = r.uint(2);
        if (v < 0) return this.truncated(at, op);
        this.push(intSym(v));
        return undefined;
      }
      case Op.BININT: {
        const v = r.i32();
        if (v === undefined) return this.truncated(at, op);
        this.push(intSym(v));
        return undefined;
      }
      case Op.BINFLOAT:
        if (r.end - r.i >= 8) r.i += 8;
        else if (!r.skip(8)) return this.truncated(at, op);
        this.push(SCALAR);
        return undefined;
      case Op.INT:
      case Op.LONG:
      case Op.FLOAT: {
        const text = this.line(at, op);
        if (text === undefined) return 'eof';
        if (!NUMBER_LINES[op]!.test(text)) this.fail(at, `${opName.get(op)} argument ${JSON.stringify(text.slice(0, 40))} is not a number`);
        const value = op === Op.FLOAT ? NaN : Number.parseInt(text, 10);
        this.push(Number.isSafeInteger(value) ? intSym(value) : SCALAR);
        return undefined;
      }
      case Op.LONG1:
        return this.long1(at);
      case Op.LONG4:
        return this.payload(at, op, 4, 'skip');
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
        this.push(this.expectState ? { k: 'state', entries: new Map() } : DICT);
        this.expectState = false;
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
        this.pop(at, op);
        this.top(at, op);
        return undefined;
      case Op.SETITEM: {
        const value = this.pop(at, op);
        const key = this.pop(at, op);
        const target = this.top(at, op);
        if (typeof target === 'object' && target.k === 'state') addState(target.entries, key, value);
        return undefined;
      }
      case Op.SETITEMS: {
        const target = this.stack.belowMark();
        if (typeof target === 'object' && target.k === 'state') {
          const popped = this.popMark(at, op);
          for (let k = 0; k + 1 < popped.items.length; k += 2) addState(target.entries, popped.items[k]!, popped.items[k + 1]!);
          if (popped.count % 2 === 1) this.fail(at, 'SETITEMS with an odd number of items');
        } else if (this.discardMark(at, op) % 2 === 1) this.fail(at, 'SETITEMS with an odd number of items');
        this.top(at, op);
        return undefined;
      }
      case Op.APPENDS:
      case Op.ADDITEMS:
        this.discardMark(at, op);
        this.top(at, op);
        return undefined;
      case Op.BUILD:
        return this.build(at);
      case Op.GLOBAL:
      case Op.INST:
        return this.globalOp(at, op);
      case Op.STACK_GLOBAL:
        this.stackGlobal(at);
        return undefined;
      case Op.REDUCE: {
        const args = this.pop(at, op);
        const fn = this.pop(at, op);
        this.push(this.called(callValue(this, fn, args, at, 'REDUCE')));
        return undefined;
      }
      case Op.NEWOBJ:
      case Op.NEWOBJ_EX: {
        if (op === Op.NEWOBJ_EX) this.pop(at, op);
        const args = this.pop(at, op);
        const cls = this.pop(at, op);
        this.push(this.called(callValue(this, cls, args, at, opName.get(op)!)));
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
        this.push(this.called(callValue(this, cls!, { k: 'tuple', items: rest, length: popped.count - 1 }, at, 'OBJ')));
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

  // A call's result; a joblib array wrapper makes the next EMPTY_DICT its tracked state.
  private called(value: Sym): Sym {
    if (typeof value === 'object' && value.k === 'object' && value.of === JOBLIB_WRAPPER) this.expectState = true;
    return value;
  }

  private long1(at: number): 'eof' | undefined {
    const n = this.r.u8();
    if (n < 0 || !this.r.need(n)) return this.truncated(at, Op.LONG1);
    let value = 0;
    for (let k = n - 1; k >= 0; k--) value = value * 256 + this.r.buf[this.r.i + k]!;
    if (n > 0 && this.r.buf[this.r.i + n - 1]! >= 0x80) value -= 2 ** (8 * n);
    this.r.i += n;
    this.push(n <= 6 ? intSym(value) : SCALAR);
    return undefined;
  }

  private build(at: number): 'eof' | 'opaque' | undefined {
    const state = this.pop(at, Op.BUILD);
    const target = this.top(at, Op.BUILD);
    if (typeof target !== 'object') return undefined;
    if (target.k === 'global') {
      const q = `${target.module}.${target.name}`;
      this.sink.anomaly('state-tampering', `build:${q}`, at, `BUILD at byte ${at} applies ${describe(state)} to ${q} itself, not to an instance.`, { target: q, state: describe(state) }, this.ctx);
    } else if (target.k === 'dtype') {
      this.stack.replaceTop(dtypeWithState(target, state));
    } else if (target.k === 'object' && target.of === JOBLIB_WRAPPER && typeof state === 'object' && state.k === 'state') {
      return this.joblibArray(at, wrapperLayout(state.entries));
    }
    return undefined;
  }

  // The array bytes joblib writes right after the wrapper: outside any frame, after an
  // optional alignment padding (one length byte, then that many bytes), or a whole pickle.
  private joblibArray(at: number, layout: ArrayLayout): 'eof' | 'opaque' | undefined {
    if (this.frameEnd === this.r.pos) this.frameEnd = -1;
    if (layout.kind === 'unknown') {
      this.opaqueReason = `joblib array data at byte ${this.r.pos} follows a wrapper whose size is unknown (${layout.why})`;
      return 'opaque';
    }
    if (layout.kind === 'pickle') {
      const inner = new PickleMachine(this.r, { ...this.hooks, nestedAt: this.r.pos }).run();
      if (inner.end === 'stop') return undefined;
      this.fail(inner.breakAt ?? this.r.pos, `the object array pickled after the joblib wrapper at byte ${at} breaks (${inner.breakReason ?? 'invalid data'})`);
      return 'eof';
    }
    if (layout.aligned) {
      const padding = this.r.u8();
      if (padding < 0 || !this.r.skip(padding)) return this.truncated(at, Op.BUILD);
    }
    if (layout.bytes > this.r.remaining() || !this.r.skip(layout.bytes)) {
      this.fail(at, `the joblib array after byte ${at} declares ${layout.bytes} bytes, more than remain`);
      return 'eof';
    }
    return undefined;
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

// Record one `key: value` of a tracked state dict (string keys only, at most 32).
function addState(entries: Map<string, Sym>, key: Sym, value: Sym): void {
  if (typeof key === 'string' && entries.size < 32) entries.set(key, value);
}
