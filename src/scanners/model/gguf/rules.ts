import type { FindingInput } from '../../../core/finding.js';
import { findingFromRule, type RuleFindingExtra, type RuleText } from '../_shared/rule-text.js';

const TEMPLATE_FIX = 'Do not use this model file. Render chat templates only in a sandboxed Jinja environment (ImmutableSandboxedEnvironment), and replace the template with the publisher\'s original.';
const REBUILD = 'Get the file again from its publisher, or re-convert it with the official llama.cpp tools.';

/** Every rule of the GGUF scanner, by slug. docs/model-scanning.md lists the same. */
export const ggufRules = {
  'chat-template-code-execution': {
    title: 'Chat template reaches Python internals to run code',
    severity: 'critical',
    why: 'When an unsandboxed Jinja renderer (llama-cpp-python < 0.2.72, CVE-2024-34359; several inference servers) formats a prompt with this template, it walks Python object internals to a function that runs commands: code execution on the inference host.',
    fix: TEMPLATE_FIX,
    cwe: ['CWE-1336', 'CWE-94'],
  },
  'chat-template-dunder-access': {
    title: 'Chat template reads Python internal attributes',
    severity: 'high',
    why: 'Attributes such as __class__, __globals__ or __subclasses__ (or private ones starting with _) are the first steps of a template-injection escape; a chat template never needs them.',
    fix: TEMPLATE_FIX,
    cwe: ['CWE-1336'],
  },
  'chat-template-attr-filter': {
    title: 'Chat template uses the attr filter',
    severity: 'high',
    why: 'The attr filter reads an attribute by name and is the usual way to reach Python internals while dodging filters on ".": chat templates have no use for it.',
    fix: TEMPLATE_FIX,
    cwe: ['CWE-1336'],
  },
  'chat-template-string-building': {
    title: 'Chat template builds names out of pieces',
    severity: 'high',
    why: 'Joining underscores, escaped characters or character codes into strings hides names like __class__ from reviewers and simple scanners; it is a known template-injection evasion.',
    fix: TEMPLATE_FIX,
    cwe: ['CWE-1336'],
  },
  'chat-template-gadget-global': {
    title: 'Chat template reads attributes of a Jinja or Flask global',
    severity: 'high',
    why: 'Globals such as lipsum, cycler, joiner, namespace, self, config or request carry references to Python modules (lipsum.__globals__ holds os); reading their attributes is a template-injection gadget.',
    fix: TEMPLATE_FIX,
    cwe: ['CWE-1336'],
  },
  'chat-template-unusual-global': {
    title: 'Chat template mentions an unusual global',
    severity: 'low',
    why: 'lipsum, url_for, config, request and self are not part of any chat-template convention; their presence is worth a look even without an attribute read.',
    fix: 'Read the template; if the global has no purpose, replace the template with the publisher\'s original.',
    cwe: ['CWE-1336'],
  },
  'chat-template-include': {
    title: 'Chat template includes or imports other templates',
    severity: 'medium',
    why: 'include, import, extends and from load other templates through the renderer\'s loader: with a file-system loader that reads local files into the prompt.',
    fix: 'Replace the template with a self-contained one; chat templates never need to load others.',
    cwe: ['CWE-22'],
  },
  'gguf-header-count-overflow': {
    title: 'Header counts are impossible for the file size',
    severity: 'medium',
    why: 'A tensor or metadata count far larger than the file can hold makes loaders that pre-allocate from the header exhaust memory or read out of bounds (GGUF parser memory-safety CVEs).',
    fix: REBUILD,
    cwe: ['CWE-789', 'CWE-125'],
  },
  'gguf-malformed-metadata': {
    title: 'Metadata is malformed',
    severity: 'medium',
    why: 'A length or type that runs past the data makes loaders read out of bounds or fail; the rest of the file could not be checked.',
    fix: REBUILD,
    cwe: ['CWE-125'],
  },
  'gguf-duplicate-key': {
    title: 'Metadata repeats a key',
    severity: 'medium',
    why: 'Loaders disagree on which copy wins, so a reviewer may see one chat template or setting while the model runs with another.',
    fix: REBUILD,
    cwe: ['CWE-436'],
  },
  'gguf-tensor-info-invalid': {
    title: 'Tensor description is invalid',
    severity: 'medium',
    why: 'Too many dimensions, an element count that overflows, a bad alignment or a duplicate name make loaders compute wrong sizes and read out of bounds.',
    fix: REBUILD,
    cwe: ['CWE-190', 'CWE-20'],
  },
  'gguf-tensor-out-of-bounds': {
    title: 'Tensor data lies past the end of the file',
    severity: 'medium',
    why: 'A loader that trusts the offsets maps or reads memory beyond the file.',
    fix: REBUILD,
    cwe: ['CWE-125'],
  },
  'gguf-overlapping-tensors': {
    title: 'Two tensors share bytes',
    severity: 'medium',
    why: 'Real converters never write overlapping tensors; overlaps confuse loaders and let one set of bytes pose as two weights.',
    fix: REBUILD,
    cwe: ['CWE-119'],
  },
} as const satisfies Record<string, RuleText>;

/** A rule slug of the GGUF scanner. */
export type GgufRule = keyof typeof ggufRules;

/** Build a finding of `rule` with its fixed texts and taxonomy. */
export function ggufFinding(rule: GgufRule, message: string, extra: RuleFindingExtra = {}): FindingInput {
  return findingFromRule(rule, ggufRules[rule], message, extra);
}
