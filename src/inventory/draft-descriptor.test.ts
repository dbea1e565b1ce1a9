import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSystemDescriptor, relativePathProblem } from '../config/index.js';
import { discoverAssets } from './discover.js';
import { draftDescriptor } from './draft-descriptor.js';
import { onnxModel, pickleProtocol2, safetensors } from './test-support/fixtures.js';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'aisec-draft-'));
  dir = path.join(root, 'My Credit_Model!');
  await mkdir(dir);
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function put(rel: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), content);
}

/** Discover, draft, write aisec.yaml and load it with the real loader. */
async function draftAndLoad() {
  const text = draftDescriptor(dir, await discoverAssets(dir));
  await writeFile(path.join(dir, 'aisec.yaml'), text);
  return { text, loaded: await loadSystemDescriptor(dir) };
}

describe('draftDescriptor', () => {
  it('drafts a descriptor that loads as it is, with TODOs for what only people know', async () => {
    await put('data/train.csv', 'a,b\n1,2\n3,4\n');
    await put('data/test.csv', 'a,b\n1,2\n3,4\n');
    await put('models/scorer.onnx', onnxModel());
    await put('models/legacy.pkl', pickleProtocol2());
    await put('notes.md', '# notes\n');
    const { text, loaded } = await draftAndLoad();
    const d = loaded.descriptor;
    expect(d.name).toBe('my-credit-model');
    expect(d.models.map((m) => [m.name, m.path, m.format])).toEqual([
      ['legacy', 'models/legacy.pkl', 'pickle'],
      ['scorer', 'models/scorer.onnx', 'onnx'],
    ]);
    expect(d.datasets.map((s) => [s.name, s.path, s.role, s.personalData])).toEqual([
      ['test', 'data/test.csv', 'eval', true],
      ['train', 'data/train.csv', 'train', true],
    ]);
    expect(d).toMatchObject({ criticality: 'other', automation: 'human-review', exposure: 'internal', endpoints: [], llm: [] });
    for (const key of ['owner', 'purpose', 'criticality', 'automation', 'exposure', 'endpoints', 'llm']) {
      expect(text).toMatch(new RegExp(`^${key}: .*TODO`, 'm'));
    }
    expect(d.owner).toMatch(/^TODO/);
  });

  it('drafts a loadable descriptor for an empty folder', async () => {
    const { loaded, text } = await draftAndLoad();
    expect(loaded.descriptor.models).toEqual([]);
    expect(text).toContain('models: []');
  });

  it('groups data shards and weight shards into one entry per folder', async () => {
    for (let i = 0; i < 4; i++) await put(`data/shards/part-${i}.csv`, 'a,b\n1,2\n3,4\n');
    await put('weights/model-00001-of-00002.safetensors', safetensors());
    await put('weights/model-00002-of-00002.safetensors', safetensors());
    const { loaded } = await draftAndLoad();
    expect(loaded.descriptor.datasets.map((s) => s.path)).toEqual(['data/shards']);
    expect(loaded.descriptor.models.map((m) => [m.name, m.path])).toEqual([['weights', 'weights']]);
  });

  it('gives clashing names a suffix', async () => {
    await put('a/train.csv', 'a,b\n1,2\n3,4\n');
    await put('b/train.csv', 'a,b\n1,2\n3,4\n');
    const { loaded } = await draftAndLoad();
    expect(loaded.descriptor.datasets.map((s) => s.name)).toEqual(['train', 'train-2']);
  });

  it('never lists aisec.yaml itself or unreadable files', () => {
    const text = draftDescriptor(dir, [
      { path: 'aisec.yaml', absPath: '/x/aisec.yaml', format: 'yaml', kind: 'config', size: 1 },
      { path: 'broken.pkl', absPath: '/x/broken.pkl', format: 'unknown', kind: 'model', size: 0, error: 'cannot be read (EACCES)' },
    ]);
    expect(parse(text)).toMatchObject({ models: [], datasets: [] });
  });

  it('loads whatever the file names are', async () => {
    const segment = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('/') && !s.includes('\0') && !s.startsWith('.') && s !== 'node_modules' && s !== '__pycache__');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(segment, segment), { minLength: 1, maxLength: 4, selector: ([a, b]) => `${a}/${b}` }), async (names) => {
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir);
        for (const [folder, file] of names) await put(`${folder}/${file}.csv`, 'a,b\n1,2\n3,4\n');
        const { loaded } = await draftAndLoad();
        const found = (await discoverAssets(dir)).filter((a) => a.kind === 'dataset' && relativePathProblem(a.path) === undefined);
        expect(found.length === 0 || loaded.descriptor.datasets.length > 0).toBe(true);
        expect(loaded.descriptor.datasets.length).toBeLessThanOrEqual(found.length);
      }),
      { numRuns: 40 },
    );
  });
});
