/**
 * The audit part: every request and every event appended to the tamper-evident Merkle log
 * (docs/gateway/audit-log.md). Its write-ahead stage numbers, hashes and writes a request's
 * entry as the response ends, before its last bytes are sent; an observe-only response
 * inspector hashes the response as it passes. When entries cannot be
 * written, `onWriteError: fail-closed` (the default) refuses new requests and fails /readyz
 * until writing works again.
 */
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { loadPrivateKey } from '../../integrity/index.js';
import type { GatewayConfig } from '../config/schema.js';
import type { GatewayPart, PartContext } from '../pipeline/part.js';
import type { GatewayStages } from '../pipeline/stages.js';
import { AuditLog } from './audit-log.js';
import { eventEntry, requestEntryJson } from './entry.js';
import { OutputTaps } from './output-tap.js';

/** Built-in answers of the gateway itself (probes), not recorded. */
const probeRoutes = new Set(['healthz', 'readyz', 'metrics']);

function contentBytes(config: GatewayConfig | undefined): number {
  const audit = config?.audit;
  return audit?.includeContent ? audit.maxContentBytes : 0;
}

/** Make the audit part, or undefined when the configuration has no `audit` section. */
export async function createAuditPart(ctx: PartContext): Promise<GatewayPart | undefined> {
  const config = ctx.config.audit;
  if (config === undefined) return undefined;
  const base = path.dirname(path.resolve(ctx.configFile));
  const dir = path.resolve(base, config.dir);
  const signingKey = config.signingKey === undefined ? undefined : await loadPrivateKey(path.resolve(base, config.signingKey));
  const failClosed = config.onWriteError === 'fail-closed';
  let failing = false;
  const at = (): string => new Date(ctx.now()).toISOString();
  const log = await AuditLog.open({
    dir,
    signingKey,
    checkpointEntries: config.checkpointEvery.entries,
    checkpointSeconds: config.checkpointEvery.seconds,
    fsyncMs: config.fsyncMs,
    batchMs: config.batchMs,
    now: ctx.now,
    log: ctx.log,
    onWriteState: (now, error) => {
      failing = now;
      ctx.emit({ type: now ? 'audit.write-failed' : 'audit.write-recovered', severity: now ? 'critical' : 'info', at: at(), detail: { error: error ?? null, refusing: now && failClosed } });
    },
  });

  const { recovery } = log;
  for (const cut of recovery.truncated) ctx.log(`gateway: audit log: removed ${cut.bytes} bytes at byte ${cut.offset} of ${cut.file} (${cut.reason}); they are kept in ${cut.savedTo ?? 'nowhere'}`);
  if (recovery.note !== undefined) ctx.log(`gateway: audit log: ${recovery.note}; the tree was rebuilt from all ${recovery.entriesRead} entries`);
  if (signingKey === undefined) ctx.log('gateway: audit log: audit.signingKey is not set, so tree heads are not signed');
  log.append({
    kind: 'event', time: at(), type: 'audit.opened', severity: recovery.truncated.length > 0 || recovery.note !== undefined ? 'warning' : 'info',
    requestId: null, keyId: null, route: null, model: null,
    detail: {
      entries: recovery.tree.size,
      resumedFrom: recovery.lastCheckpoint?.treeSize ?? null,
      entriesRead: recovery.entriesRead,
      truncated: recovery.truncated.map((t) => ({ file: path.basename(t.file), offset: t.offset, bytes: t.bytes, reason: t.reason, savedTo: t.savedTo === undefined ? null : path.basename(t.savedTo) })),
      note: recovery.note ?? null,
      signed: signingKey !== undefined,
    },
  });

  const taps = new OutputTaps();
  let dropped = 0;
  const lost = (error: unknown): void => {
    if (dropped++ === 0) ctx.log(`gateway: audit log: an entry could not be made (${(error as Error).message}); further ones are counted in aisec_gateway_audit_lost_entries_total`);
  };
  const append = (make: () => Record<string, unknown>): void => {
    try {
      log.append(make());
    } catch (error) {
      lost(error);
    }
  };

  const stages: GatewayStages = {
    responseGuard: (req) => taps.inspector(req, contentBytes(req.config)),
    writeAhead: (record) => {
      if (record.request === undefined && probeRoutes.has(record.route)) return;
      const output = taps.take(record.request);
      const keep = contentBytes(record.request?.config ?? ctx.config);
      try {
        log.appendJson((seq) => requestEntryJson(record, output, keep, seq));
      } catch (error) {
        lost(error);
      }
    },
  };
  if (failClosed) {
    stages.authorise = () => {
      if (failing) throw new AisecError('ERR_AUDIT_UNAVAILABLE', 'The gateway cannot write its audit log, so it refuses requests until it can. Retry later.', { details: { retryAfterSeconds: 5 } });
    };
  }

  return {
    id: 'audit',
    stages,
    onEvent: (event) => append(() => eventEntry(event)),
    health: () => {
      const s = log.stats();
      const last = s.lastCheckpoint;
      return {
        ready: !(failClosed && s.failing),
        detail: {
          logId: log.logId,
          entries: s.treeSize,
          written: s.writtenSize,
          queued: s.queued,
          writing: !s.failing,
          writeErrors: s.writeErrors,
          lastWriteError: s.lastWriteError ?? null,
          lost: s.lost + dropped,
          onWriteError: config.onWriteError,
          signed: s.signed,
          ...(s.signed ? {} : { warning: 'tree heads are not signed: set audit.signingKey' }),
          lastCheckpoint: last ? { treeSize: last.treeSize, at: new Date(last.timestamp).toISOString(), rootHash: last.rootHash, signed: last.signature !== null } : null,
        },
      };
    },
    metrics: () => {
      const s = log.stats();
      const lines = [
        ['aisec_gateway_audit_entries', 'gauge', 'Entries in the audit log (its tree size).', s.treeSize],
        ['aisec_gateway_audit_appended_total', 'counter', 'Entries appended by this process.', s.appended],
        ['aisec_gateway_audit_queued_entries', 'gauge', 'Entries not yet handed to the operating system.', s.queued],
        ['aisec_gateway_audit_lost_entries_total', 'counter', 'Entries that could not be recorded (queue full while writes failed, or not serialisable).', s.lost + dropped],
        ['aisec_gateway_audit_write_errors_total', 'counter', 'Failed writes or syncs of the audit log.', s.writeErrors],
        ['aisec_gateway_audit_writing', 'gauge', '1 while the audit log can be written, 0 while writes fail.', s.failing ? 0 : 1],
        ['aisec_gateway_audit_checkpoints_total', 'counter', 'Signed tree heads appended by this process.', s.checkpoints],
        ['aisec_gateway_audit_last_checkpoint_size', 'gauge', 'Tree size covered by the last signed tree head.', s.lastCheckpoint?.treeSize ?? 0],
        ['aisec_gateway_audit_last_checkpoint_timestamp_seconds', 'gauge', 'When the last tree head was made.', (s.lastCheckpoint?.timestamp ?? 0) / 1000],
      ] as const;
      return lines.map(([name, type, help, value]) => `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${name} ${value}\n`).join('');
    },
    close: () => log.close(),
  };
}
