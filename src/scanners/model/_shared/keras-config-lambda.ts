/**
 * Reading the bytecode of Keras Lambda functions without running it: find the base64 code in
 * the configuration (Keras 3 `__lambda__` objects, Keras 2 `function` tuples) and list the
 * dangerous names its marshalled code object mentions.
 */

/** Bytecode decoded at most, per function. */
export const MAX_BYTECODE_BYTES = 1024 * 1024;

/** Names that, in a Lambda's code object, mean it reaches the system or runs code. */
const DANGEROUS = new Set([
  'os', 'posix', 'nt', 'subprocess', 'system', 'popen', 'Popen', 'exec', 'eval', '__import__', 'compile', 'builtins', '__builtins__',
  'socket', 'urllib', 'requests', 'pty', 'importlib', 'execv', 'execve', 'spawnv', 'check_output', 'getoutput', 'open', 'marshal', 'pickle',
]);

/** The base64 bytecode of a Lambda layer or `__lambda__` object, if it has one. */
export function lambdaBytecode(o: Record<string, unknown>): Uint8Array | undefined {
  const cfg = o['config'];
  if (cfg === null || typeof cfg !== 'object') return undefined;
  const c = cfg as Record<string, unknown>;
  // `__lambda__`: {"class_name": "__lambda__", "config": {"code": ...}}
  if (typeof c['code'] === 'string') return decode(c['code']);
  const fn = c['function'];
  // Keras 3 Lambda: config.function is a `__lambda__` object.
  if (fn !== null && typeof fn === 'object' && !Array.isArray(fn)) {
    const inner = (fn as Record<string, unknown>)['config'];
    if (inner !== null && typeof inner === 'object' && typeof (inner as Record<string, unknown>)['code'] === 'string') return decode((inner as Record<string, string>)['code']!);
  }
  // Keras 2 Lambda: function_type "lambda" and function = [code, defaults, closure] or code.
  if (c['function_type'] === 'lambda') {
    if (Array.isArray(fn) && typeof fn[0] === 'string') return decode(fn[0]);
    if (typeof fn === 'string') return decode(fn);
  }
  return undefined;
}

function decode(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64.slice(0, Math.ceil((MAX_BYTECODE_BYTES * 4) / 3)), 'base64'));
}

/** marshal type codes of strings (with or without FLAG_REF 0x80): short ASCII, ASCII, interned, unicode. */
const SHORT_TYPES = new Set([0x7a, 0x5a]); // 'z', 'Z': one length byte
const LONG_TYPES = new Set([0x61, 0x41, 0x74, 0x75]); // 'a', 'A', 't', 'u': four length bytes

/**
 * Dangerous identifiers among the strings of marshalled bytecode (co_names, constants). Strings
 * are found by their marshal type code and length, at every offset: no parsing to get wrong.
 */
export function bytecodeNames(code: Uint8Array): string[] {
  const found = new Set<string>();
  const check = (start: number, length: number) => {
    if (length < 2 || length > 32 || start + length > code.length) return;
    let word = '';
    for (let i = start; i < start + length; i++) word += String.fromCharCode(code[i]!);
    if (DANGEROUS.has(word)) found.add(word);
  };
  for (let i = 0; i + 1 < code.length; i++) {
    const type = code[i]! & 0x7f;
    if (SHORT_TYPES.has(type)) check(i + 2, code[i + 1]!);
    else if (LONG_TYPES.has(type) && i + 5 <= code.length) check(i + 5, code[i + 1]! | (code[i + 2]! << 8) | (code[i + 3]! << 16) | (code[i + 4]! << 24));
  }
  return [...found].sort();
}
