import type { Severity } from '../../../core/severity.js';
import { MODEL_TAXONOMY } from '../_shared/taxonomy.js';

/** Re-exported for the pickle folder's users: the taxonomy every model finding carries. */
export { MODEL_TAXONOMY };

/** Title, default severity and plain-words why/fix of one rule. */
export interface RuleText {
  readonly title: string;
  readonly severity: Severity;
  readonly why: string;
  readonly fix: string;
  readonly cwe: readonly string[];
}

const REPLACE =
  'Do not load this file. Get the model again from its publisher over a verified channel, or ask for a format that stores only data (safetensors, ONNX). If it must be opened, do it in a throw-away sandbox without credentials or network.';

/** Every rule of the pickle analysis, by slug. docs/model-scanning.md lists the same. */
export const pickleRules = {
  'dangerous-import': {
    title: 'Pickle imports a global that can run code',
    severity: 'critical',
    why: 'Unpickling imports this global and can call it with arguments chosen by whoever made the file: loading the model runs their code with your permissions.',
    fix: REPLACE,
    cwe: ['CWE-502', 'CWE-94'],
  },
  'unknown-import': {
    title: 'Pickle imports a global outside the allowlist',
    severity: 'high',
    why: 'Unpickling imports this global and may call it. It is not something model pickles of the known ecosystems need, so nobody has checked that it cannot be turned into code execution.',
    fix: 'If the global comes from a library you trust and need, add it to the scanner option `allow` (e.g. `mypkg.MyClass` or `mypkg.*`); otherwise re-export the model as safetensors, or load it only with torch.load(weights_only=True) or an equivalent restricted unpickler.',
    cwe: ['CWE-502'],
  },
  'dynamic-import': {
    title: 'Pickle computes the name of what it imports',
    severity: 'critical',
    why: 'STACK_GLOBAL takes its module and name from values built while loading rather than from literal strings, which is how payloads hide the name of what they import from scanners.',
    fix: REPLACE,
    cwe: ['CWE-502', 'CWE-94'],
  },
  'extension-import': {
    title: 'Pickle imports through the copyreg extension registry',
    severity: 'high',
    why: 'EXT1/EXT2/EXT4 import whatever global the loading process registered under a number: what runs depends on the loader, not on the file, so it cannot be checked here.',
    fix: 'Re-export the model without extension codes (a plain pickle.dumps does not emit them), or as safetensors.',
    cwe: ['CWE-502'],
  },
  'computed-call': {
    title: 'Pickle calls a value computed while loading',
    severity: 'high',
    why: 'REDUCE or NEWOBJ calls something that is not a named global but the result of an earlier call (for example an attribute fetched at load time); ordinary pickles never do this, gadget chains do.',
    fix: REPLACE,
    cwe: ['CWE-502', 'CWE-94'],
  },
  'state-tampering': {
    title: 'Pickle changes the state of an imported module object',
    severity: 'high',
    why: 'BUILD applies state to an imported function or class itself rather than to a new instance, which rewires library code (for example planting builtins on a numpy function) so a later call does something else.',
    fix: REPLACE,
    cwe: ['CWE-502', 'CWE-915'],
  },
  'frame-violation': {
    title: 'Pickle opcode crosses a FRAME boundary',
    severity: 'high',
    why: 'An opcode runs past the end of the FRAME that holds it. A loader reading from a file and a scanner reading bytes then see different opcodes, so a payload can be hidden from one and run by the other.',
    fix: REPLACE,
    cwe: ['CWE-502', 'CWE-436'],
  },
  'frame-length': {
    title: 'Pickle FRAME length disagrees with the data',
    severity: 'medium',
    why: 'A FRAME declares more bytes than the file has, or a new FRAME starts before the last one ended. Loaders handle this differently, which is the raw material of parser-differential bypasses.',
    fix: 'Re-serialize the object with a standard pickler from a trusted copy; a normal pickler never writes inconsistent frames.',
    cwe: ['CWE-436'],
  },
  'broken-stream': {
    title: 'Pickle stream breaks partway through',
    severity: 'medium',
    why: 'The stream ends or becomes invalid before STOP. pickle.load runs every opcode up to the break before raising, so whatever came first has already executed; scanners that give up on the error report nothing (the nullifAI technique).',
    fix: 'Treat the file as hostile until the findings before the break are understood; get an intact copy from the publisher.',
    cwe: ['CWE-502', 'CWE-20'],
  },
  'multiple-pickles': {
    title: 'File holds several pickle streams',
    severity: 'low',
    why: 'Loaders that call load() repeatedly (PyTorch legacy files, joblib, custom loaders) run every stream; scanners that stop at the first STOP miss the rest.',
    fix: 'Check that the extra streams are expected by the program that reads the file; each was scanned and its findings are listed.',
    cwe: ['CWE-502'],
  },
  'trailing-data': {
    title: 'Data after the end of the pickle',
    severity: 'low',
    why: 'Bytes after STOP are ignored by pickle.load but may be read by other tools (a polyglot file that is also an archive), so what a reviewer sees may not be all the file holds.',
    fix: 'Strip the trailing bytes or find out what writes them; a plain pickle.dump leaves none.',
    cwe: ['CWE-436'],
  },
} as const satisfies Record<string, RuleText>;

/** A pickle rule slug. */
export type PickleRule = keyof typeof pickleRules;
