import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { AuditEvent } from './store.js';

/** The `prevHash` of the first audit event: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash of an audit event: SHA-256 (hex) over the canonical JSON of every field but
 * `hash` itself, so changing any field, the order, or the link to the previous event shows.
 */
export function auditEventHash(event: Omit<AuditEvent, 'hash'>): string {
  const { seq, at, actor, action, subject, detail, prevHash } = event;
  return createHash('sha256').update(canonicalJson({ seq, at, actor, action, subject, detail, prevHash })).digest('hex');
}

/** Where a chain being checked continues from, when it is not checked from the start. */
export interface ChainAnchor {
  readonly seq: number;
  readonly hash: string;
}

function hashMatches(event: AuditEvent): boolean {
  try {
    return auditEventHash(event) === event.hash;
  } catch {
    // A detail that is not JSON data cannot have been written by the store.
    return false;
  }
}

/**
 * Check a run of audit events in `seq` order: numbers without gaps, each `prevHash` equal to
 * the hash before it, and each hash right for its content. Returns the `seq` of the first
 * event that breaks the chain, or `null` when it holds.
 *
 * By default the run must start at the first event (seq 1, genesis hash); pass `after`, the
 * last event of the previous page, to check a later page. A chain cut short at the end cannot
 * be told from a shorter log: compare the last hash with one kept elsewhere for that.
 *
 * @example
 * const broken = verifyAuditChain(await store.listAudit({ limit: 100_000 }));
 * if (broken !== null) console.error(`audit log altered at event ${broken}`);
 */
export function verifyAuditChain(events: readonly AuditEvent[], options: { after?: ChainAnchor } = {}): number | null {
  let expectedSeq = options.after ? options.after.seq + 1 : 1;
  let expectedPrev = options.after ? options.after.hash : GENESIS_HASH;
  for (const event of events) {
    if (event.seq !== expectedSeq || event.prevHash !== expectedPrev || !hashMatches(event)) return event.seq;
    expectedSeq = event.seq + 1;
    expectedPrev = event.hash;
  }
  return null;
}
