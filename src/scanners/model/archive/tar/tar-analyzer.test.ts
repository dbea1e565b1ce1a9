import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createRootContext, runAnalyzers } from '../../_shared/member-dispatch.js';
import { memberAnalyzers } from '../../_shared/member-analyzers.js';
import { torchStateDictPickle } from '../../pickle/test-support/ecosystem-pickles.js';
import { PickleWriter } from '../../pickle/test-support/pickle-writer.js';
import { buildTar } from '../test-support/tar-builder.js';
import { looksLikeTar } from './tar-header.js';

const w = () => new PickleWriter();
const analyse = (bytes: Uint8Array) => runAnalyzers(memberAnalyzers, bytes, 'model.tar', createRootContext());
const payload = () => w().proto(2).global('os', 'system').binUnicode('true').tuple1().reduce().stop().bytes();
const storages = (count: number, items: Uint8Array[]) => Uint8Array.from([...w().proto(2).binInt(count).stop().bytes(), ...items.flatMap((i) => [...i])]);
const storage = (cls: string, elements: number, extra?: Uint8Array) => {
  const args = w().proto(2).binUnicode('0').binUnicode('cpu').global('torch', cls).tuple3().stop().bytes();
  return Uint8Array.from([...args, elements, 0, 0, 0, 0, 0, 0, 0, ...new Uint8Array(elements * 4), ...(extra ?? [])]);
};
const tensors = () => Uint8Array.from([...w().proto(2).binInt(1).stop().bytes(), ...w().proto(2).binUnicode('0').binUnicode('0').global('torch', 'FloatTensor').tuple3().stop().bytes(), 1, 0, 0, 0, 0, 0, 0, 0, ...new Uint8Array(24)]);

describe('tar analyzer', () => {
  it("finds nothing in PyTorch's legacy tar layout and walks its storages and tensors", () => {
    const tar = buildTar([
      { name: 'sys_info', data: w().proto(2).emptyDict().stop().bytes() },
      { name: 'pickle', data: torchStateDictPickle() },
      { name: 'tensors', data: tensors() },
      { name: 'storages', data: storages(2, [storage('FloatStorage', 2), storage('FloatStorage', 1)]) },
    ]);
    expect(looksLikeTar(tar)).toBe(true);
    expect(analyse(tar)).toEqual({ findings: [], status: 'complete' });
  });

  it('finds a payload in an argument pickle between raw storage blocks', () => {
    const evil = w().proto(2).global('os', 'system').binUnicode('x').tuple1().reduce().binUnicode('cpu').global('torch', 'FloatStorage').tuple3().stop().bytes();
    const tar = buildTar([{ name: 'storages', data: storages(2, [storage('FloatStorage', 1), Uint8Array.from([...evil, 0, 0, 0, 0, 0, 0, 0, 0])]) }]);
    expect(analyse(tar).findings).toContainEqual(expect.objectContaining({ rule: 'dangerous-import', location: expect.objectContaining({ member: 'storages' }) }));
  });

  it('is incomplete when a storage type is unknown (its raw length cannot be known)', () => {
    const tar = buildTar([{ name: 'storages', data: storages(1, [storage('MysteryStorage', 1)]) }]);
    const result = analyse(tar);
    expect(result.status).toBe('incomplete');
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'unknown-import', evidence: expect.objectContaining({ global: 'torch.MysteryStorage' }) }));
  });

  it('analyses every member of a generic tar, also inside gzip', () => {
    const tar = buildTar([{ name: 'readme.txt', data: 'x'.repeat(10), type: '5' }, { name: 'model/weights.pkl', data: payload() }]);
    expect(analyse(tar).findings.map((f) => `${f.rule}@${f.location?.member}`)).toEqual(['dangerous-import@model/weights.pkl']);
    const gz = new Uint8Array(gzipSync(tar));
    expect(runAnalyzers(memberAnalyzers, gz, 'model.tar.gz', createRootContext()).findings.map((f) => `${f.rule}@${f.location?.member}`)).toEqual(['dangerous-import@model.tar!/model/weights.pkl']);
  });

  it('reports names and links that escape the extraction folder', () => {
    const tar = buildTar([{ name: '../../etc/cron.d/x', data: torchStateDictPickle() }, { name: 'link', type: '2', linkName: '/home/user/.bashrc' }]);
    expect(analyse(tar).findings.map((f) => f.rule)).toEqual(['archive-path-traversal', 'archive-path-traversal']);
  });

  it('reports a header with a bad checksum and stops there, incomplete', () => {
    const tar = buildTar([{ name: 'pickle', data: torchStateDictPickle() }, { name: 'second', data: payload(), badChecksum: true }]);
    const result = analyse(tar);
    expect(result.status).toBe('incomplete');
    expect(result.findings.map((f) => f.rule)).toEqual(['archive-corrupt']);
  });

  it('reports a member larger than the archive', () => {
    const tar = buildTar([{ name: 'pickle', data: torchStateDictPickle() }]).slice(0, 600);
    expect(analyse(tar)).toMatchObject({ status: 'incomplete', findings: [expect.objectContaining({ rule: 'archive-corrupt' })] });
  });
});
