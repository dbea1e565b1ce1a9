import { describe, expect, it } from 'vitest';
import { createRootContext, runAnalyzers } from '../../_shared/member-dispatch.js';
import { memberAnalyzers } from '../../_shared/member-analyzers.js';
import type { ScanLimits } from '../../_shared/member-types.js';
import { torchStateDictPickle } from '../../pickle/test-support/ecosystem-pickles.js';
import { PickleWriter } from '../../pickle/test-support/pickle-writer.js';
import { buildNpy } from '../test-support/npy-builder.js';
import { buildZip, type ZipFixtureEntry } from '../test-support/zip-builder.js';

const payload = () => new PickleWriter().proto(2).global('os', 'system').binUnicode('true').tuple1().reduce().stop().bytes();
const analyse = (bytes: Uint8Array, limits: Partial<ScanLimits> = {}) => runAnalyzers(memberAnalyzers, bytes, 'model.pt', createRootContext({ limits }));
const rules = (bytes: Uint8Array, limits: Partial<ScanLimits> = {}) => analyse(bytes, limits).findings.map((f) => (f.location?.member ? `${f.rule}@${f.location.member}` : f.rule));
const torch = (extra: ZipFixtureEntry[] = [], dataPkl = torchStateDictPickle()): ZipFixtureEntry[] => [
  { name: 'archive/data.pkl', data: dataPkl },
  { name: 'archive/byteorder', data: 'little' },
  { name: 'archive/data/0', data: new Uint8Array(64).fill(0x80) },
  { name: 'archive/data/1', data: Uint8Array.of(0x80, 0x02, 0x00, 0x00) },
  { name: 'archive/version', data: '3\n' },
  { name: 'archive/.data/serialization_id', data: '1234567890' },
  ...extra,
];

describe('zip analyzer', () => {
  it('finds nothing in a PyTorch state-dict zip, stored or deflated', () => {
    expect(analyse(buildZip(torch()))).toEqual({ findings: [], status: 'complete' });
    expect(analyse(buildZip(torch().map((e) => ({ ...e, method: 8 as const }))))).toEqual({ findings: [], status: 'complete' });
  });

  it('finds nothing in an .npz of numeric arrays, and reads zip64 end records', () => {
    const npy = buildNpy("'<f8'", '(2,)', new Uint8Array(16));
    expect(analyse(buildZip([{ name: 'a.npy', data: npy }, { name: 'b.npy', data: npy }], { zip64: true }))).toEqual({ findings: [], status: 'complete' });
  });

  it('finds the payload in data.pkl with the member named', () => {
    expect(rules(buildZip(torch([], payload())))).toEqual(['dangerous-import@archive/data.pkl']);
  });

  it('analyses both halves of a pickle + zip polyglot', () => {
    const polyglot = buildZip(torch([], payload()), { prefix: payload() });
    expect(rules(polyglot)).toEqual(['dangerous-import', 'trailing-data', `dangerous-import@<data after byte ${payload().length}>!/archive/data.pkl`]);
  });

  it('reports bytes in front of the archive that PyTorch would read instead of the zip', () => {
    const prefix = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(12));
    expect(analyse(buildZip(torch(), { prefix })).findings).toContainEqual(expect.objectContaining({ rule: 'zip-prefix-data', evidence: { bytes: 16 } }));
  });

  it('reports duplicate names and analyses every copy', () => {
    const found = rules(buildZip(torch([{ name: 'archive/data.pkl', data: payload() }])));
    expect(found).toEqual(expect.arrayContaining(['zip-duplicate-name', 'dangerous-import@archive/data.pkl']));
  });

  it('reports entries that share bytes (overlap, the non-recursive bomb technique)', () => {
    const entries: ZipFixtureEntry[] = [{ name: 'a.pkl', data: torchStateDictPickle() }, { name: 'b.pkl', data: torchStateDictPickle(), sameLocalAs: 0 }];
    expect(rules(buildZip(entries))).toContain('zip-overlap');
  });

  it('analyses bytes shared by many entries once (a bomb of entries over one member)', () => {
    const entries: ZipFixtureEntry[] = [{ name: 'm0.pkl', data: payload() }];
    for (let k = 1; k < 2000; k++) entries.push({ name: `m${k}.pkl`, data: payload(), sameLocalAs: 0 });
    const found = analyse(buildZip(entries)).findings;
    expect(found.filter((f) => f.rule === 'dangerous-import')).toHaveLength(1);
    expect(found.filter((f) => f.rule === 'zip-overlap').length).toBeGreaterThan(0);
  });

  it('walks local headers when there is no central directory', () => {
    expect(rules(buildZip(torch([], payload()), { noCentralDirectory: true }))).toEqual(['zip-no-central-directory', 'dangerous-import@archive/data.pkl']);
  });

  it('reports a local header whose sizes disagree with the central directory', () => {
    const zip = buildZip([{ name: 'x.pkl', data: torchStateDictPickle() }]);
    zip[18]! ^= 0x01; // compressed size in the local header
    expect(rules(zip)).toContain('zip-header-mismatch');
  });

  it('reports a truncated central directory and a member that runs past the end', () => {
    const zip = buildZip(torch());
    const eocd = zip.length - 22;
    zip[eocd + 10] = 50; // 50 entries declared
    expect(analyse(zip)).toMatchObject({ status: 'incomplete', findings: [expect.objectContaining({ rule: 'archive-corrupt' })] });
  });

  it('reports declared and actual decompression bombs and stops at the limit', () => {
    expect(rules(buildZip([{ name: 'big.bin', data: new Uint8Array(1000), method: 8, declaredSize: 2 ** 31 }]))).toContain('archive-bomb');
    const zeros = buildZip([{ name: 'zeros.pkl', data: new Uint8Array(2 << 20), method: 8 }]);
    const result = analyse(zeros, { maxExpandedBytes: 64 * 1024 });
    expect(result.status).toBe('incomplete');
    expect(result.findings.map((f) => f.rule)).toContain('archive-bomb');
  });

  it('reports names that escape the extraction folder', () => {
    expect(rules(buildZip([{ name: '../../.bashrc', data: torchStateDictPickle() }]))).toContain('archive-path-traversal');
  });

  it('is incomplete for members it cannot read or recognise, never clean', () => {
    const unknown = analyse(buildZip([{ name: 'notes.bin', data: Uint8Array.of(1, 2, 3, 4, 5) }]));
    expect(unknown).toMatchObject({ status: 'incomplete', message: expect.stringContaining('notes.bin: content not recognised') });
    const zip = buildZip([{ name: 'x.pkl', data: payload() }]);
    zip[8] = 12; // method: bzip2, in both headers
    zip[zip.length - 22 - 46 - 5 + 10] = 12;
    expect(analyse(zip)).toMatchObject({ status: 'incomplete', message: expect.stringContaining('compression method 12') });
  });

  it('follows nested archives up to the depth limit', () => {
    let zip = buildZip(torch([], payload()));
    for (let k = 0; k < 3; k++) zip = buildZip([{ name: `level${k}.zip`, data: zip }]);
    expect(rules(zip, { maxDepth: 10 })).toContain('dangerous-import@level2.zip!/level1.zip!/level0.zip!/archive/data.pkl');
    const limited = analyse(zip, { maxDepth: 2 });
    expect(limited.status).toBe('incomplete');
    expect(limited.findings.map((f) => f.rule)).toEqual(['archive-too-deep']);
  });

  it('stops at the member limit and says so', () => {
    const result = analyse(buildZip(torch()), { maxMembers: 3 });
    expect(result.status).toBe('incomplete');
    expect(result.findings.map((f) => f.rule)).toContain('archive-too-many-members');
  });

  it('reports TorchScript code and leaves it unanalysed', () => {
    const result = analyse(buildZip(torch([{ name: 'archive/code/__torch__/model.py', data: 'def forward(self, x):\n  return x\n' }])));
    expect(result.findings.map((f) => f.rule)).toEqual(['torchscript-code']);
    expect(result).toMatchObject({ status: 'incomplete', message: expect.stringContaining('TorchScript source') });
  });
});
