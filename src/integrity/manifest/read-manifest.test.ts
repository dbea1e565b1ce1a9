import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../../core/errors.js';
import { folderDigest } from '../folder-digest.js';
import { csvRows, tempTree } from '../test-support/temp-tree.js';
import { createManifest } from './create-manifest.js';
import { tabularRoot } from './manifest-consistency.js';
import type { Manifest } from './manifest-schema.js';
import { parseManifest, readManifest } from './read-manifest.js';

const tree = tempTree('aisec-read-manifest-');
let good: Manifest;

beforeAll(async () => {
  const dir = tree.folder('ds', { 'a.csv': csvRows(30), 'b/c.bin': 'binary', 'd.jsonl': '{"x":1}\n{"x":2}\n' });
  good = await createManifest(dir, { chunkRows: 10 });
});
afterAll(() => tree.cleanup());

const clone = (): Manifest => structuredClone(good);
const text = (m: unknown): string => JSON.stringify(m, null, 2);

function failure(input: string, limits = {}): Error {
  try {
    parseManifest(input, 'm.json', limits);
  } catch (error) {
    expect(isAisecError(error, 'ERR_MANIFEST_INVALID')).toBe(true);
    return error as Error;
  }
  throw new Error('expected ERR_MANIFEST_INVALID');
}

describe('parseManifest on edited manifests', () => {
  it('accepts the manifest as written', () => {
    expect(parseManifest(text(good), 'm.json')).toEqual(good);
  });

  it('names the line and column of a JSON syntax error', () => {
    const broken = text(good).replace('"chunkRows": 10', '"chunkRows": 10,,');
    expect(failure(broken).message).toMatch(/m\.json.*not valid JSON \(line \d+ column \d+/);
  });

  it('refuses a truncated manifest', () => {
    const full = text(good);
    for (const cut of [1, 10, Math.floor(full.length / 2), full.length - 2]) expect(failure(full.slice(0, cut)).message).toMatch(/not valid JSON/);
  });

  it('refuses another version, another type, and unknown fields, naming the place', () => {
    expect(failure(text({ ...clone(), version: 'aisec.manifest/v9' })).message).toMatch(/version is "aisec\.manifest\/v9"/);
    expect(failure('[]').message).toMatch(/not a JSON object/);
    expect(failure(text({ ...clone(), extra: 1 })).message).toMatch(/schema/);
    const m = clone();
    (m.files[0] as Record<string, unknown>).size = -1;
    expect(failure(text(m)).message).toMatch(/files\[0\]\.size/);
  });

  it.each([['../etc/passwd'], ['/etc/passwd'], ['a/../../b'], ['a//b'], ['./a'], ['a\\..\\b'], ['a\u0000b'], ['']])('refuses the path trick %j', (trick) => {
    const m = clone();
    m.files[1]!.path = trick;
    expect(failure(text(m)).message).toMatch(/files\[1\]\.path/);
  });

  it('refuses a path trick in the ignore list', () => {
    const m = clone();
    m.ignore = ['..'];
    expect(failure(text(m)).message).toMatch(/ignore\[0\]/);
  });

  it('refuses a file digest edited to hide a change, naming digest.sha256', () => {
    const m = clone();
    m.files[1]!.sha256 = 'f'.repeat(64);
    expect(failure(text(m)).message).toMatch(/digest\.sha256 does not match/);
  });

  it('refuses a chunk leaf edited without its root, naming the root', () => {
    const m = clone();
    const t = m.files.find((f) => f.tabular?.format === 'csv')!.tabular!;
    t.chunks[1]!.leaf = '0'.repeat(64);
    const index = m.files.findIndex((f) => f.tabular?.format === 'csv');
    expect(failure(text(m)).message).toContain(`files[${index}].tabular.root does not match`);
  });

  it('refuses removed or resized chunks, and duplicate paths', () => {
    const index = good.files.findIndex((f) => f.tabular?.format === 'csv');
    const removed = clone();
    removed.files[index]!.tabular!.chunks.pop();
    removed.files[index]!.tabular!.root = tabularRoot(removed.files[index]!.tabular!);
    expect(failure(text(removed)).message).toMatch(/tabular\.rows is 30, but the chunks hold 20/);
    const resized = clone();
    resized.files[index]!.tabular!.chunks[0]!.rows = 9;
    expect(failure(text(resized)).message).toMatch(/chunks\[0\]\.rows is 9/);
    const dup = clone();
    dup.files.push({ ...dup.files[0]! });
    dup.digest.sha256 = folderDigest(dup.files);
    expect(failure(text(dup)).message).toMatch(/listed twice/);
  });

  it('refuses a file listed under an ignored path', () => {
    const m = clone();
    m.ignore = [...m.ignore, 'b'];
    expect(failure(text(m)).message).toMatch(/"b\/c\.bin" lies under the ignored path "b"/);
  });

  it('refuses an ignore path added to hide a planted file, naming contentSha256', () => {
    const m = clone();
    m.ignore = [...m.ignore, 'planted.csv'];
    expect(failure(text(m)).message).toMatch(/contentSha256 does not match/);
  });

  it('refuses a huge file list by its length before validating it', () => {
    const huge = { ...clone(), files: Array.from({ length: 5001 }, () => ({})) };
    expect(failure(text(huge), { maxFiles: 5000 }).message).toMatch(/lists 5001 files, more than the limit of 5000/);
    const m = clone();
    expect(failure(text(m), { maxChunks: 2 }).message).toMatch(/row chunks, more than the limit of 2/);
  });

  it('refuses any single-character deletion or most corruptions (property)', () => {
    const full = text(good);
    fc.assert(
      fc.property(fc.nat(full.length - 1), fc.constantFrom('0', '1', 'a', '"', '}', ' '), (at, ch) => {
        const edited = full.slice(0, at) + ch + full.slice(at + 1);
        if (edited === full) return;
        let parsed: Manifest | undefined;
        try {
          parsed = parseManifest(edited, 'm.json');
        } catch (error) {
          expect(isAisecError(error, 'ERR_MANIFEST_INVALID')).toBe(true);
          return;
        }
        // An edit that still parses may only touch what no digest covers: whitespace, the
        // creation time, the tool version or the subject name.
        const { createdAt: _a, tool: _t, subject: _s, ...rest } = parsed;
        const { createdAt: _b, tool: _u, subject: _v, ...base } = good;
        expect(rest).toEqual(base);
      }),
      { numRuns: 400 },
    );
  });
});

describe('readManifest', () => {
  it('reads a file and refuses one above the size limit', async () => {
    const file = tree.at('m.json');
    writeFileSync(file, text(good));
    expect(await readManifest(file)).toEqual(good);
    await expect(readManifest(file, { maxBytes: 100 })).rejects.toThrow(/more than the 100 a manifest may have/);
    await expect(readManifest(tree.at('missing.json'))).rejects.toThrow(/does not exist/);
  });
});
