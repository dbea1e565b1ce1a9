/**
 * Recognise Python pickles. Protocols 2 to 5 start with the PROTO opcode (0x80, version).
 * Protocols 0 and 1 have no header and protocol 0 is plain ASCII, so they are recognised by
 * walking their opcodes with a small stack model: every byte must be a valid opcode with
 * well-formed arguments, and the stack must stay consistent. Nothing is ever executed or
 * built; only counts are tracked.
 *
 * @see https://github.com/python/cpython/blob/main/Lib/pickletools.py (opcode table)
 */

/** Whether `head` starts like a pickle of protocol 2 or later. */
export function isBinaryPickleHeader(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5;
}

/** Most opcodes walked; a real pickle shows its nature long before. */
const maxOpcodes = 4096;

/** Opcodes of protocols 0 and 1, by the change they make to the stack. */
const pushes = new Set('NI LFSVgh j c}])KJMGTUXP'.replace(/ /g, ''));
const lineArg: Record<string, RegExp> = {
  I: /^[-+]?\d+$/,
  L: /^[-+]?\d+L?$/,
  F: /^[-+]?(\d+\.?\d*([eE][-+]?\d+)?|inf|nan)$/i,
  S: /^(['"]).*\1$/,
  V: /^[^\n]*$/,
  P: /^[ -~]+$/,
  g: /^\d+$/,
  p: /^\d+$/,
};
const identifier = /^[A-Za-z_][\w.]*$/;
const fixedArg: Record<string, number> = { h: 1, q: 1, K: 1, M: 2, j: 4, r: 4, J: 4, G: 8 };

/**
 * Whether `head` is a protocol 0 or 1 pickle: its opcodes parse and reach STOP with a single
 * value left. When `head` is only the start of a larger file (`complete` false), a long
 * consistent run of opcodes to the end of `head` is accepted too.
 */
export function looksLikeLegacyPickle(head: Uint8Array, complete: boolean, depth = 0): boolean {
  // Frames of the stack model: counts of items above each MARK (index 0 is the bottom).
  const frames = [0];
  let pos = 0;
  let ops = 0;
  let pushed = 0;
  const top = (): number => frames[frames.length - 1]!;
  const add = (n: number): boolean => {
    const next = top() + n;
    if (next < 0) return false;
    frames[frames.length - 1] = next;
    return true;
  };
  const popMark = (): boolean => {
    if (frames.length < 2) return false;
    frames.pop();
    return true;
  };
  while (pos < head.length && ops < maxOpcodes) {
    const op = String.fromCharCode(head[pos]!);
    pos++;
    ops++;
    const arg = readArgument(op, head, pos);
    if (arg === 'invalid') return false;
    if (arg === 'truncated') return !complete && ops > 16 && pushed >= 4;
    pos = arg;
    // Four opcodes at least: GLOBAL, EMPTY_TUPLE, REDUCE, STOP is the shortest call; three-word
    // prose ("Mauris a.") parses as BININT2, LONG_BINPUT, STOP.
    if (op === '.') return ops >= 4 && frames.length === 1 && top() === 1 && endsCleanly(head, pos, complete, depth);
    if (!applyOpcode(op, { add, popMark, top, frames })) return false;
    if (pushes.has(op)) pushed++;
  }
  // Thousands of consistent opcodes are a pickle whatever follows.
  if (ops >= maxOpcodes) return pushed >= 4;
  // No STOP in view: accept only a long, consistent run over the whole of a partial head.
  return !complete && ops > 16 && pushed >= 4;
}

/**
 * What may follow a headerless pickle's STOP: the end of the data (or white space), or another
 * pickle. Prose such as "Mauris a. Fusce." parses as three opcodes up to its first full stop;
 * the text after it is what gives it away.
 */
function endsCleanly(head: Uint8Array, pos: number, complete: boolean, depth: number): boolean {
  const rest = head.subarray(pos);
  if (rest.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) return true;
  if (rest[0] === 0x80) return isBinaryPickleHeader(rest);
  // Several pickles in a row are a pickle stream; eight in view are enough to say so.
  return depth >= 8 || looksLikeLegacyPickle(rest, complete, depth + 1);
}

interface StackModel {
  add(n: number): boolean;
  popMark(): boolean;
  top(): number;
  frames: number[];
}

function applyOpcode(op: string, s: StackModel): boolean {
  if (pushes.has(op)) return s.add(1);
  switch (op) {
    case '(':
      s.frames.push(0);
      return true;
    case 'p':
    case 'q':
    case 'r':
    case 'Q':
      return s.top() >= 1;
    case '0':
      return s.add(-1);
    case '2':
      return s.top() >= 1 && s.add(1);
    case '1':
      return s.popMark();
    case 'a':
    case 'b':
    case 'R':
      return s.top() >= 2 && s.add(-1);
    case 's':
      return s.top() >= 3 && s.add(-2);
    case 'e':
    case 'u':
      // APPENDS / SETITEMS pop to the mark and need the container below it.
      return s.popMark() && s.top() >= 1;
    case 'd':
    case 'l':
    case 't':
    case 'i':
      return s.popMark() && s.add(1);
    case 'o':
      return s.top() >= 1 && s.popMark() && s.add(1);
    default:
      return false;
  }
}

/** Position after the opcode's argument, or why it cannot be read. */
function readArgument(op: string, head: Uint8Array, pos: number): number | 'invalid' | 'truncated' {
  const lineRule = lineArg[op];
  if (lineRule) return readLines(head, pos, 1, (line) => lineRule.test(line));
  if (op === 'c' || op === 'i') return readLines(head, pos, 2, (line) => identifier.test(line));
  const fixed = fixedArg[op];
  if (fixed !== undefined) return pos + fixed <= head.length ? pos + fixed : 'truncated';
  if (op === 'U') return sized(head, pos, 1);
  if (op === 'T' || op === 'X') return sized(head, pos, 4);
  return '(.012NRabdelostu}])Q'.includes(op) ? pos : 'invalid';
}

function readLines(head: Uint8Array, pos: number, count: number, valid: (line: string) => boolean): number | 'invalid' | 'truncated' {
  let at = pos;
  for (let n = 0; n < count; n++) {
    const end = head.indexOf(0x0a, at);
    if (end < 0) return 'truncated';
    let line = '';
    for (let i = at; i < end; i++) line += String.fromCharCode(head[i]!);
    if (!valid(line)) return 'invalid';
    at = end + 1;
  }
  return at;
}

function sized(head: Uint8Array, pos: number, width: 1 | 4): number | 'truncated' {
  if (pos + width > head.length) return 'truncated';
  const length = width === 1 ? head[pos]! : (head[pos]! | (head[pos + 1]! << 8) | (head[pos + 2]! << 16) | (head[pos + 3]! << 24)) >>> 0;
  const end = pos + width + length;
  return end <= head.length ? end : 'truncated';
}
