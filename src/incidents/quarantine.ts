/**
 * Quarantine of a dataset version, named by its content digest (the manifest's `digest.sha256`,
 * which is also the subject digest of an OpenSSF signature of the same folder). The record is
 * kept in the store's hash-chained audit trail: `data.quarantine` and `data.release` events with
 * the subject `dataset:sha256:<hex>`; the latest one decides. So a quarantine cannot be lifted by
 * editing a row without breaking the chain, and every change says who and why.
 */
import { AisecError } from '../core/errors.js';
import type { AuditEvent, Store } from '../store/index.js';

/** A dataset version's quarantine as the audit trail records it. */
export interface DatasetQuarantine {
  readonly digest: string;
  readonly quarantined: boolean;
  readonly at: string;
  readonly by: string;
  readonly reason: string;
  readonly incident: string | null;
}

const digestPattern = /^[0-9a-f]{64}$/;

/** Check a SHA-256 digest given from outside (`sha256:` prefix allowed); lower-case hex. */
export function checkDigest(value: unknown, where: string): string {
  const text = typeof value === 'string' ? value.trim().toLowerCase().replace(/^sha256:/, '') : '';
  if (!digestPattern.test(text)) throw new AisecError('ERR_USAGE', `${where}: a dataset version is named by its SHA-256 digest, 64 hex digits (the manifest's digest.sha256).`);
  return text;
}

/** The audit subject of a dataset version. */
export function datasetSubject(digest: string): string {
  return `dataset:sha256:${digest}`;
}

const pageSize = 1000;

/**
 * The latest quarantine or release of every dataset version (or of one), read from the audit
 * trail in one pass. The pass reads every audit event; at a few hundred thousand events it
 * takes seconds (a table of its own is the next step when that matters).
 */
export async function datasetQuarantines(store: Store, digest?: string): Promise<Map<string, DatasetQuarantine>> {
  const out = new Map<string, DatasetQuarantine>();
  const wanted = digest === undefined ? undefined : datasetSubject(digest);
  let after = 0;
  for (;;) {
    const events: AuditEvent[] = await store.listAudit({ afterSeq: after, limit: pageSize });
    for (const event of events) {
      if (event.action !== 'data.quarantine' && event.action !== 'data.release') continue;
      if (wanted !== undefined ? event.subject !== wanted : !event.subject.startsWith('dataset:sha256:')) continue;
      const d = event.subject.slice('dataset:sha256:'.length);
      out.set(d, {
        digest: d,
        quarantined: event.action === 'data.quarantine',
        at: event.at,
        by: event.actor,
        reason: typeof event.detail.reason === 'string' ? event.detail.reason : '',
        incident: typeof event.detail.incident === 'string' ? event.detail.incident : null,
      });
    }
    if (events.length < pageSize) break;
    after = events[events.length - 1]!.seq;
  }
  return out;
}

/** The quarantine in force for a dataset version, or `null` when it is not quarantined. */
export async function quarantineOf(store: Store, digest: string): Promise<DatasetQuarantine | null> {
  const state = (await datasetQuarantines(store, checkDigest(digest, 'quarantineOf'))).get(checkDigest(digest, 'quarantineOf'));
  return state?.quarantined ? state : null;
}

/**
 * Quarantine (`true`) or release (`false`) a dataset version. Idempotent: when it is already in
 * that state nothing is appended and `changed` is false.
 */
export async function setDatasetQuarantine(
  store: Store,
  digest: string,
  quarantined: boolean,
  by: { readonly actor: string; readonly reason: string; readonly incident?: string },
): Promise<{ changed: boolean; state: DatasetQuarantine | null }> {
  const d = checkDigest(digest, quarantined ? 'quarantine' : 'release');
  const current = (await datasetQuarantines(store, d)).get(d);
  if ((current?.quarantined ?? false) === quarantined) return { changed: false, state: current ?? null };
  const event = await store.appendAudit({
    actor: by.actor,
    action: quarantined ? 'data.quarantine' : 'data.release',
    subject: datasetSubject(d),
    detail: { reason: by.reason, incident: by.incident ?? null },
  });
  return { changed: true, state: { digest: d, quarantined, at: event.at, by: by.actor, reason: by.reason, incident: by.incident ?? null } };
}

/** The message a verification prints for a quarantined version. */
export function quarantineMessage(q: DatasetQuarantine): string {
  return `dataset version sha256:${q.digest} is quarantined since ${q.at} by ${q.by}${q.incident ? ` (incident ${q.incident})` : ''}${q.reason ? `: ${q.reason}` : ''}. Do not train on it; it verifies again once released (aisec incident act ${q.incident ?? 'INCIDENT'} release-dataset).`;
}
