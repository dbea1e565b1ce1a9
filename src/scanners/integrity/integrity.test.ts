import { describe, expect, it } from 'vitest';
import type { ScanContext, ScanTarget } from '../../core/scanner.js';
import { integrityScanner } from './index.js';

const target: ScanTarget = { path: 'ex/data/train.csv', key: 'data/train.csv', absPath: '/x', kind: 'dataset', format: 'csv', size: 10, sha256: 'a'.repeat(64), head: new Uint8Array() };
const ctx = (baseline: ReturnType<ScanContext<unknown>['baseline']>): ScanContext<Record<string, never>> => ({ options: {}, signal: new AbortController().signal, baseline: () => baseline, diagnostic: () => undefined });

describe('integrity scanner', () => {
  it('says nothing on first sight (the first hash becomes the baseline)', async () => {
    expect((await integrityScanner.scan(target, ctx(undefined))).findings).toEqual([]);
  });

  it('lets through content equal to the baseline', async () => {
    expect((await integrityScanner.scan(target, ctx({ sha256: 'a'.repeat(64), source: 'first-seen', at: '2026-01-01' }))).findings).toEqual([]);
  });

  it('flags a dataset whose content differs from its baseline, high, with both hashes and the fix', async () => {
    const { findings } = await integrityScanner.scan(target, ctx({ sha256: 'b'.repeat(64), source: 'approval', at: '2026-01-01', by: 'alice' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'changed-without-approval', severity: 'high', evidence: { expectedSha256: 'b'.repeat(64), actualSha256: 'a'.repeat(64), baseline: 'approval' } });
    expect(findings[0]?.fix).toContain('aisec approve ex/data/train.csv');
    expect(findings[0]?.message).toContain('alice');
  });

  it('rates a changed prompt file medium', async () => {
    const { findings } = await integrityScanner.scan({ ...target, kind: 'prompt' }, ctx({ sha256: 'b'.repeat(64), source: 'first-seen', at: 'x' }));
    expect(findings[0]?.severity).toBe('medium');
  });
});
