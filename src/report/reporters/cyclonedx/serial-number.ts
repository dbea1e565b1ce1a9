import { createHash } from 'node:crypto';
import type { ReportV1 } from '../../schema.js';

/**
 * The BOM serial number of a report: a `urn:uuid:` made from a SHA-256 of the report, laid
 * out like an RFC 9562 version-5 (name-based) UUID.
 *
 * Name-based rather than random so the same report always yields the same BOM (golden files
 * stay stable, re-rendering a stored assessment gives the same document) while any change to
 * the report gives another serial, as CycloneDX asks of a new BOM.
 */
export function serialNumberOf(report: ReportV1): string {
  const bytes = createHash('sha256').update('aisec.aibom/v1\u0000').update(JSON.stringify(report)).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122/9562 variant
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
