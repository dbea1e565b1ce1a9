/**
 * The pickle opcodes of protocols 0–5, as CPython's `pickletools` documents them.
 *
 * @see https://github.com/python/cpython/blob/main/Lib/pickletools.py
 */
export const Op = {
  MARK: 0x28, // (
  STOP: 0x2e, // .
  POP: 0x30, // 0
  POP_MARK: 0x31, // 1
  DUP: 0x32, // 2
  FLOAT: 0x46, // F  text line
  INT: 0x49, // I  text line
  BININT: 0x4a, // J  4 bytes
  BININT1: 0x4b, // K  1 byte
  LONG: 0x4c, // L  text line
  BININT2: 0x4d, // M  2 bytes
  NONE: 0x4e, // N
  PERSID: 0x50, // P  text line
  BINPERSID: 0x51, // Q
  REDUCE: 0x52, // R
  STRING: 0x53, // S  text line (quoted)
  BINSTRING: 0x54, // T  4-byte length
  SHORT_BINSTRING: 0x55, // U  1-byte length
  UNICODE: 0x56, // V  text line (raw-unicode-escape)
  BINUNICODE: 0x58, // X  4-byte length
  APPEND: 0x61, // a
  BUILD: 0x62, // b
  GLOBAL: 0x63, // c  two text lines
  DICT: 0x64, // d
  EMPTY_DICT: 0x7d, // }
  APPENDS: 0x65, // e
  GET: 0x67, // g  text line
  BINGET: 0x68, // h  1 byte
  INST: 0x69, // i  two text lines
  LONG_BINGET: 0x6a, // j  4 bytes
  LIST: 0x6c, // l
  EMPTY_LIST: 0x5d, // ]
  OBJ: 0x6f, // o
  PUT: 0x70, // p  text line
  BINPUT: 0x71, // q  1 byte
  LONG_BINPUT: 0x72, // r  4 bytes
  SETITEM: 0x73, // s
  TUPLE: 0x74, // t
  EMPTY_TUPLE: 0x29, // )
  SETITEMS: 0x75, // u
  BINFLOAT: 0x47, // G  8 bytes
  // protocol 2
  PROTO: 0x80,
  NEWOBJ: 0x81,
  EXT1: 0x82,
  EXT2: 0x83,
  EXT4: 0x84,
  TUPLE1: 0x85,
  TUPLE2: 0x86,
  TUPLE3: 0x87,
  NEWTRUE: 0x88,
  NEWFALSE: 0x89,
  LONG1: 0x8a,
  LONG4: 0x8b,
  // protocol 3
  BINBYTES: 0x42, // B  4-byte length
  SHORT_BINBYTES: 0x43, // C  1-byte length
  // protocol 4
  SHORT_BINUNICODE: 0x8c,
  BINUNICODE8: 0x8d,
  BINBYTES8: 0x8e,
  EMPTY_SET: 0x8f,
  ADDITEMS: 0x90,
  FROZENSET: 0x91,
  NEWOBJ_EX: 0x92,
  STACK_GLOBAL: 0x93,
  MEMOIZE: 0x94,
  FRAME: 0x95,
  // protocol 5
  BYTEARRAY8: 0x96,
  NEXT_BUFFER: 0x97,
  READONLY_BUFFER: 0x98,
} as const;

/** Opcode byte → name, for evidence and messages. */
export const opName: ReadonlyMap<number, string> = new Map(Object.entries(Op).map(([name, code]) => [code, name]));

/** Whether a byte is a pickle opcode of any protocol. */
export function isOpcode(byte: number): boolean {
  return opName.has(byte);
}

/** The highest protocol CPython knows; PROTO with a larger number makes `pickle.load` fail. */
export const HIGHEST_PROTOCOL = 5;

/**
 * How an opcode's argument is encoded: `0` none, `1`/`2`/`4`/`8` a fixed-width integer,
 * `L1`/`L4`/`L8` a length prefix of that width then that many bytes, `line` one text line,
 * `lines` two text lines (GLOBAL, INST).
 */
export type ArgKind = 0 | 1 | 2 | 4 | 8 | 'L1' | 'L4' | 'L8' | 'line' | 'lines';

const argKinds: Record<number, ArgKind> = {
  [Op.BININT]: 4, [Op.BININT1]: 1, [Op.BININT2]: 2, [Op.BINGET]: 1, [Op.LONG_BINGET]: 4, [Op.BINPUT]: 1, [Op.LONG_BINPUT]: 4,
  [Op.BINFLOAT]: 8, [Op.PROTO]: 1, [Op.EXT1]: 1, [Op.EXT2]: 2, [Op.EXT4]: 4, [Op.FRAME]: 8,
  [Op.SHORT_BINSTRING]: 'L1', [Op.SHORT_BINBYTES]: 'L1', [Op.SHORT_BINUNICODE]: 'L1', [Op.LONG1]: 'L1',
  [Op.BINSTRING]: 'L4', [Op.BINUNICODE]: 'L4', [Op.BINBYTES]: 'L4', [Op.LONG4]: 'L4',
  [Op.BINUNICODE8]: 'L8', [Op.BINBYTES8]: 'L8', [Op.BYTEARRAY8]: 'L8',
  [Op.FLOAT]: 'line', [Op.INT]: 'line', [Op.LONG]: 'line', [Op.PERSID]: 'line', [Op.STRING]: 'line', [Op.UNICODE]: 'line', [Op.GET]: 'line', [Op.PUT]: 'line',
  [Op.GLOBAL]: 'lines', [Op.INST]: 'lines',
};

/** The argument encoding of an opcode (0 for opcodes without argument). */
export function argKind(op: number): ArgKind {
  return argKinds[op] ?? 0;
}
