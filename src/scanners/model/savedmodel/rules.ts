import type { FindingInput } from '../../../core/finding.js';
import { findingFromRule, type RuleFindingExtra, type RuleText } from '../_shared/rule-text.js';

const REVIEW = 'Do not serve this model until you know why its graph does this; re-export it from code you control.';

/** Every rule of the SavedModel scanner (besides the shared Keras rules), by slug. */
export const savedModelRules = {
  'python-op': {
    title: 'Graph calls back into Python',
    severity: 'high',
    why: 'PyFunc and EagerPyFunc ops call Python functions of the process that runs the graph; a model should not depend on host code it does not carry.',
    fix: REVIEW,
    cwe: ['CWE-94'],
  },
  'file-read-op': {
    title: 'Graph reads files',
    severity: 'high',
    why: 'ReadFile, MatchingFiles, ImmutableConst and reader ops with fixed paths read the host\'s files when the model runs, and can return them in the model\'s output.',
    fix: REVIEW,
    cwe: ['CWE-22', 'CWE-200'],
  },
  'file-write-op': {
    title: 'Graph writes files',
    severity: 'high',
    why: 'WriteFile (or PrintV2 to a file) writes to the host when the model runs: overwriting start-up scripts or configuration gives code execution later.',
    fix: REVIEW,
    cwe: ['CWE-73'],
  },
  'checkpoint-fixed-path': {
    title: 'Checkpoint op uses a fixed path',
    severity: 'high',
    why: 'Save and restore ops normally get their path from the loader; a path baked into the graph reads or overwrites files of the attacker\'s choosing.',
    fix: REVIEW,
    cwe: ['CWE-22', 'CWE-73'],
  },
  'debug-op-url': {
    title: 'Debug op sends tensors to a URL',
    severity: 'high',
    why: 'Debug ops with debug_urls stream tensor values (inputs, weights) to a gRPC server or a file while the model runs: data leaves the host.',
    fix: REVIEW,
    cwe: ['CWE-200'],
  },
  'file-reader-op': {
    title: 'Graph opens file readers or datasets',
    severity: 'medium',
    why: 'Dataset and reader ops open files by name at run time; in a serving model they can read files the model should not see.',
    fix: REVIEW,
    cwe: ['CWE-22'],
  },
  'summary-writer-op': {
    title: 'Graph writes summaries or datasets to disk',
    severity: 'medium',
    why: 'Summary and dataset writers create files on the host when the model runs.',
    fix: REVIEW,
    cwe: ['CWE-73'],
  },
  'asset-path-traversal': {
    title: 'Asset file name points outside the assets folder',
    severity: 'high',
    why: 'Loaders join asset names to the SavedModel\'s assets/ folder: an absolute name or ".." makes the model read any file the loading process can.',
    fix: 'Do not load this model; asset file names must be plain names inside assets/.',
    cwe: ['CWE-22'],
  },
  'savedmodel-malformed': {
    title: 'saved_model.pb is not well-formed protobuf',
    severity: 'medium',
    why: 'Lengths that run past their message make loaders fail or read out of bounds; what follows could not be checked.',
    fix: 'Get the model again from its publisher.',
    cwe: ['CWE-20'],
  },
} as const satisfies Record<string, RuleText>;

/** A rule slug of the SavedModel scanner. */
export type SavedModelRule = keyof typeof savedModelRules;

/** Build a finding of `rule` with its fixed texts and taxonomy. */
export function savedModelFinding(rule: SavedModelRule, message: string, extra: RuleFindingExtra = {}): FindingInput {
  return findingFromRule(rule, savedModelRules[rule], message, extra);
}
