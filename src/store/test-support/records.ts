import { createHash } from 'node:crypto';
import { completeFinding, type Finding } from '../../core/finding.js';
import type { Severity } from '../../core/severity.js';
import type { Target } from '../../core/target.js';
import type { AssessmentRecord, StoredRisk } from '../store.js';

/** The SHA-256 of a label: a stand-in for a file's content hash. */
export function hashOf(label: string): string {
  return createHash('sha256').update(label).digest('hex');
}

/** A finding of rule `rule` on `path`, built the way the engine builds them. */
export function makeFinding(rule: string, path: string, options: { severity?: Severity; message?: string; key?: string; evidence?: Record<string, unknown> } = {}): Finding {
  return completeFinding('test-scanner', path, {
    rule,
    title: `Test finding ${rule}`,
    severity: options.severity ?? 'high',
    message: options.message ?? `Found ${rule} in ${path}.`,
    evidence: options.evidence ?? {},
    why: 'It matters.',
    fix: 'Fix it.',
    ...(options.key === undefined ? {} : { key: options.key }),
  });
}

/** A fully analysed target with content `content` (hashed). */
export function makeTarget(path: string, content: string | null, extra: Partial<Target> = {}): Target {
  return { path, kind: 'model', format: 'pickle', sha256: content === null ? null : hashOf(content), size: content?.length ?? null, status: 'complete', ...extra };
}

/** A risk that points at `findings`. */
export function makeRisk(id: string, findings: readonly Finding[]): StoredRisk {
  return { id, title: `Risk ${id}`, level: 'high', likelihood: 3, impact: 4, findings: findings.map((f) => f.fingerprint), controls: [], taxonomy: { atlas: ['AML.T0010'] } };
}

/** A complete assessment record started at `startedAt`, with a report that mirrors its parts. */
export function makeRecord(
  systemId: string,
  startedAt: string,
  parts: { targets?: Target[]; findings?: Finding[]; risks?: StoredRisk[]; status?: 'complete' | 'incomplete' } = {},
): AssessmentRecord {
  const targets = parts.targets ?? [makeTarget('models/model.pkl', 'v1')];
  const findings = parts.findings ?? [makeFinding('dangerous-global', 'models/model.pkl')];
  const risks = parts.risks ?? [makeRisk('R-1', findings)];
  const diagnostics = [{ path: 'models/model.pkl', scanner: 'test-scanner', code: 'LIMIT', level: 'warning' as const, message: 'A limit was reached.' }];
  const finishedAt = new Date(Date.parse(startedAt) + 1000).toISOString();
  return {
    systemId,
    startedAt,
    finishedAt,
    toolVersion: '0.1.0',
    status: parts.status ?? 'complete',
    targets,
    findings,
    diagnostics,
    risks,
    report: { schema: 'aisec.report/v1', startedAt, finishedAt, targets, findings, diagnostics, risks, zLast: 1, aFirst: 2 },
  };
}

/** ISO time `minutes` after a fixed origin, so tests never read the clock for order. */
export function minute(minutes: number): string {
  return new Date(Date.UTC(2026, 0, 1, 0, minutes)).toISOString();
}
