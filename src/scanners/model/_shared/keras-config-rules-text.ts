import type { FindingInput } from '../../../core/finding.js';
import type { Severity } from '../../../core/severity.js';

/**
 * The texts of the Keras configuration rules, shared by the Keras (.keras), HDF5 (.h5) and
 * SavedModel scanners: each reports them under its own scanner id.
 */

const TAXONOMY = { atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'] };

interface RuleText {
  readonly title: string;
  readonly why: string;
  readonly fix: string;
  readonly cwe: readonly string[];
}

const DONT_LOAD = 'Do not load this model with safe_mode=False or an old Keras; get the model from its publisher, or rebuild it from code you can read.';

/** Every Keras configuration rule, by slug. docs/model-scanning.md lists the same. */
export const kerasRules = {
  'lambda-layer': {
    title: 'Lambda layer or function carries Python bytecode',
    why: 'A Lambda layer (or any serialized "__lambda__" function) stores marshalled Python bytecode that Keras turns back into a function and runs: arbitrary code when the model is loaded with safe_mode=False, by Keras 2 / tf.keras, or from .h5 files (CVE-2024-3660, CVE-2025-9905).',
    fix: DONT_LOAD,
    cwe: ['CWE-94', 'CWE-502'],
  },
  'foreign-module': {
    title: 'Configuration imports a module outside Keras',
    why: 'Keras imports the "module" named in the configuration and calls the class or function it names; before Keras 3.9 it did so even in safe mode (CVE-2025-1550), so the file chooses which Python code runs on load.',
    fix: DONT_LOAD,
    cwe: ['CWE-94', 'CWE-502'],
  },
  'unsafe-deserialization': {
    title: 'Configuration turns off safe mode',
    why: 'A reference to enable_unsafe_deserialization makes Keras disable its own safe mode while loading, so Lambda layers and arbitrary functions later in the same file run (CVE-2025-9906).',
    fix: DONT_LOAD,
    cwe: ['CWE-94', 'CWE-502'],
  },
  'remote-download': {
    title: 'Configuration downloads a file while loading',
    why: 'keras.utils.get_file called from a configuration fetches a URL and writes it where the file says, overwriting files such as shell start-up scripts (CVE-2025-8747).',
    fix: DONT_LOAD,
    cwe: ['CWE-494', 'CWE-73'],
  },
  'tfsm-layer': {
    title: 'TFSMLayer loads a SavedModel from outside the file',
    why: 'A TFSMLayer loads and runs the TensorFlow graph at the path it names, which the scanner of this file never sees; before Keras 3.13.2 it did so even in safe mode (CVE-2026-1462).',
    fix: 'Scan the SavedModel it points to, or rebuild the model without TFSMLayer.',
    cwe: ['CWE-829', 'CWE-22'],
  },
  'vocabulary-file': {
    title: 'Lookup layer reads its vocabulary from a path',
    why: 'StringLookup, IntegerLookup and TextVectorization read a vocabulary given as a path when the model is loaded: any local file, or a remote one, ends up inside the model.',
    fix: 'Store the vocabulary inside the model (as a list) or check the path it names.',
    cwe: ['CWE-22', 'CWE-73'],
  },
  'tf-op-lambda': {
    title: 'TFOpLambda layer calls a file or Python TensorFlow function',
    why: 'tf.keras TFOpLambda layers call the TensorFlow function named in the configuration; file I/O and py_function calls read or write files or run Python when the model runs.',
    fix: DONT_LOAD,
    cwe: ['CWE-94'],
  },
  'custom-object': {
    title: 'Configuration needs custom objects',
    why: 'The model names registered custom classes or functions; they run code from a package that must be installed, which the model file does not contain.',
    fix: 'Make sure the package that registers these objects is one you trust and have pinned.',
    cwe: ['CWE-829'],
  },
  'keras-config-invalid': {
    title: 'Keras configuration is not valid JSON',
    why: 'A configuration the scanner cannot parse cannot be checked, and Keras may still read parts of it.',
    fix: 'Get the model again from its publisher.',
    cwe: ['CWE-20'],
  },
} as const satisfies Record<string, RuleText>;

/** A Keras configuration rule slug. */
export type KerasRule = keyof typeof kerasRules;

/** Build a finding of a Keras configuration rule at a severity chosen by the caller. */
export function kerasFinding(rule: KerasRule, severity: Severity, message: string, extra: { evidence?: Record<string, unknown>; key?: string } = {}): FindingInput {
  const text: RuleText = kerasRules[rule];
  return {
    rule,
    title: text.title,
    severity,
    message,
    why: text.why,
    fix: text.fix,
    taxonomy: { ...TAXONOMY, cwe: [...text.cwe] },
    ...(extra.evidence ? { evidence: extra.evidence } : {}),
    ...(extra.key !== undefined ? { key: extra.key } : {}),
  };
}
