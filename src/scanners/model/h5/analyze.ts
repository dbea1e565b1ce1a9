import type { FindingInput } from '../../../core/finding.js';
import type { ScanResult } from '../../../core/scanner.js';
import { kerasConfigFindings, kerasFinding, parseKerasJson } from '../_shared/keras-config-rules.js';
import { DEFAULT_H5_READ_LIMITS, readH5Attributes, type H5ReadLimits } from './read-attributes.js';

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Where the HDF5 signature is: at 0, or after a user block at 512, 1024, 2048, ... bytes (the
 * HDF5 rule); -1 when it is not within `bytes`.
 */
export function findH5Signature(bytes: Uint8Array): number {
  for (let at = 0; at + 8 <= bytes.length; at = at === 0 ? 512 : at * 2) {
    if (SIGNATURE.every((b, i) => bytes[at + i] === b)) return at;
  }
  return -1;
}

/** Whether `head` holds the HDF5 signature at a place the format allows. Content only. */
export function looksLikeH5(head: Uint8Array): boolean {
  return findH5Signature(head) >= 0;
}

/**
 * Check the Keras configuration of an HDF5 file in `bytes` (the file, or a prefix of it that
 * holds the root attributes): `model_config` and `training_config` get the Keras rules, with
 * Lambda layers critical since .h5 loading has no safe mode (CVE-2025-9905). A file without
 * them (weights only, or not Keras) is complete and clean. The bytes are handed to the reader
 * worker and must not be used afterwards.
 */
export function analyzeH5(bytes: Uint8Array, limits: H5ReadLimits = DEFAULT_H5_READ_LIMITS): ScanResult {
  const at = findH5Signature(bytes);
  if (at < 0) return { findings: [], status: 'incomplete', message: 'no HDF5 signature found' };
  const problem = superblockProblem(bytes, at);
  if (problem) return { findings: [], status: 'incomplete', message: `not a readable HDF5 file: ${problem}` };
  // Addresses in the file are relative to the superblock: a user block in front is cut off.
  const attrs = readH5Attributes(at === 0 ? bytes : bytes.slice(at), limits);
  if ('error' in attrs) return { findings: [], status: 'incomplete', message: `the HDF5 root attributes could not be read (${attrs.error})` };
  const findings: FindingInput[] = [];
  const incomplete: string[] = [];
  const kerasVersion = attrs.keras_version?.slice(0, 40);
  for (const name of ['model_config', 'training_config'] as const) {
    const text = attrs[name];
    if (text === undefined) continue;
    const where = `the ${name} attribute`;
    const parsed = parseKerasJson(text);
    if (!parsed.ok) {
      findings.push(kerasFinding('keras-config-invalid', 'medium', `${where} is not valid JSON (${parsed.error.slice(0, 200)}).`, { key: `keras-config-invalid:${name}` }));
      incomplete.push(`${where} could not be parsed`);
      continue;
    }
    const result = kerasConfigFindings(parsed.value, { source: 'h5', where, ...(kerasVersion ? { kerasVersion } : {}) });
    findings.push(...result.findings.map((f) => ({ ...f, key: `${name}:${f.key ?? ''}` })));
    if (result.incomplete) incomplete.push(result.incomplete);
  }
  return incomplete.length > 0 ? { findings, status: 'incomplete', message: incomplete.join('; ') } : { findings, status: 'complete' };
}

/**
 * Why the superblock cannot be one jsfive reads (checked before starting a reader worker):
 * a known version and 8-byte offsets and lengths.
 */
function superblockProblem(bytes: Uint8Array, at: number): string | undefined {
  const version = bytes[at + 8];
  if (version === undefined || version > 3) return `unknown superblock version ${version ?? '(missing)'}`;
  const [offsets, lengths] = version <= 1 ? [bytes[at + 13], bytes[at + 14]] : [bytes[at + 9], bytes[at + 10]];
  if (offsets !== 8 || lengths !== 8) return `${offsets ?? '?'}-byte offsets and ${lengths ?? '?'}-byte lengths (only 8-byte ones are supported)`;
  return undefined;
}
