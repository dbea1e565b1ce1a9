import type { FindingInput } from '../../../core/finding.js';
import type { Severity } from '../../../core/severity.js';
import { MODEL_TAXONOMY } from './taxonomy.js';

interface RuleText {
  readonly title: string;
  readonly severity: Severity;
  readonly why: string;
  readonly fix: string;
  readonly cwe: readonly string[];
}

const REBUILD = 'Get the file again from its publisher, or rebuild the archive with a standard tool (torch.save, zipfile, tar) from a trusted copy, and scan it again.';

/** Every rule of the container analysis (zip, tar, 7z, compression, npy), by slug. docs/model-scanning.md lists the same. */
export const containerRules = {
  'extension-mismatch': {
    title: 'File extension does not match the content',
    severity: 'low',
    why: 'Tools that pick a parser by extension (and scanners that skip unknown extensions) see a different file from the loader, which sniffs content: the classic way to slip a pickle past a scanner (CVE-2025-10155).',
    fix: 'Rename the file to match what it is, or find out why it is disguised.',
    cwe: ['CWE-434', 'CWE-436'],
  },
  'zip-crc-mismatch': {
    title: 'Zip member CRC does not match its content',
    severity: 'medium',
    why: 'Python’s zipfile refuses such a member while PyTorch loads it anyway, so scanners built on strict readers skip the content that PyTorch runs (CVE-2025-10156).',
    fix: REBUILD,
    cwe: ['CWE-354', 'CWE-436'],
  },
  'zip-name-mismatch': {
    title: 'Zip local header and central directory disagree on a name',
    severity: 'high',
    why: 'Readers that trust the local header and readers that trust the central directory see different member names, which hides the pickle PyTorch loads from scanners (CVE-2025-1944).',
    fix: REBUILD,
    cwe: ['CWE-436'],
  },
  'zip-header-mismatch': {
    title: 'Zip local header and central directory disagree',
    severity: 'medium',
    why: 'The local header and the central directory give different sizes, methods, CRCs or flags for one member; different readers extract different bytes.',
    fix: REBUILD,
    cwe: ['CWE-436'],
  },
  'zip-flag-bits': {
    title: 'Zip member has encryption or unusual flag bits set',
    severity: 'medium',
    why: 'Python’s zipfile refuses members flagged as encrypted, strongly encrypted or patched, while PyTorch ignores the flags and loads them, so strict scanners never see the content (CVE-2025-1945).',
    fix: REBUILD,
    cwe: ['CWE-436'],
  },
  'zip-prefix-data': {
    title: 'Data before the first zip header',
    severity: 'medium',
    why: 'Bytes in front of a zip make a polyglot: zip readers find the archive from the end, while PyTorch sees no zip magic at the start and unpickles the file from byte 0 instead.',
    fix: REBUILD,
    cwe: ['CWE-436'],
  },
  'zip-duplicate-name': {
    title: 'Zip has two members with the same name',
    severity: 'high',
    why: 'Readers disagree on which copy of a duplicated name they load, so a scanner can check one copy while the loader runs the other.',
    fix: REBUILD,
    cwe: ['CWE-436'],
  },
  'zip-overlap': {
    title: 'Zip members overlap',
    severity: 'high',
    why: 'Several entries point at the same bytes: the technique of non-recursive zip bombs, and a way to make one member mean different things to different readers.',
    fix: REBUILD,
    cwe: ['CWE-409', 'CWE-436'],
  },
  'zip-no-central-directory': {
    title: 'Zip has no central directory',
    severity: 'medium',
    why: 'Without an end-of-central-directory record, readers that walk local headers and readers that need the directory see different archives (or none).',
    fix: REBUILD,
    cwe: ['CWE-436'],
  },
  'archive-corrupt': {
    title: 'Archive or compressed stream is corrupt',
    severity: 'medium',
    why: 'Part of the container cannot be read. Lenient loaders may still extract something from it that could not be checked here.',
    fix: REBUILD,
    cwe: ['CWE-20'],
  },
  'archive-bomb': {
    title: 'Archive expands far beyond its size (decompression bomb)',
    severity: 'high',
    why: 'Extracting or loading the file would exhaust memory or disk: a denial of service against whoever opens the model, and a way to make scanners give up.',
    fix: 'Do not extract or load the file; get the model from a trusted source.',
    cwe: ['CWE-409'],
  },
  'archive-too-deep': {
    title: 'Archives nested too deep',
    severity: 'medium',
    why: 'Archives inside archives beyond any real need are used to exhaust scanners and hide content from them; the innermost levels were not analysed.',
    fix: 'Unpack the nesting and scan the real model files, or get the model in its ordinary format.',
    cwe: ['CWE-409'],
  },
  'archive-too-many-members': {
    title: 'Archive has more members than the limit',
    severity: 'medium',
    why: 'Huge member counts are used to exhaust scanners; members beyond the limit were not analysed.',
    fix: 'Find out why the archive has so many members, or raise the scanner limit `maxMembers` and scan again.',
    cwe: ['CWE-409'],
  },
  'archive-path-traversal': {
    title: 'Archive member escapes the extraction folder',
    severity: 'medium',
    why: 'A member name with `..`, an absolute path or a link pointing outside makes extraction write files elsewhere on disk (shell profiles, site-packages), which can lead to code execution.',
    fix: 'Do not extract the archive with a tool that follows such names; rebuild it from a trusted copy.',
    cwe: ['CWE-22', 'CWE-59'],
  },
  'sevenzip-archive': {
    title: 'Model wrapped in a 7z archive',
    severity: 'high',
    why: 'A 7z wrapper cannot be analysed here, and loaders can be made to accept it (the nullifAI models used this to get past Hugging Face’s scanner): whatever it holds runs unchecked.',
    fix: 'Unpack the archive in a sandbox and scan its contents, or ask the publisher for the model in a standard format.',
    cwe: ['CWE-502', 'CWE-436'],
  },
  'npy-object-dtype': {
    title: 'NumPy array with object dtype (holds a pickle)',
    severity: 'low',
    why: 'An object array is stored as a pickle that numpy.load runs when allow_pickle=True; the pickle was analysed and its findings are listed separately.',
    fix: 'Store numeric arrays with a numeric dtype; never load untrusted .npy/.npz files with allow_pickle=True.',
    cwe: ['CWE-502'],
  },
  'torchscript-code': {
    title: 'TorchScript code inside a PyTorch archive',
    severity: 'medium',
    why: 'torch.jit.load compiles and runs the code in the archive’s code/ folder. TorchScript is restricted, but its operators can still read and write files; the code was not analysed.',
    fix: 'Load only TorchScript archives from publishers you trust, or ask for a weights-only format.',
    cwe: ['CWE-94'],
  },
} as const satisfies Record<string, RuleText>;

/** A container rule slug. */
export type ContainerRule = keyof typeof containerRules;

/**
 * A finding of a container rule. `member` is the member it concerns (undefined: the file itself);
 * `key` distinguishes several findings of one rule in one place.
 */
export function containerFinding(rule: ContainerRule, member: string | undefined, message: string, evidence: Record<string, unknown> = {}, key?: string, offset?: number): FindingInput {
  const text = containerRules[rule];
  return {
    rule,
    title: text.title,
    severity: text.severity,
    location: { ...(member === undefined ? {} : { member }), ...(offset === undefined ? {} : { offset }) },
    message,
    evidence,
    why: text.why,
    fix: text.fix,
    taxonomy: { ...MODEL_TAXONOMY, cwe: [...text.cwe] },
    ...(key === undefined ? {} : { key }),
  };
}
