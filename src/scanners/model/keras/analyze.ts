import type { FindingInput } from '../../../core/finding.js';
import type { ScanResult } from '../../../core/scanner.js';
import { kerasConfigFindings, kerasFinding, parseKerasJson, type KerasRuleContext } from '../_shared/keras-config-rules.js';
import { readZipMembers, type ZipBytes } from './read-members.js';
import { KERAS_CONFIG, KERAS_METADATA } from './sniff.js';

/** Largest config.json analysed: real ones are kilobytes to a few megabytes. */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Apply the Keras rules to the text of a configuration (config.json, a model_config attribute,
 * SavedModel metadata). Invalid JSON is a finding and leaves the analysis incomplete.
 */
export function analyzeKerasConfigText(text: string, ctx: KerasRuleContext): { findings: FindingInput[]; incomplete?: string } {
  const parsed = parseKerasJson(text);
  if (!parsed.ok) {
    return {
      findings: [kerasFinding('keras-config-invalid', 'medium', `${ctx.where} is not valid JSON (${parsed.error.slice(0, 200)}).`, { key: `keras-config-invalid:${ctx.where}` })],
      incomplete: `${ctx.where} could not be parsed`,
    };
  }
  return kerasConfigFindings(parsed.value, ctx);
}

/** The `keras_version` of a metadata.json, if it has one. */
export function kerasVersionOf(metadata: Uint8Array | undefined): string | undefined {
  if (!metadata) return undefined;
  const parsed = parseKerasJson(utf8.decode(metadata));
  const version = parsed.ok && parsed.value !== null && typeof parsed.value === 'object' ? (parsed.value as Record<string, unknown>)['keras_version'] : undefined;
  return typeof version === 'string' ? version.slice(0, 40) : undefined;
}

/**
 * Check a Keras v3 `.keras` archive: read config.json and metadata.json (bounded, streaming)
 * and apply the Keras rules to every config.json found. Never throws.
 */
export function analyzeKerasArchive(source: ZipBytes): ScanResult {
  const read = readZipMembers(source, new Set([KERAS_CONFIG, KERAS_METADATA]), MAX_CONFIG_BYTES);
  const configs = read.members.filter((m) => m.name === KERAS_CONFIG);
  const kerasVersion = kerasVersionOf(read.members.find((m) => m.name === KERAS_METADATA)?.bytes);
  const findings: FindingInput[] = [];
  const incomplete: string[] = [];
  for (const config of configs) {
    if (config.truncated) {
      incomplete.push(`config.json is larger than ${MAX_CONFIG_BYTES} bytes and was not analysed`);
      continue;
    }
    const result = analyzeKerasConfigText(utf8.decode(config.bytes), { source: 'keras-v3', where: 'config.json', ...(kerasVersion ? { kerasVersion } : {}) });
    for (const f of result.findings) findings.push({ ...f, location: { ...f.location, member: KERAS_CONFIG } });
    if (result.incomplete) incomplete.push(result.incomplete);
  }
  if (configs.length === 0) incomplete.push('no config.json member was found, so the model configuration was not analysed');
  if (read.error) incomplete.push(`the archive could not be read to its end (${read.error})`);
  return incomplete.length > 0 ? { findings, status: 'incomplete', message: incomplete.join('; ') } : { findings, status: 'complete' };
}
