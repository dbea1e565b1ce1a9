import { Op } from '../opcodes.js';

const enc = new TextEncoder();

function le(value: number | bigint, width: number): number[] {
  let v = BigInt(value);
  const out: number[] = [];
  for (let k = 0; k < width; k++) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
  return out;
}

/**
 * Emits chosen pickle opcodes byte by byte, for fixtures: benign streams, every published
 * bypass, and deliberately broken ones. Nothing here validates: a test can write any stream.
 *
 * @example
 * const bytes = new PickleWriter().proto(4).shortBinUnicode('os').shortBinUnicode('system')
 *   .stackGlobal().shortBinUnicode('true').tuple1().reduce().stop().bytes();
 */
export class PickleWriter {
  private readonly out: number[] = [];

  /** The stream so far. */
  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }

  /** Current length (for FRAME sizes and offsets). */
  get length(): number {
    return this.out.length;
  }

  /** Raw bytes, as they are. */
  raw(bytes: ArrayLike<number> | string): this {
    const data = typeof bytes === 'string' ? enc.encode(bytes) : bytes;
    for (let k = 0; k < data.length; k++) this.out.push(data[k]! & 0xff);
    return this;
  }

  /** One opcode with optional argument bytes. */
  op(code: number, ...arg: number[]): this {
    this.out.push(code, ...arg);
    return this;
  }

  private line(code: number, text: string): this {
    return this.op(code).raw(text).op(0x0a);
  }

  private counted(code: number, width: number, data: Uint8Array): this {
    return this.op(code, ...le(data.length, width)).raw(data);
  }

  proto(version: number): this { return this.op(Op.PROTO, version); }
  frame(length: number): this { return this.op(Op.FRAME, ...le(length, 8)); }
  stop(): this { return this.op(Op.STOP); }
  mark(): this { return this.op(Op.MARK); }
  pop(): this { return this.op(Op.POP); }
  popMark(): this { return this.op(Op.POP_MARK); }
  dup(): this { return this.op(Op.DUP); }
  none(): this { return this.op(Op.NONE); }
  newTrue(): this { return this.op(Op.NEWTRUE); }
  newFalse(): this { return this.op(Op.NEWFALSE); }

  /** GLOBAL `module\nname\n` (protocols 0–3 style). */
  global(module: string, name: string): this { return this.op(Op.GLOBAL).raw(`${module}\n${name}\n`); }
  /** INST `module\nname\n`: calls the global with the items above the last MARK. */
  inst(module: string, name: string): this { return this.op(Op.INST).raw(`${module}\n${name}\n`); }
  stackGlobal(): this { return this.op(Op.STACK_GLOBAL); }

  /** Protocol-0 INT line. */
  int(value: number): this { return this.line(Op.INT, String(value)); }
  /** The smallest binary int opcode for a non-negative value below 2^31. */
  binInt(value: number): this {
    if (value >= 0 && value < 256) return this.op(Op.BININT1, value);
    if (value >= 0 && value < 65536) return this.op(Op.BININT2, ...le(value, 2));
    return this.op(Op.BININT, ...le(value >>> 0, 4));
  }
  long(value: bigint): this { return this.line(Op.LONG, `${value}L`); }
  long1(bytes: ArrayLike<number>): this { return this.op(Op.LONG1, bytes.length).raw(bytes); }
  float(value: number): this { return this.line(Op.FLOAT, String(value)); }
  binFloat(value: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, value, false);
    return this.op(Op.BINFLOAT).raw(b);
  }

  /** Protocol-0 STRING: a quoted literal (escapes are written as given). */
  string(quoted: string): this { return this.line(Op.STRING, quoted); }
  shortBinString(text: string): this { return this.counted(Op.SHORT_BINSTRING, 1, Uint8Array.from(text, (c) => c.charCodeAt(0))); }
  binString(text: string): this { return this.counted(Op.BINSTRING, 4, Uint8Array.from(text, (c) => c.charCodeAt(0))); }
  /** Protocol-0 UNICODE line, raw-unicode-escape encoded as CPython writes it. */
  unicode(text: string): this {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (code === 0x5c || code === 0x0a || code === 0x0d || code === 0x00 || code === 0x1a || code > 0xff) {
        const hex = code.toString(16).padStart(code > 0xffff ? 8 : 4, '0');
        out.push(...enc.encode(code > 0xffff ? `\\U${hex}` : `\\u${hex}`));
      } else out.push(code);
    }
    return this.op(Op.UNICODE).raw(out).op(0x0a);
  }
  shortBinUnicode(text: string): this { return this.counted(Op.SHORT_BINUNICODE, 1, enc.encode(text)); }
  binUnicode(text: string): this { return this.counted(Op.BINUNICODE, 4, enc.encode(text)); }
  binUnicode8(text: string): this { return this.counted(Op.BINUNICODE8, 8, enc.encode(text)); }
  shortBinBytes(data: Uint8Array): this { return this.counted(Op.SHORT_BINBYTES, 1, data); }
  binBytes(data: Uint8Array): this { return this.counted(Op.BINBYTES, 4, data); }
  binBytes8(data: Uint8Array): this { return this.counted(Op.BINBYTES8, 8, data); }
  byteArray8(data: Uint8Array): this { return this.counted(Op.BYTEARRAY8, 8, data); }
  /** A length-prefixed opcode whose declared length is a lie (the payload is not written). */
  declared(code: number, width: number, length: number | bigint): this { return this.op(code, ...le(length, width)); }

  emptyDict(): this { return this.op(Op.EMPTY_DICT); }
  emptyList(): this { return this.op(Op.EMPTY_LIST); }
  emptyTuple(): this { return this.op(Op.EMPTY_TUPLE); }
  emptySet(): this { return this.op(Op.EMPTY_SET); }
  dict(): this { return this.op(Op.DICT); }
  list(): this { return this.op(Op.LIST); }
  tuple(): this { return this.op(Op.TUPLE); }
  tuple1(): this { return this.op(Op.TUPLE1); }
  tuple2(): this { return this.op(Op.TUPLE2); }
  tuple3(): this { return this.op(Op.TUPLE3); }
  frozenset(): this { return this.op(Op.FROZENSET); }
  append(): this { return this.op(Op.APPEND); }
  appends(): this { return this.op(Op.APPENDS); }
  setItem(): this { return this.op(Op.SETITEM); }
  setItems(): this { return this.op(Op.SETITEMS); }
  addItems(): this { return this.op(Op.ADDITEMS); }

  memoize(): this { return this.op(Op.MEMOIZE); }
  put(key: number): this { return this.line(Op.PUT, String(key)); }
  get(key: number): this { return this.line(Op.GET, String(key)); }
  binPut(key: number): this { return this.op(Op.BINPUT, key); }
  binGet(key: number): this { return this.op(Op.BINGET, key); }
  longBinPut(key: number): this { return this.op(Op.LONG_BINPUT, ...le(key, 4)); }
  longBinGet(key: number): this { return this.op(Op.LONG_BINGET, ...le(key, 4)); }

  reduce(): this { return this.op(Op.REDUCE); }
  build(): this { return this.op(Op.BUILD); }
  newObj(): this { return this.op(Op.NEWOBJ); }
  newObjEx(): this { return this.op(Op.NEWOBJ_EX); }
  obj(): this { return this.op(Op.OBJ); }
  persId(id: string): this { return this.line(Op.PERSID, id); }
  binPersId(): this { return this.op(Op.BINPERSID); }
  ext1(code: number): this { return this.op(Op.EXT1, code); }
  ext2(code: number): this { return this.op(Op.EXT2, ...le(code, 2)); }
  ext4(code: number): this { return this.op(Op.EXT4, ...le(code, 4)); }
  nextBuffer(): this { return this.op(Op.NEXT_BUFFER); }
  readonlyBuffer(): this { return this.op(Op.READONLY_BUFFER); }

  /** `module.name(arg)` with a str argument, the way each protocol spells it. */
  call(module: string, name: string, arg: string, protocol = 4): this {
    if (protocol >= 4) this.shortBinUnicode(module).shortBinUnicode(name).stackGlobal();
    else this.global(module, name);
    if (protocol >= 2) return this.binUnicode(arg).tuple1().reduce();
    return this.mark().string(`'${arg}'`).tuple().reduce();
  }
}
