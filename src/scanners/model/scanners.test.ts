import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScannerDef, ScanTarget } from '../../core/scanner.js';
import { modelScanOptions } from './_shared/options.js';
import { archiveScanner } from './archive/scanner.js';
import { buildNpy } from './archive/test-support/npy-builder.js';
import { buildZip } from './archive/test-support/zip-builder.js';
import { pickleScanner } from './pickle/scanner.js';
import { dumps } from './pickle/test-support/dumps.js';
import { ndarrayPickle, sklearnEstimatorPickle, torchStateDictPickle } from './pickle/test-support/ecosystem-pickles.js';
import { PickleWriter } from './pickle/test-support/pickle-writer.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aisec-model-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function target(name: string, bytes: Uint8Array): Promise<ScanTarget> {
  const absPath = path.join(dir, name);
  await writeFile(absPath, bytes);
  return { path: `models/${name}`, key: name, absPath, kind: 'model', format: 'unknown', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), head: bytes.subarray(0, 64 * 1024) };
}

async function scan(scanner: ScannerDef, t: ScanTarget, options: object = {}) {
  const diagnostics: string[] = [];
  const result = await scanner.scan(t, { options: scanner.options.parse(options), signal: new AbortController().signal, baseline: () => undefined, diagnostic: (code) => diagnostics.push(code) });
  return { ...result, diagnostics };
}

const which = (t: ScanTarget) => [pickleScanner, archiveScanner].filter((s) => s.appliesTo(t)).map((s) => s.id);
const custom = () => new PickleWriter().proto(4).shortBinUnicode('mylab.models').shortBinUnicode('Net').stackGlobal().emptyTuple().newObj().emptyDict().build().stop().bytes();

describe('model:pickle and model:archive scanners', () => {
  it('meet the plugin contract', () => {
    for (const scanner of [pickleScanner, archiveScanner]) {
      expect(Object.isFrozen(scanner)).toBe(true);
      expect(scanner.options.safeParse({}).success).toBe(true);
      expect(scanner.tags).toMatchObject({ atlas: ['AML.T0010', 'AML.T0011'], owasp: ['LLM03:2025', 'ML06'], cwe: ['CWE-502'] });
    }
    expect(modelScanOptions.safeParse({ maxDepht: 3 }).success).toBe(false);
  });

  it('split files between them by content, never by extension', async () => {
    expect(which(await target('a.zip', dumps({ a: 1 }, 2)))).toEqual(['model:pickle']);
    expect(which(await target('a.pkl', buildZip([{ name: 'x', data: 'y' }])))).toEqual(['model:archive']);
    expect(which(await target('a.pt', new Uint8Array(gzipSync(dumps([1], 4)))))).toEqual(['model:archive']);
    expect(which(await target('a.pkl', new TextEncoder().encode('name,age\nbob,3\n')))).toEqual([]);
  });

  it.each([
    ['plain-p0.pkl', () => dumps({ a: [1, 2.5, 'x'], b: null }, 0)],
    ['plain-p2.pkl', () => dumps({ a: [1, 2.5, 'x'], b: null }, 2)],
    ['plain-p5.pkl', () => dumps({ a: [1, 2.5, 'x'], b: null }, 5)],
    ['estimator.joblib', () => sklearnEstimatorPickle()],
    ['array.pkl', () => ndarrayPickle()],
    ['state.pt', () => buildZip([{ name: 'archive/data.pkl', data: torchStateDictPickle() }, { name: 'archive/data/0', data: new Uint8Array(32) }, { name: 'archive/version', data: '3\n' }])],
    ['weights.npy', () => buildNpy("'<f4'", '(4,)', new Uint8Array(16))],
    ['arrays.npz', () => buildZip([{ name: 'w.npy', data: buildNpy("'<f8'", '(2,)', new Uint8Array(16)), method: 8 }])],
    ['model.pkl', () => new Uint8Array(gzipSync(sklearnEstimatorPickle()))],
  ])('find nothing in benign %s', async (name, make) => {
    const t = await target(name, make());
    const [scanner] = [pickleScanner, archiveScanner].filter((s) => s.appliesTo(t));
    expect(await scan(scanner!, t)).toMatchObject({ findings: [], status: 'complete' });
  });

  it('read large files from disk in a stream and report what they hold', async () => {
    const blob = new Uint8Array(24 << 20);
    const header = new PickleWriter().declared(0x8e, 8, blob.length).bytes();
    const head = new PickleWriter().proto(4).emptyList().mark().bytes();
    const tail = new PickleWriter().appends().pop().call('posix', 'system', 'true').stop().bytes();
    const bytes = Buffer.concat([head, header, blob, header, blob, tail]);
    const result = await scan(pickleScanner, await target('big.pkl', bytes));
    // STACK_GLOBAL comes after APPENDS, POP and the call's 7- and 8-byte SHORT_BINUNICODE operands.
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'dangerous-import', location: { offset: head.length + 2 * (header.length + blob.length) + 2 + 7 + 8 } })]);
  });

  it('let the user allow a global of their own, and report it as high by default', async () => {
    const t = await target('net.pkl', custom());
    expect((await scan(pickleScanner, t)).findings.map((f) => [f.rule, f.severity])).toEqual([['unknown-import', 'high']]);
    expect(await scan(pickleScanner, t, { allow: ['mylab.models.*'] })).toMatchObject({ findings: [], status: 'complete' });
  });

  it('report an extension that hides the content, and pass a diagnostic for undecodable compression', async () => {
    const mismatch = await scan(pickleScanner, await target('weights.safetensors', dumps({ a: 1 }, 4)));
    expect(mismatch.findings.map((f) => f.rule)).toEqual(['extension-mismatch']);
    const xz = await scan(archiveScanner, await target('model.joblib', Uint8Array.of(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 4)));
    expect(xz).toMatchObject({ status: 'incomplete', diagnostics: ['unsupported-compression'] });
  });
});
