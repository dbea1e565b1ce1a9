/**
 * The register in the store: each run of the register compares the risks with those stored
 * and records what changed (created, updated, acceptance lapsed, retired) in the risk's
 * append-only history. Acceptances are recorded here too, and are refused without a
 * rationale, an approver and an expiry.
 */
import { AisecError } from '../core/errors.js';
import type { RegisterChange, RegisterEntry, Store } from '../store/index.js';
import { acceptanceActive, type Risk, type RiskAcceptance } from './register.js';

/** Longest acceptance allowed: three years. */
export const maxAcceptanceDays = 3 * 366;

/** What a person gives to accept a risk. */
export interface AcceptanceInput {
  readonly rationale?: string | undefined;
  readonly approver?: string | undefined;
  /** A date (YYYY-MM-DD) or ISO time. */
  readonly expires?: string | undefined;
}

/** Check an acceptance: rationale, approver and an expiry in the future (at most three years); `ERR_USAGE` naming what is missing. */
export function checkAcceptance(input: AcceptanceInput, recordedBy: string, now: Date): RiskAcceptance {
  const problems: string[] = [];
  const rationale = input.rationale?.trim() ?? '';
  const approver = input.approver?.trim() ?? '';
  if (rationale === '') problems.push('a rationale (--rationale: why the risk is accepted)');
  if (approver === '') problems.push('an approver (--approver: the accountable person who approved it)');
  if (rationale.length > 2000) problems.push('a rationale of at most 2000 characters');
  if (approver.length > 200) problems.push('an approver of at most 200 characters');
  let expiresAt: string | undefined;
  const expires = input.expires?.trim() ?? '';
  if (expires === '') problems.push('an expiry (--expires YYYY-MM-DD: an accepted risk is reviewed again)');
  else {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(expires) ? new Date(`${expires}T23:59:59.999Z`) : /^\d{4}-\d{2}-\d{2}T/.test(expires) ? new Date(expires) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) problems.push(`an expiry that is a date like 2027-03-31 (not ${JSON.stringify(expires.slice(0, 40))})`);
    else if (date.getTime() <= now.getTime()) problems.push(`an expiry in the future (${expires} has passed)`);
    else if (date.getTime() - now.getTime() > maxAcceptanceDays * 86_400_000) problems.push(`an expiry at most three years ahead (${expires} is later)`);
    else expiresAt = date.toISOString();
  }
  if (problems.length > 0 || expiresAt === undefined) {
    throw new AisecError('ERR_USAGE', `A risk acceptance needs ${problems.join(', ')}. Nothing was recorded.`);
  }
  return { rationale, approver, expiresAt, acceptedAt: now.toISOString(), recordedBy };
}

/** What an entry holds that, when it changes, makes a history event. */
function material(risk: Risk): Record<string, unknown> {
  return {
    inherent: `${risk.likelihood.inherent}x${risk.impact.value}=${risk.inherent.score} ${risk.inherent.level}`,
    residual: `${risk.likelihood.residual}x${risk.impact.value}=${risk.residual.score} ${risk.residual.level}`,
    status: risk.status,
    owner: risk.owner,
    controls: risk.controls.map((c) => `${c.id}:${c.state}`).join(' '),
    findings: risk.findings.length,
    certainty: risk.threat.certainty,
  };
}

function differences(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = { from: before[key] ?? null, to: after[key] };
  return out;
}

const asRisk = (entry: RegisterEntry): Risk => entry.entry as unknown as Risk;

/** Owners and acceptances of the stored risks, by fingerprint (what {@link buildRegister} carries over). */
export function previousOf(entries: readonly RegisterEntry[]): Map<string, Pick<Risk, 'owner' | 'acceptance'>> {
  return new Map(entries.map((e) => [e.fingerprint, { owner: asRisk(e).owner, acceptance: asRisk(e).acceptance ?? asRisk(e).lapsedAcceptance ?? null }]));
}

/** Record the register's changes against what is stored; returns the changes written. */
export async function syncRegister(store: Store, systemId: string, risks: readonly Risk[], options: { actor: string; now: Date; stored?: readonly RegisterEntry[] }): Promise<RegisterChange[]> {
  const stored = options.stored ?? (await store.listRegister(systemId));
  const byFingerprint = new Map(stored.map((e) => [e.fingerprint, e]));
  const at = options.now.toISOString();
  const changes: RegisterChange[] = [];
  const seen = new Set<string>();
  for (const risk of risks) {
    seen.add(risk.fingerprint);
    const entry = risk as unknown as Record<string, unknown>;
    const before = byFingerprint.get(risk.fingerprint);
    if (!before) {
      changes.push({ riskId: risk.id, fingerprint: risk.fingerprint, status: risk.status, entry, event: { actor: options.actor, action: 'created', detail: material(risk), at } });
      continue;
    }
    const old = asRisk(before);
    const diff = differences(material(old), material(risk));
    if (Object.keys(diff).length === 0) continue;
    const lapsed = old.status === 'accepted' && risk.status !== 'accepted' && !acceptanceActive(risk.acceptance, options.now);
    const action = lapsed ? 'acceptance-lapsed' : before.status === 'retired' ? 'reopened' : 'updated';
    changes.push({ riskId: risk.id, fingerprint: risk.fingerprint, status: risk.status, entry, event: { actor: options.actor, action, detail: { changes: diff, ...(lapsed && old.acceptance ? { acceptance: old.acceptance } : {}) }, at } });
  }
  for (const entry of stored) {
    if (seen.has(entry.fingerprint) || entry.status === 'retired') continue;
    const retired = { ...asRisk(entry), status: 'retired' } as unknown as Record<string, unknown>;
    changes.push({ riskId: entry.riskId, fingerprint: entry.fingerprint, status: 'retired', entry: retired, event: { actor: options.actor, action: 'retired', detail: { reason: 'no rule raises this threat for the current descriptor' }, at } });
  }
  if (changes.length > 0) await store.recordRiskChanges(systemId, changes);
  return changes;
}

/** Accept a stored risk; `ERR_RISK_NOT_FOUND` when the register has no such risk, `ERR_USAGE` when the acceptance is incomplete. */
export async function acceptStoredRisk(store: Store, systemId: string, riskId: string, input: AcceptanceInput, options: { actor: string; now: Date }): Promise<Risk> {
  const acceptance = checkAcceptance(input, options.actor, options.now);
  const entries = await store.listRegister(systemId);
  const entry = entries.find((e) => e.riskId === riskId);
  if (!entry) {
    const ids = entries.map((e) => e.riskId).slice(0, 5).join(', ');
    throw new AisecError('ERR_RISK_NOT_FOUND', `The register has no risk ${JSON.stringify(riskId.slice(0, 40))}${ids ? ` (it has ${ids}${entries.length > 5 ? ', …' : ''})` : ''}. List the risks with \`aisec risk list\`.`);
  }
  if (entry.status === 'retired') throw new AisecError('ERR_USAGE', `Risk ${riskId} is retired (no rule raises it any more); there is nothing to accept.`);
  const old = asRisk(entry);
  const { lapsedAcceptance: _lapsed, ...rest } = old;
  void _lapsed;
  const risk: Risk = { ...rest, status: 'accepted', acceptance };
  await store.recordRiskChanges(systemId, [
    { riskId, fingerprint: entry.fingerprint, status: 'accepted', entry: risk as unknown as Record<string, unknown>, event: { actor: options.actor, action: 'accepted', detail: { ...acceptance, residual: `${risk.residual.score} ${risk.residual.level}` }, at: options.now.toISOString() } },
  ]);
  return risk;
}
