import { AisecError } from '../core/errors.js';
import type { Store, StoredFinding, StoredSystem } from '../store/index.js';
import { resolveSystem } from './resolve-system.js';
import { openSystemStore } from './system-store.js';

/** The findings of the latest assessment of the system in `dir`. */
export async function listSystemFindings(dir: string, options: { databaseUrl?: string } = {}): Promise<StoredFinding[]> {
  const system = await resolveSystem(dir);
  const store = await openSystemStore(system.dir, { url: options.databaseUrl });
  try {
    const stored = await store.getSystem(system.name);
    if (!stored) throw new AisecError('ERR_ASSET_NOT_FOUND', `The system "${system.name}" has not been assessed yet. Run \`aisec assess ${system.displayDir}\` first.`);
    return await store.listFindings(stored.id);
  } finally {
    await store.close();
  }
}

/** Options of {@link suppressSystemFinding}. */
export interface SuppressOptions {
  readonly dir: string;
  readonly id: string;
  readonly reason: string;
  readonly owner: string;
  readonly expiresAt: Date | null;
  readonly databaseUrl?: string;
  readonly now?: Date;
}

/** Suppress a finding (by short id or fingerprint) with a reason, an owner and an expiry. */
export async function suppressSystemFinding(options: SuppressOptions): Promise<string> {
  const system = await resolveSystem(options.dir);
  const store = await openSystemStore(system.dir, { url: options.databaseUrl });
  try {
    const stored = await store.getSystem(system.name);
    if (!stored) throw new AisecError('ERR_FINDING_NOT_FOUND', `The system "${system.name}" has not been assessed yet, so it has no findings to suppress.`);
    return await suppressStoredFinding(store, stored, options);
  } finally {
    await store.close();
  }
}

/**
 * Suppress a finding of a stored system in an open store and record it in the audit trail
 * (what {@link suppressSystemFinding} does once it has the store; the server calls it directly).
 */
export async function suppressStoredFinding(store: Store, system: Pick<StoredSystem, 'id' | 'name'>, options: Pick<SuppressOptions, 'id' | 'reason' | 'owner' | 'expiresAt' | 'now'>): Promise<string> {
  const now = options.now ?? new Date();
  const fingerprint = await store.suppressFinding(system.id, options.id, {
    reason: options.reason,
    owner: options.owner,
    expiresAt: options.expiresAt ? options.expiresAt.toISOString() : null,
    createdAt: now.toISOString(),
  });
  await store.appendAudit({ actor: options.owner, action: 'finding.suppress', subject: `${system.name}:${fingerprint}`, detail: { reason: options.reason, expiresAt: options.expiresAt?.toISOString() ?? null }, at: now.toISOString() });
  return fingerprint;
}
