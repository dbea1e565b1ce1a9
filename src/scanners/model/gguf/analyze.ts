import type { FindingInput } from '../../../core/finding.js';
import type { ScanResult } from '../../../core/scanner.js';
import type { ByteSource } from '../_shared/protobuf-wire-source.js';
import { parseGguf, type GgufLimits, DEFAULT_GGUF_LIMITS } from './reader.js';
import { ggufFinding } from './rules.js';
import { templateFindings } from './template-findings.js';
import { checkTensors } from './tensor-checks.js';

/**
 * Check a GGUF file read through `src`: header counts against the file size, metadata that
 * parses within its bounds, duplicate keys, every `tokenizer.chat_template*` value as a Jinja
 * template (statically), and tensor infos. Reads the header region only; never throws.
 */
export function analyzeGguf(src: ByteSource, limits: GgufLimits = DEFAULT_GGUF_LIMITS): ScanResult {
  const parsed = parseGguf(src, limits);
  if ('error' in parsed) return { findings: [], status: 'incomplete', message: `not analysed: ${parsed.error}` };
  const findings: FindingInput[] = [];
  const incomplete: string[] = [];
  const wide = parsed.version >= 2;
  // The smallest key-value pair and tensor info the format allows: counts that need more
  // bytes than the file has are lies, whatever the loader then does with them.
  const minKv = wide ? 13n : 9n;
  const minTensor = wide ? 24n : 20n;
  const room = BigInt(src.size - parsed.headerBytes);
  const overflow = parsed.kvCount * minKv + parsed.tensorCount * minTensor > room;
  if (overflow) {
    findings.push(
      ggufFinding('gguf-header-count-overflow', `The header declares ${parsed.tensorCount} tensors and ${parsed.kvCount} metadata pairs; the ${src.size}-byte file cannot hold them.`, {
        offset: 8,
        key: 'counts',
        evidence: { tensorCount: parsed.tensorCount.toString(), kvCount: parsed.kvCount.toString(), fileBytes: src.size, version: parsed.version },
      }),
    );
  }
  if (parsed.stopped) {
    if (!parsed.stopped.limit && !overflow) {
      findings.push(ggufFinding('gguf-malformed-metadata', `Reading stopped at byte ${parsed.stopped.offset}: ${parsed.stopped.reason}.`, { offset: parsed.stopped.offset, key: 'malformed' }));
    }
    incomplete.push(`reading stopped at byte ${parsed.stopped.offset} (${parsed.stopped.reason})`);
  }
  if (parsed.duplicateKeys.length > 0) {
    const keys = [...new Set(parsed.duplicateKeys)];
    findings.push(ggufFinding('gguf-duplicate-key', `Metadata keys appear more than once: ${keys.slice(0, 10).join(', ')}.`, { key: 'duplicates', evidence: { keys: keys.slice(0, 50) } }));
  }
  for (const kept of parsed.kept) {
    const t = templateFindings(kept.key, kept.text, kept.offset, kept.truncated);
    findings.push(...t.findings);
    if (t.incomplete) incomplete.push(t.incomplete);
  }
  if (parsed.infosEnd !== undefined) findings.push(...checkTensors(parsed.tensors, parsed.infosEnd, parsed.alignment, src.size));
  return incomplete.length > 0 ? { findings, status: 'incomplete', message: incomplete.join('; ') } : { findings, status: 'complete' };
}

export { DEFAULT_GGUF_LIMITS };
