import type { EventContext, IssueSink } from './issues.js';
import { dtypeOf, JOBLIB_WRAPPER } from './joblib-arrays.js';
import { describe, MAX_KEPT_STRING, OPAQUE, UNDERFLOW, type GlobalSym, type Sym } from './values.js';

/** What a call needs from the machine: the sink, the current context, and error reporting. */
export interface CallSite {
  readonly sink: IssueSink;
  readonly ctx: EventContext;
  /** Record that CPython would raise here. */
  fail(at: number, reason: string): void;
}

const GETATTR = new Set(['builtins.getattr', '__builtin__.getattr']);
const IMPORTERS = new Set(['builtins.__import__', '__builtin__.__import__', 'importlib.import_module', 'importlib.__import__']);
const RESOLVERS = new Set(['pkgutil.resolve_name', 'pydoc.locate']);
const PARTIALS = new Set(['functools.partial', 'functools.partialmethod']);
const MAX_DEPTH = 8;

function items(args: Sym): readonly Sym[] {
  return typeof args === 'object' && args.k === 'tuple' ? args.items : [];
}

function globalSym(module: string, name: string, offset: number, allowed: boolean): GlobalSym {
  return { k: 'global', module, name, offset, allowed };
}

/**
 * The value of calling `fn` with `args` (REDUCE, OBJ, INST, NEWOBJ): nothing runs, but calls
 * of non-allowed globals are recorded as evidence, and the gadgets that turn strings into code
 * references (getattr, __import__, attrgetter, partial, resolve_name) are followed so that
 * what they reach is judged like a direct import.
 */
export function callValue(site: CallSite, fn: Sym, args: Sym, at: number, via: string, depth = 0): Sym {
  if (typeof fn === 'string') {
    site.fail(at, `${via} calls a string, which is not callable`);
    return UNDERFLOW;
  }
  switch (fn.k) {
    case 'global': {
      if (fn.allowed) return allowedResult(`${fn.module}.${fn.name}`, items(args), at);
      const qualified = `${fn.module}.${fn.name}`;
      site.sink.call(qualified, `${qualified}${describe(args)}`);
      return gadget(site, qualified, args, at) ?? { k: 'object', of: qualified, offset: at };
    }
    case 'getter': {
      let value = items(args)[0] ?? UNDERFLOW;
      for (const name of fn.names) value = attribute(site, value, name, at, fn.method ? 'operator.methodcaller' : 'operator.attrgetter');
      return fn.method ? callValue(site, value, { k: 'tuple', items: [], length: 0 }, at, via, depth + 1) : value;
    }
    case 'partial':
      return depth < MAX_DEPTH ? callValue(site, fn.fn, args, at, via, depth + 1) : UNDERFLOW;
    case 'object':
    case 'module':
      site.sink.anomaly('computed-call', `call:${describe(fn)}`, at, `${via} at byte ${at} calls ${describe(fn)}, a value computed while loading rather than a named global.`, { callee: describe(fn), opcode: via }, site.ctx);
      return { k: 'object', of: describe(fn), offset: at };
    case 'unknown':
      // Already reported where it arose (dynamic import, broken stream).
      return fn;
    default:
      site.fail(at, `${via} calls ${describe(fn)}, which is not callable`);
      return UNDERFLOW;
  }
}

function gadget(site: CallSite, qualified: string, args: Sym, at: number): Sym | undefined {
  const list = items(args);
  const first = list[0];
  if (GETATTR.has(qualified) && list[1] !== undefined && typeof list[1] === 'string' && first !== undefined) {
    return attribute(site, first, list[1], at, qualified);
  }
  if (IMPORTERS.has(qualified) && typeof first === 'string') return { k: 'module', name: first };
  if (RESOLVERS.has(qualified) && typeof first === 'string') {
    const colon = first.indexOf(':');
    const dot = first.lastIndexOf('.');
    const [module, name] = colon > 0 ? [first.slice(0, colon), first.slice(colon + 1)] : dot > 0 ? [first.slice(0, dot), first.slice(dot + 1)] : [first, ''];
    const verdict = site.sink.global(module, name, at, qualified, site.ctx);
    return globalSym(module, name, at, verdict.level === 'allowed');
  }
  if (qualified === 'operator.attrgetter') {
    const names = list.filter((v): v is string => typeof v === 'string').flatMap((n) => n.split('.'));
    return names.length > 0 ? { k: 'getter', names, method: false } : undefined;
  }
  if (qualified === 'operator.methodcaller' && typeof first === 'string') return { k: 'getter', names: [first], method: true };
  if (PARTIALS.has(qualified) && first !== undefined) return { k: 'partial', fn: first };
  return textOf(qualified, list);
}

// What a call of an allowed global returns: an ordinary object, except the few whose result
// the analysis needs (strings, NumPy dtypes, joblib's array wrapper).
function allowedResult(qualified: string, list: readonly Sym[], at: number): Sym {
  if (qualified === JOBLIB_WRAPPER) return { k: 'object', of: qualified, offset: at };
  if (qualified === 'numpy.dtype') return dtypeOf(list[0]) ?? OPAQUE;
  return textOf(qualified, list) ?? OPAQUE;
}

const TO_STR = new Set(['builtins.str', '__builtin__.str', '__builtin__.unicode']);
const TO_BYTES = new Set(['_codecs.encode', 'codecs.encode']);
const CONCAT = new Set(['operator.add', 'operator.concat', '_operator.add', '_operator.concat']);

/**
 * Strings assembled while loading by callables whose result we can know: `str(x)`,
 * `str(b'..', encoding)`, `_codecs.encode(s, 'latin1')`, `operator.add(a, b)`. The result can
 * then feed STACK_GLOBAL or getattr and be judged by what it names.
 */
function textOf(qualified: string, list: readonly Sym[]): Sym | undefined {
  const [a, b] = list;
  const text = (v: Sym | undefined): string | undefined => (typeof v === 'string' ? v : typeof v === 'object' && v.k === 'bytes' ? v.text : undefined);
  if (TO_STR.has(qualified)) return typeof a === 'string' ? a : typeof a === 'object' && a.k === 'bytes' && b !== undefined ? text(a) : undefined;
  if (TO_BYTES.has(qualified) && typeof a === 'string' && a.length <= 256) return { k: 'bytes', length: a.length, preview: a.slice(0, 48), text: a };
  if (CONCAT.has(qualified)) {
    const left = text(a);
    const right = text(b);
    if (left === undefined || right === undefined || left.length + right.length > MAX_KEPT_STRING) return undefined;
    return typeof a === 'string' ? left + right : { k: 'bytes', length: left.length + right.length, preview: (left + right).slice(0, 48), text: left + right };
  }
  return undefined;
}

/** The value of `getattr(obj, name)`, recording what it reaches as an import. */
export function attribute(site: CallSite, obj: Sym, name: string, at: number, via: string): Sym {
  if (typeof obj === 'object' && obj.k === 'global') {
    const dotted = `${obj.name}.${name}`;
    const verdict = site.sink.global(obj.module, dotted, at, via, site.ctx);
    return globalSym(obj.module, dotted, at, verdict.level === 'allowed');
  }
  if (typeof obj === 'object' && obj.k === 'module') {
    const verdict = site.sink.global(obj.name, name, at, via, site.ctx);
    return globalSym(obj.name, name, at, verdict.level === 'allowed');
  }
  // An attribute of a computed object: judged by its name alone (dunders are dangerous).
  const owner = `<${describe(obj)}>`;
  site.sink.global(owner, name, at, via, site.ctx);
  return { k: 'object', of: `${owner}.${name}`, offset: at };
}
