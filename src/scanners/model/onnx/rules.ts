import type { FindingInput } from '../../../core/finding.js';
import { findingFromRule, type RuleFindingExtra, type RuleText } from '../_shared/rule-text.js';

const EXTERNAL_FIX = 'Do not load this model. External data must be a relative path to a regular file inside the model folder; re-export the model with onnx.save(..., save_as_external_data=True) and upgrade onnx to 1.21 or later.';
const REBUILD = 'Re-export the model with the official onnx tools from a trusted source.';

/** Every rule of the ONNX scanner, by slug. docs/model-scanning.md lists the same. */
export const onnxRules = {
  'external-data-traversal': {
    title: 'External data points outside the model folder',
    severity: 'high',
    why: 'When the model is loaded, onnx and onnxruntime read the named file into a tensor: an absolute path, "..", a URL or a link out of the folder lets the model read any file the loading process can (keys, credentials) and leak it through its outputs (CVE-2022-25882, CVE-2024-27318, CVE-2026-27489).',
    fix: EXTERNAL_FIX,
    cwe: ['CWE-22', 'CWE-59'],
  },
  'external-data-hardlink': {
    title: 'External data file has other hard links',
    severity: 'medium',
    why: 'A hard link can make a file inside the model folder be a file from elsewhere on the system (CVE-2026-34446); the loader reads it as weights.',
    fix: EXTERNAL_FIX,
    cwe: ['CWE-62'],
  },
  'external-data-invalid': {
    title: 'External data reference is malformed',
    severity: 'medium',
    why: 'A missing location, control characters, a location that is not a regular file, or offsets that are not numbers make loaders fail or read the wrong bytes.',
    fix: EXTERNAL_FIX,
    cwe: ['CWE-20'],
  },
  'external-data-out-of-bounds': {
    title: 'External data range lies past the end of its file',
    severity: 'medium',
    why: 'A loader that trusts offset and length reads beyond the file or allocates what the model claims.',
    fix: REBUILD,
    cwe: ['CWE-125'],
  },
  'external-data-missing': {
    title: 'External data file is missing',
    severity: 'low',
    why: 'The model names a weights file that is not next to it: it will not load as shipped, or the file is meant to come from elsewhere, unchecked.',
    fix: 'Ship the external data files with the model and scan them too, or re-export the model with its weights inside.',
    cwe: ['CWE-20'],
  },
  'custom-op-domain': {
    title: 'Nodes use a custom operator domain',
    severity: 'medium',
    why: 'Operators outside the standard ONNX and onnxruntime domains run only when the user registers a custom-op library: native code from outside the model that the model asks for by name.',
    fix: 'Find out which custom-op library the model needs and who ships it; load only libraries you trust, or re-export the model with standard operators.',
    cwe: ['CWE-829'],
  },
  'onnx-tensor-size-mismatch': {
    title: 'Tensor data length does not match its type and shape',
    severity: 'medium',
    why: 'Runtimes that size buffers from the shape but copy raw bytes (or the reverse) read or write out of bounds.',
    fix: REBUILD,
    cwe: ['CWE-131'],
  },
  'onnx-malformed': {
    title: 'The model is not well-formed protobuf',
    severity: 'medium',
    why: 'Lengths that run past their message make loaders fail or read out of bounds; what follows could not be checked.',
    fix: REBUILD,
    cwe: ['CWE-20'],
  },
} as const satisfies Record<string, RuleText>;

/** A rule slug of the ONNX scanner. */
export type OnnxRule = keyof typeof onnxRules;

/** Build a finding of `rule` with its fixed texts and taxonomy. */
export function onnxFinding(rule: OnnxRule, message: string, extra: RuleFindingExtra = {}): FindingInput {
  return findingFromRule(rule, onnxRules[rule], message, extra);
}
