import type { FindingInput } from '../../../core/finding.js';
import { safetensorsFinding as finding } from './rules.js';
import type { JsonValue } from './strict-json.js';

/** Metadata values longer than this are reported: real ones are a few words or a small JSON. */
export const LARGE_METADATA_CHARS = 64 * 1024;

/** Text that looks like code or a template rather than a description. */
const CODE_LIKE = [
  /\b__import__\b/, /\beval\s*\(/, /\bexec\s*\(/, /\bos\.(system|popen|exec\w*)\b/, /\bsubprocess\b/,
  /^\s*(import|from)\s+[\w.]+/m, /<script\b/i, /\{\{.*\}\}|\{%.*%\}/s, /\b__(class|globals|builtins|subclasses)__\b/,
  /\b(curl|wget)\s+https?:/, /\b(bash|sh)\s+-c\b/,
];

/**
 * Check `__metadata__`: it must be an object of string values (anything else is reported),
 * and string values that are huge or look like code are reported at low severity.
 */
export function checkMetadata(metadata: JsonValue): FindingInput[] {
  if (!(metadata instanceof Map)) {
    return [finding('safetensors-metadata-not-strings', `__metadata__ is ${describe(metadata)}, not an object of strings.`, { key: '__metadata__' })];
  }
  const out: FindingInput[] = [];
  const nonStrings = [...metadata].filter(([, v]) => typeof v !== 'string').map(([k, v]) => `${k} (${describe(v)})`);
  if (nonStrings.length > 0) {
    out.push(finding('safetensors-metadata-not-strings', `__metadata__ values must be strings; these are not: ${nonStrings.slice(0, 10).join(', ')}.`, { evidence: { keys: nonStrings.slice(0, 20) }, key: 'values' }));
  }
  for (const [key, value] of metadata) {
    if (typeof value !== 'string') continue;
    const pattern = CODE_LIKE.find((p) => p.test(value.slice(0, LARGE_METADATA_CHARS)));
    if (value.length > LARGE_METADATA_CHARS || pattern) {
      const reason = value.length > LARGE_METADATA_CHARS ? `is ${value.length} characters long` : `looks like code (matches ${pattern!.source})`;
      out.push(finding('safetensors-metadata-suspicious', `__metadata__ "${key.slice(0, 80)}" ${reason}.`, { evidence: { key: key.slice(0, 200), length: value.length, excerpt: value.slice(0, 200) }, key }));
    }
  }
  return out;
}

function describe(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Map) return 'an object';
  return `a ${typeof value === 'bigint' ? 'number' : typeof value}`;
}
