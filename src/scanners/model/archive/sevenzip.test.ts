import { describe, expect, it } from 'vitest';
import { createRootContext, runAnalyzers } from '../_shared/member-dispatch.js';
import { memberAnalyzers } from '../_shared/member-analyzers.js';
import { dumps } from '../pickle/test-support/dumps.js';
import { looksLikeSevenZip } from './sevenzip.js';
import { buildSevenZipCopy } from './test-support/sevenzip-builder.js';

describe('7z analyzer', () => {
  it('reports any 7z as high and incomplete, even with benign content', () => {
    const archive = buildSevenZipCopy(dumps({ a: 1 }, 2), 'a.pkl');
    expect(looksLikeSevenZip(archive)).toBe(true);
    const result = runAnalyzers(memberAnalyzers, archive, 'model.7z', createRootContext());
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['sevenzip-archive', 'high']]);
    expect(result.status).toBe('incomplete');
  });

  it('never throws on a truncated signature header', () => {
    const result = runAnalyzers(memberAnalyzers, Uint8Array.of(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4), 'x.7z', createRootContext());
    expect(result.status).toBe('incomplete');
  });
});
