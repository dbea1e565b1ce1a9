import type { FindingInput } from '../../../core/finding.js';
import { findingFromRule, type RuleFindingExtra, type RuleText } from '../_shared/rule-text.js';

const REBUILD = 'Re-export the weights with the official safetensors library from a trusted copy of the model, or get the file again from its publisher.';

/** Every rule of the safetensors scanner, by slug. docs/model-scanning.md lists the same. */
export const safetensorsRules = {
  'safetensors-header-length-out-of-bounds': {
    title: 'Header length points past the end of the file',
    severity: 'medium',
    why: 'A loader that trusts the 8-byte header length reads out of bounds or allocates as much memory as the file claims: a crash or denial of service when the model is loaded.',
    fix: REBUILD,
    cwe: ['CWE-125', 'CWE-789'],
  },
  'safetensors-header-too-large': {
    title: 'Header larger than the safetensors limit',
    severity: 'medium',
    why: 'The official loader refuses headers over 100 MB; other loaders may try to parse them, which can exhaust memory. A real header is a few kilobytes to a few megabytes.',
    fix: REBUILD,
    cwe: ['CWE-789'],
  },
  'safetensors-header-invalid': {
    title: 'Header is not a valid safetensors JSON header',
    severity: 'medium',
    why: 'A header that is not UTF-8 JSON describing tensors cannot be checked; lenient loaders may read it differently from the scanner.',
    fix: REBUILD,
    cwe: ['CWE-20'],
  },
  'safetensors-duplicate-key': {
    title: 'Header repeats a key',
    severity: 'medium',
    why: 'Loaders disagree on which copy of a repeated key wins, so the tensors a reviewer or scanner sees may not be the ones the model loads.',
    fix: REBUILD,
    cwe: ['CWE-436'],
  },
  'safetensors-tensor-entry-invalid': {
    title: 'Tensor entry is malformed',
    severity: 'medium',
    why: 'A tensor without a known dtype, a valid shape and two ordered offsets makes loaders fail or read the wrong bytes.',
    fix: REBUILD,
    cwe: ['CWE-20'],
  },
  'safetensors-tensor-size-mismatch': {
    title: 'Tensor byte range does not match its dtype and shape',
    severity: 'medium',
    why: 'Loaders that size buffers from the shape but copy by offsets (or the reverse) read or write out of bounds.',
    fix: REBUILD,
    cwe: ['CWE-131'],
  },
  'safetensors-offset-out-of-bounds': {
    title: 'Tensor data lies past the end of the file',
    severity: 'medium',
    why: 'A loader that trusts the offsets reads beyond the file buffer: a crash, or leaked memory in the tensor.',
    fix: REBUILD,
    cwe: ['CWE-125'],
  },
  'safetensors-overlapping-tensors': {
    title: 'Two tensors share bytes',
    severity: 'medium',
    why: 'Overlapping tensors are never written by the official library; they let one set of bytes pose as two weights and confuse loaders that write in place.',
    fix: REBUILD,
    cwe: ['CWE-119'],
  },
  'safetensors-unreferenced-data': {
    title: 'Bytes not covered by any tensor',
    severity: 'medium',
    why: 'Data between or after the tensors is ignored by the loader but travels with the file: a place to smuggle a second payload (a pickle, an archive) past reviewers.',
    fix: 'Find out what the hidden bytes are; re-export the weights so the data section holds only tensors.',
    cwe: ['CWE-506'],
  },
  'safetensors-metadata-not-strings': {
    title: '__metadata__ is not a map of strings to strings',
    severity: 'medium',
    why: 'The format allows only string values in __metadata__; the official loader rejects anything else and other tools may interpret it, so the file is not what it claims to be.',
    fix: REBUILD,
    cwe: ['CWE-20'],
  },
  'safetensors-metadata-suspicious': {
    title: 'Metadata holds code-like or oversized text',
    severity: 'low',
    why: 'safetensors metadata is never executed by the loader, but tools that display or template it can be attacked through it, and code in model metadata is unusual.',
    fix: 'Read the metadata value; if it is not expected, strip it and re-export the file.',
    cwe: ['CWE-94'],
  },
} as const satisfies Record<string, RuleText>;

/** A rule slug of the safetensors scanner. */
export type SafetensorsRule = keyof typeof safetensorsRules;

/** Build a finding of `rule` with its fixed texts and taxonomy. */
export function safetensorsFinding(rule: SafetensorsRule, message: string, extra: RuleFindingExtra = {}): FindingInput {
  return findingFromRule(rule, safetensorsRules[rule], message, extra);
}
