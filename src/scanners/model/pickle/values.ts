/**
 * Symbolic values of the pickle machine. Nothing is ever constructed: a value says only what
 * the analysis needs (the text of a string, which global a reference names, what a call did).
 *
 * A JS string stands for a Python `str` whose whole text is known. Everything else is an object
 * with a kind `k`. Data the analysis never needs (numbers, None, containers) is shared constants,
 * so an opcode-dense stream allocates almost nothing per opcode.
 */
export type Sym = string | SymObj;

/** The object kinds of {@link Sym}. */
export type SymObj =
  | { readonly k: 'scalar' }
  | { readonly k: 'text'; readonly head: string; readonly length: number }
  | { readonly k: 'bytes'; readonly length: number; readonly preview: string; readonly text?: string }
  | { readonly k: 'tuple'; readonly items: readonly Sym[]; readonly length: number }
  | { readonly k: 'list' | 'dict' | 'set' | 'persistent' }
  | { readonly k: 'global'; readonly module: string; readonly name: string; readonly offset: number; readonly allowed: boolean }
  | { readonly k: 'module'; readonly name: string }
  | { readonly k: 'object'; readonly of: string; readonly offset: number }
  | { readonly k: 'getter'; readonly names: readonly string[]; readonly method: boolean }
  | { readonly k: 'partial'; readonly fn: Sym }
  | { readonly k: 'unknown'; readonly why: string }
  | { readonly k: 'int'; readonly v: number }
  | { readonly k: 'dtype'; readonly type: string; readonly itemsize: number; readonly object: boolean }
  | { readonly k: 'state'; readonly entries: Map<string, Sym> };

/** A global reference. */
export type GlobalSym = Extract<SymObj, { k: 'global' }>;

/** int, float, bool, None: their values never matter to the analysis. */
export const SCALAR: SymObj = Object.freeze({ k: 'scalar' });
/** Bytes whose content never matters (not a nested pickle, too long to preview). */
export const BYTES: SymObj = Object.freeze({ k: 'bytes', length: -1, preview: '' });
/** A list (mutable containers: their contents are not tracked). */
export const LIST: SymObj = Object.freeze({ k: 'list' });
/** A dict (contents not tracked). */
export const DICT: SymObj = Object.freeze({ k: 'dict' });
/** A set or frozenset (contents not tracked). */
export const SET: SymObj = Object.freeze({ k: 'set' });
/** The empty tuple. */
export const EMPTY_TUPLE: SymObj = Object.freeze({ k: 'tuple', items: [], length: 0 });
/** What a persistent id resolves to (PyTorch storages): the loader's own object. */
export const PERSISTENT: SymObj = Object.freeze({ k: 'persistent' });
/** The result of a call on an allowed global: an ordinary object. */
export const OPAQUE: SymObj = Object.freeze({ k: 'object', of: '', offset: -1 });
/** A str memoised as data: its text cannot name a module or attribute, so it is not kept. */
export const DATA_TEXT: SymObj = Object.freeze({ k: 'text', head: '', length: -1 });
/** A value the analysis dropped to stay within its memory budget. */
export const LOST: SymObj = Object.freeze({ k: 'unknown', why: 'dropped to stay within the memory budget' });
/** A value read from below the stack (a broken stream analysed on in tolerant mode). */
export const UNDERFLOW: SymObj = Object.freeze({ k: 'unknown', why: 'read from an empty stack' });

/** Longest str kept whole; longer ones keep only their start. */
export const MAX_KEPT_STRING = 1024;
/** Items of a tuple kept for evidence and argument analysis. */
export const MAX_KEPT_ITEMS = 16;

const SMALL_INTS: readonly SymObj[] = Array.from({ length: 258 }, (_, k) => Object.freeze({ k: 'int', v: k - 1 }));

/** An int value (shared objects for -1…256, the ones pickles push most). */
export function intSym(v: number): SymObj {
  return v >= -1 && v <= 256 ? SMALL_INTS[v + 1]! : { k: 'int', v };
}

/** Whether a value can hold a reference to code (so it must be kept when data is dropped). */
export function isInert(value: Sym): boolean {
  if (typeof value === 'string') return true;
  switch (value.k) {
    case 'scalar':
    case 'int':
    case 'dtype':
    case 'state':
    case 'text':
    case 'bytes':
    case 'list':
    case 'dict':
    case 'set':
    case 'persistent':
      return true;
    case 'object':
      return value === OPAQUE;
    case 'tuple':
      return value.items.every(isInert);
    default:
      return false;
  }
}

/** A short, printable rendering of a value for evidence (never the whole payload). */
export function describe(value: Sym, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  switch (value.k) {
    case 'scalar':
      return '<number>';
    case 'text':
      return value.length < 0 ? '<str>' : `${JSON.stringify(value.head.slice(0, 60))}… (${value.length} chars)`;
    case 'bytes':
      return value.length < 0 ? "b'…'" : `b${JSON.stringify(value.preview)}${value.length > value.preview.length ? `… (${value.length} bytes)` : ''}`;
    case 'tuple':
      if (depth > 2) return '(…)';
      return `(${value.items.map((v) => describe(v, depth + 1)).join(', ')}${value.length > value.items.length ? ', …' : ''}${value.length === 1 ? ',' : ''})`;
    case 'list':
      return '[…]';
    case 'dict':
      return '{…}';
    case 'set':
      return '{…}';
    case 'persistent':
      return '<persistent id>';
    case 'global':
      return `${value.module}.${value.name}`;
    case 'module':
      return `<module ${value.name}>`;
    case 'object':
      return value.of ? `<result of ${value.of}>` : '<object>';
    case 'getter':
      return `<${value.method ? 'methodcaller' : 'attrgetter'} ${value.names.join(', ')}>`;
    case 'partial':
      return `<partial ${describe(value.fn, depth + 1)}>`;
    case 'unknown':
      return '<unknown>';
    case 'int':
      return String(value.v);
    case 'dtype':
      return `dtype(${JSON.stringify(value.type)})`;
    case 'state':
      return '{…}';
  }
}

/** A printable preview of bytes (latin-1, control bytes escaped). */
export function previewBytes(bytes: Uint8Array, max = 48): string {
  let out = '';
  const n = Math.min(bytes.length, max);
  for (let k = 0; k < n; k++) {
    const b = bytes[k]!;
    out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}
