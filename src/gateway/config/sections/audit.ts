/**
 * `audit:` — the tamper-evident audit log (a Merkle tree log with signed tree heads).
 */
import { z } from 'zod';

/** The `audit` section. */
export const AuditSchema = z.strictObject({}).describe('The tamper-evident audit log.');
