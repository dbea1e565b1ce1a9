import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createRootContext, runAnalyzers } from '../_shared/member-dispatch.js';
import { memberAnalyzers } from '../_shared/member-analyzers.js';
import { dumps } from '../pickle/test-support/dumps.js';
import { PickleWriter } from '../pickle/test-support/pickle-writer.js';
import { looksLikeGzip, looksLikeZlib } from './compressed.js';

const payload = () => new PickleWriter().proto(4).call('posix', 'system', 'true').stop().bytes();
const analyse = (bytes: Uint8Array, name = 'model.joblib', maxExpandedBytes?: number) => {
  const diagnostics: string[] = [];
  const ctx = createRootContext({ diagnostic: (code) => diagnostics.push(code), ...(maxExpandedBytes ? { limits: { maxExpandedBytes } } : {}) });
  return { ...runAnalyzers(memberAnalyzers, bytes, name, ctx), diagnostics };
};

describe('compressed wrappers', () => {
  it('decompresses zlib (joblib) and gzip (pandas) and analyses the content', () => {
    const zlib = new Uint8Array(deflateSync(payload()));
    const gzip = new Uint8Array(gzipSync(payload()));
    expect(looksLikeZlib(zlib) && looksLikeGzip(gzip)).toBe(true);
    expect(analyse(zlib).findings.map((f) => `${f.rule}@${f.location?.member}`)).toEqual(['dangerous-import@<zlib content>']);
    expect(analyse(gzip, 'frame.pkl.gz').findings.map((f) => `${f.rule}@${f.location?.member}`)).toEqual(['dangerous-import@frame.pkl']);
  });

  it('finds nothing in compressed benign data', () => {
    expect(analyse(new Uint8Array(deflateSync(dumps({ a: [1, 2, 3] }, 4))))).toMatchObject({ findings: [], status: 'complete' });
  });

  it('stops a decompression bomb at the limit, with a finding and an incomplete result', () => {
    const bomb = new Uint8Array(gzipSync(new Uint8Array(8 << 20)));
    const result = analyse(bomb, 'bomb.gz', 1 << 20);
    expect(result.status).toBe('incomplete');
    expect(result.findings.map((f) => f.rule)).toContain('archive-bomb');
  });

  it('reports corrupt compressed data', () => {
    const gzip = new Uint8Array(gzipSync(payload()));
    gzip.fill(0xff, 12, 20);
    const result = analyse(gzip, 'x.gz');
    expect(result.status).toBe('incomplete');
    expect(result.findings.map((f) => f.rule)).toContain('archive-corrupt');
  });

  it.each([
    ['bz2', Uint8Array.of(0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0, 0)],
    ['xz', Uint8Array.of(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 0, 0, 0)],
    ['lzma', Uint8Array.of(0x5d, 0x00, 0x00, 0x80, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0)],
    ['zstd', Uint8Array.of(0x28, 0xb5, 0x2f, 0xfd, 0, 0)],
  ])('is incomplete with a diagnostic for %s, never clean', (format, bytes) => {
    const result = analyse(bytes);
    expect(result).toMatchObject({ findings: [], status: 'incomplete', diagnostics: ['unsupported-compression'] });
    expect(result.message).toMatch(/no .* decoder in process/);
    expect(format.length).toBeGreaterThan(0);
  });
});
