import { argKind, HIGHEST_PROTOCOL, isOpcode, Op } from './opcodes.js';

/** What a quick structural walk of the first bytes found. */
export interface PickleShape {
  /** Opcodes walked. */
  readonly ops: number;
  /** GLOBAL, INST, STACK_GLOBAL and EXT opcodes seen before any error. */
  readonly imports: number;
  /** Reached STOP. */
  readonly stop: boolean;
  /** Hit an invalid opcode or argument (not just the end of the bytes). */
  readonly error: boolean;
  /** Started with PROTO 0–5. */
  readonly proto: boolean;
}

const NAME_LINE = /^[A-Za-z_][\w.]*$/;
const LINE_RULES: Readonly<Record<number, RegExp>> = {
  [Op.INT]: /^[+-]?\d+$/,
  [Op.LONG]: /^[+-]?\d+L?$/,
  [Op.FLOAT]: /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|nan|inf|infinity)$/i,
  [Op.GET]: /^\d+$/,
  [Op.PUT]: /^\d+$/,
  [Op.STRING]: /^(['"]).*\1$/s,
};

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let k = start; k < end; k++) text += String.fromCharCode(bytes[k]!);
  return text;
}

function lineEnd(bytes: Uint8Array, from: number): number {
  const nl = bytes.indexOf(0x0a, from);
  return nl < 0 ? -1 : nl;
}

function asciiName(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 256) return false;
  return NAME_LINE.test(latin1(bytes, start, end));
}

function validLine(op: number, bytes: Uint8Array, start: number, end: number): boolean {
  const rule = LINE_RULES[op];
  if (rule === undefined) return true;
  if (end - start > 4096) return op === Op.STRING;
  return rule.test(latin1(bytes, start, end));
}

/**
 * Walk opcodes structurally (no stack, no values) over `bytes`, at most `maxOps`. Cheap enough
 * to run on every bytes value of a stream when looking for pickles hidden inside pickles.
 */
export function pickleShape(bytes: Uint8Array, maxOps = 4096): PickleShape {
  const proto = bytes.length >= 2 && bytes[0] === Op.PROTO && bytes[1]! <= HIGHEST_PROTOCOL;
  let i = 0;
  let ops = 0;
  let imports = 0;
  // 0: ran out of bytes or ops, 1: reached STOP, 2: invalid.
  let end = 0;
  while (end === 0 && i < bytes.length && ops < maxOps) {
    const op = bytes[i]!;
    if (!isOpcode(op)) {
      end = 2;
      break;
    }
    ops++;
    i++;
    if (op === Op.STOP) end = 1;
    else if (op === Op.STACK_GLOBAL || op === Op.EXT1 || op === Op.EXT2 || op === Op.EXT4) imports++;
    const next = end === 0 ? skipArgument(bytes, i, op) : i;
    if (next === -1) break;
    if (next === -2) end = 2;
    else {
      if (argKind(op) === 'lines') imports++;
      i = next;
    }
  }
  return { ops, imports, stop: end === 1, error: end === 2, proto };
}

// Position after an opcode's argument: -1 when the bytes end first, -2 when it is invalid.
function skipArgument(bytes: Uint8Array, i: number, op: number): number {
  const kind = argKind(op);
  if (kind === 0) return i;
  if (typeof kind === 'number') {
    if (op === Op.PROTO && i < bytes.length && bytes[i]! > HIGHEST_PROTOCOL) return -2;
    return i + kind;
  }
  if (kind === 'L1' || kind === 'L4' || kind === 'L8') {
    const width = kind === 'L1' ? 1 : kind === 'L4' ? 4 : 8;
    if (i + width > bytes.length) return -1;
    let len = 0;
    for (let k = width - 1; k >= 0; k--) len = len * 256 + bytes[i + k]!;
    if (width === 4 && (op === Op.BINSTRING || op === Op.LONG4) && len >= 0x80000000) return -2;
    return i + width + len;
  }
  const first = lineEnd(bytes, i);
  if (first < 0) return -1;
  if (kind === 'line') return validLine(op, bytes, i, first) ? first + 1 : -2;
  const second = lineEnd(bytes, first + 1);
  if (second < 0) return -1;
  if (!asciiName(bytes, i, first) || !asciiName(bytes, first + 1, second)) return -2;
  return second + 1;
}

/**
 * Whether the first bytes of a file or member are a pickle stream: a clean stream to STOP, an
 * import before any error, or a long valid run of opcodes (a big pickle whose head holds data).
 */
export function looksLikePickle(head: Uint8Array): boolean {
  if (head.length < 2) return false;
  const shape = pickleShape(head);
  if (shape.stop) return shape.ops >= 2;
  if (shape.imports > 0) return true;
  if (shape.error) return false;
  return shape.proto ? shape.ops >= 2 : shape.ops >= 16;
}

/**
 * Whether a bytes value found inside a pickle holds a nested pickle worth analysing: one that
 * imports something, or a complete stream with a PROTO header (it may hold further pickles).
 */
export function looksLikeNestedPickle(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || !isOpcode(bytes[0]!)) return false;
  const shape = pickleShape(bytes, 1024);
  return shape.imports > 0 || (shape.proto && !shape.error && (shape.stop || shape.ops >= 2));
}
