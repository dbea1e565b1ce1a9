import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, auditEventHash, verifyAuditChain } from './audit-chain.js';
import type { AuditEvent } from './store.js';

/** A valid chain of `n` events, built the way the store builds it. */
function chain(n: number, start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prev = start;
  for (let i = 0; i < n; i++) {
    const unhashed = { seq: prev.seq + 1, at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), actor: `actor-${i % 3}`, action: 'act', subject: `s${i}`, detail: { i, list: [i, 'x'] }, prevHash: prev.hash };
    const event = { ...unhashed, hash: auditEventHash(unhashed) };
    events.push(event);
    prev = event;
  }
  return events;
}

type Tamper = (event: AuditEvent) => AuditEvent;
const tampers: Record<string, Tamper> = {
  actor: (e) => ({ ...e, actor: `${e.actor}!` }),
  action: (e) => ({ ...e, action: 'other' }),
  subject: (e) => ({ ...e, subject: `${e.subject} ` }),
  at: (e) => ({ ...e, at: new Date(Date.parse(e.at) + 1).toISOString() }),
  detail: (e) => ({ ...e, detail: { ...e.detail, extra: true } }),
  hash: (e) => ({ ...e, hash: e.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) }),
  prevHash: (e) => ({ ...e, prevHash: 'f'.repeat(64) }),
  seq: (e) => ({ ...e, seq: e.seq + 100 }),
};

describe('verifyAuditChain', () => {
  it('accepts a chain from genesis and an empty one', () => {
    expect(verifyAuditChain(chain(5))).toBeNull();
    expect(verifyAuditChain([])).toBeNull();
  });

  it('hashes the same event the same way whatever its key order', () => {
    const [event] = chain(1);
    const { seq, at, actor, action, subject, detail, prevHash } = event!;
    const reordered = { prevHash, detail: { list: detail.list, i: detail.i }, subject, action, actor, at, seq };
    expect(auditEventHash(reordered)).toBe(event!.hash);
  });

  it('checks a later page against the event before it', () => {
    const all = chain(6);
    const anchor = { seq: all[2]!.seq, hash: all[2]!.hash };
    expect(verifyAuditChain(all.slice(3), { after: anchor })).toBeNull();
    expect(verifyAuditChain(all.slice(3))).toBe(4);
    expect(verifyAuditChain(all.slice(3), { after: { seq: 3, hash: GENESIS_HASH } })).toBe(4);
  });

  it('finds a removed, repeated or swapped event', () => {
    const events = chain(5);
    expect(verifyAuditChain([...events.slice(0, 2), ...events.slice(3)])).toBe(4);
    expect(verifyAuditChain([...events.slice(0, 3), events[2]!, ...events.slice(3)])).toBe(3);
    expect(verifyAuditChain([events[1]!, events[0]!, ...events.slice(2)])).toBe(2);
    expect(verifyAuditChain(events.slice(1))).toBe(2);
  });

  it('points at the first altered event, whatever field changed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.constantFrom(...Object.keys(tampers)), (n, pick, field) => {
        const events = chain(n);
        const at = pick % n;
        const altered = events.map((e, i) => (i === at ? tampers[field]!(e) : e));
        expect(verifyAuditChain(altered)).toBe(altered[at]!.seq);
      }),
    );
  });

  it('treats a detail that is not JSON data as broken rather than throwing', () => {
    const events = chain(2);
    const bad = { ...events[1]!, detail: { n: 1n } as unknown as Record<string, unknown> };
    expect(verifyAuditChain([events[0]!, bad])).toBe(2);
  });
});
