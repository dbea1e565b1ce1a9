import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../core/errors.js';
import { hashFile } from '../integrity/index.js';
import { collectTargets } from './collect-targets.js';
import { resolveSystem } from './resolve-system.js';
import { openSystemStore } from './system-store.js';

/** Options of {@link approveAsset}. */
export interface ApproveOptions {
  readonly dir: string;
  /** A path (relative to the current folder or the system folder) or a descriptor asset name. */
  readonly asset: string;
  readonly by: string;
  readonly reason: string;
  readonly databaseUrl?: string;
  readonly now?: Date;
}

/** One approved file. */
export interface Approved {
  readonly key: string;
  readonly sha256: string;
}

/**
 * Record that the current content of an asset is approved: later assessments compare with it.
 * A folder or a descriptor asset name approves every file under it. Each approval is also an
 * audit event.
 */
export async function approveAsset(options: ApproveOptions): Promise<Approved[]> {
  const system = await resolveSystem(options.dir);
  const targets = await collectTargets(system);
  const fromCwd = path.relative(system.dir, path.resolve(options.asset)).split(path.sep).join('/');
  const asGiven = options.asset.split(path.sep).join('/').replace(/^\.\//, '').replace(/\/$/, '');
  const matches = targets.filter((t) =>
    [fromCwd, asGiven].some((k) => k !== '' && !k.startsWith('..') && (t.key === k || t.key.startsWith(`${k}/`))) || t.asset?.name === options.asset,
  );
  if (matches.length === 0) {
    const exists = await stat(path.resolve(options.asset)).then(() => true, () => false);
    throw new AisecError(
      'ERR_ASSET_NOT_FOUND',
      exists
        ? `${options.asset} is not a model, dataset or prompt of the system in ${system.displayDir}. Declare it in aisec.yaml first.`
        : `${options.asset} is neither a file of the system in ${system.displayDir} nor an asset name in its aisec.yaml.`,
    );
  }
  const store = await openSystemStore(system.dir, { url: options.databaseUrl });
  try {
    const stored = await store.upsertSystem(system.name, system.loaded?.file ?? null);
    const at = (options.now ?? new Date()).toISOString();
    const approved: Approved[] = [];
    for (const target of matches) {
      const { sha256 } = await hashFile(target.absPath);
      await store.recordApproval({ systemId: stored.id, path: target.key, sha256, by: options.by, reason: options.reason, at });
      await store.appendAudit({ actor: options.by, action: 'asset.approve', subject: `${system.name}:${target.key}`, detail: { sha256, reason: options.reason }, at });
      approved.push({ key: target.key, sha256 });
    }
    return approved;
  } finally {
    await store.close();
  }
}
