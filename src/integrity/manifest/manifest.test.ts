import { readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { hashBytes } from '../hash-file.js';
import { csvRows, tempTree } from '../test-support/temp-tree.js';
import { createManifest, writeManifest } from './create-manifest.js';
import { leafHash } from './merkle.js';
import { readManifest } from './read-manifest.js';
import { verifyManifest } from './verify-manifest.js';

const tree = tempTree('aisec-manifest-');
afterAll(() => tree.cleanup());

let n = 0;
/** A fresh dataset folder: a 2,500-row CSV, a JSONL file, a binary file in a subfolder. */
function dataset(): string {
  const jsonl = Array.from({ length: 25 }, (_, i) => JSON.stringify({ id: i, text: `t${i}` })).join('\n') + '\n';
  return tree.folder(`ds${n++}`, { 'train.csv': csvRows(2500), 'eval.jsonl': jsonl, 'blobs/weights.bin': Buffer.from([0, 1, 2, 3, 255]) });
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('createManifest', () => {
  it('records every file with SHA-256 and size, chunks tabular files, and sorts paths', async () => {
    const dir = dataset();
    const m = await createManifest(dir, { chunkRows: 1000, now: () => new Date('2026-01-02T03:04:05Z') });
    expect(m.version).toBe('aisec.manifest/v1');
    expect(m.createdAt).toBe('2026-01-02T03:04:05.000Z');
    expect(m.subject).toEqual({ name: path.basename(dir), type: 'folder' });
    expect(m.files.map((f) => f.path)).toEqual(['blobs/weights.bin', 'eval.jsonl', 'train.csv']);
    const csv = m.files[2]!;
    expect(csv.sha256).toBe(hashBytes(readFileSync(path.join(dir, 'train.csv'))));
    expect(csv.tabular).toMatchObject({ format: 'csv', delimiter: ',', header: true, rows: 2500 });
    expect(csv.tabular!.chunks.map((c) => c.rows)).toEqual([1000, 1000, 500]);
    expect(m.files[1]!.tabular).toMatchObject({ format: 'jsonl', header: false, rows: 25, headerChunk: null });
    expect(m.files[0]!.tabular).toBeUndefined();
    expect(m.ignore).toContain('model.sig');
  });

  it('decides on chunking from content, not the name: binary data called .csv is hashed whole', async () => {
    const dir = tree.folder(`named${n++}`, { 'fake.csv': Buffer.from([0, 159, 146, 150, 0, 10, 0]), 'rows.txt': 'a,b\n1,2\n3,4\n' });
    const m = await createManifest(dir);
    expect(m.files.find((f) => f.path === 'fake.csv')!.tabular).toBeUndefined();
    expect(m.files.find((f) => f.path === 'rows.txt')!.tabular?.rows).toBe(2);
  });

  it('manifests a single file under its name, and leaves its own output out of a folder', async () => {
    const dir = dataset();
    const single = await createManifest(path.join(dir, 'train.csv'));
    expect(single.subject.type).toBe('file');
    expect(single.files.map((f) => f.path)).toEqual(['train.csv']);
    writeFileSync(path.join(dir, 'MANIFEST.json'), '{}');
    const m = await createManifest(dir, { outFile: path.join(dir, 'MANIFEST.json') });
    expect(m.files.map((f) => f.path)).not.toContain('MANIFEST.json');
    expect(m.ignore).toContain('MANIFEST.json');
  });

  it('refuses symbolic links unless allowed, and bad options', async () => {
    const dir = dataset();
    symlinkSync(path.join(dir, 'train.csv'), path.join(dir, 'link.csv'));
    expect(isAisecError(await rejection(createManifest(dir)), 'ERR_TARGET_UNREADABLE')).toBe(true);
    const m = await createManifest(dir, { allowSymlinks: true });
    expect(m.files.map((f) => f.path)).toContain('link.csv');
    expect(isAisecError(await rejection(createManifest(dir, { chunkRows: 0 })), 'ERR_USAGE')).toBe(true);
    expect(isAisecError(await rejection(createManifest(dir, { ignore: ['../x'] })), 'ERR_USAGE')).toBe(true);
    expect(isAisecError(await rejection(createManifest(tree.at('missing'))), 'ERR_TARGET_NOT_FOUND')).toBe(true);
  });
});

describe('verifyManifest', () => {
  it('finds nothing on an unchanged folder', async () => {
    const dir = dataset();
    const result = await verifyManifest(dir, await createManifest(dir));
    expect(result).toMatchObject({ ok: true, changed: [], added: [], removed: [], renamed: [], unchanged: 3 });
  });

  it('localises a one-byte change to the chunk of rows that holds it', async () => {
    const dir = dataset();
    const manifest = await createManifest(dir, { chunkRows: 1000 });
    const file = path.join(dir, 'train.csv');
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // Data row 1500 is line 1501 (after the header); change one digit in it.
    lines[1501] = lines[1501]!.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
    writeFileSync(file, lines.join('\n'));
    const result = await verifyManifest(dir, manifest);
    expect(result.ok).toBe(false);
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]).toMatchObject({ path: 'train.csv', rows: { header: false, ranges: [{ start: 1000, end: 2000 }], rowsBefore: 2500, rowsAfter: 2500, shifted: false } });
  });

  it('reports a changed header, and inserted rows as a shift from the first chunk that moved', async () => {
    const dir = dataset();
    const manifest = await createManifest(dir, { chunkRows: 1000 });
    const file = path.join(dir, 'train.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[0] = 'renamed,c1,c2';
    lines.splice(1200, 0, '9,"inserted",9');
    writeFileSync(file, lines.join('\n'));
    const rows = (await verifyManifest(dir, manifest)).changed[0]!.rows!;
    expect(rows.header).toBe(true);
    expect(rows.ranges).toEqual([{ start: 1000, end: 2501 }]);
    expect(rows).toMatchObject({ rowsBefore: 2500, rowsAfter: 2501, shifted: true });
  });

  it('names added, removed and renamed files', async () => {
    const dir = dataset();
    const manifest = await createManifest(dir);
    writeFileSync(path.join(dir, 'extra.txt'), 'new');
    rmSync(path.join(dir, 'blobs/weights.bin'));
    renameSync(path.join(dir, 'eval.jsonl'), path.join(dir, 'eval-v2.jsonl'));
    const result = await verifyManifest(dir, manifest);
    expect(result).toMatchObject({ ok: false, changed: [], added: ['extra.txt'], removed: ['blobs/weights.bin'], renamed: [{ from: 'eval.jsonl', to: 'eval-v2.jsonl' }], unchanged: 1 });
  });

  it('compares a single file whatever its name now, and refuses a folder for a file manifest', async () => {
    const dir = dataset();
    const manifest = await createManifest(path.join(dir, 'train.csv'));
    renameSync(path.join(dir, 'train.csv'), path.join(dir, 'moved.csv'));
    expect((await verifyManifest(path.join(dir, 'moved.csv'), manifest)).ok).toBe(true);
    expect(isAisecError(await rejection(verifyManifest(dir, manifest)), 'ERR_USAGE')).toBe(true);
  });

  it('detects chunk digests edited consistently with their root, since the file digest still matches', async () => {
    const dir = dataset();
    const manifest = await createManifest(dir, { chunkRows: 1000 });
    const csv = manifest.files.find((f) => f.path === 'train.csv')!.tabular!;
    // An attacker swaps one chunk leaf and recomputes the root: internally consistent.
    csv.chunks[1] = { ...csv.chunks[1]!, leaf: leafHash(Buffer.from('forged')).toString('hex') };
    const { tabularRoot } = await import('./manifest-consistency.js');
    csv.root = tabularRoot(csv);
    const error = await rejection(verifyManifest(dir, manifest));
    expect(isAisecError(error, 'ERR_MANIFEST_INVALID')).toBe(true);
    expect((error as Error).message).toMatch(/files\[2\]\.tabular/);
  });
});

describe('writeManifest and readManifest', () => {
  it('round-trips, leaving no temporary file behind', async () => {
    const dir = dataset();
    const manifest = await createManifest(dir);
    const out = tree.at(`out${n++}.json`);
    await writeManifest(manifest, out);
    expect(await readManifest(out)).toEqual(manifest);
    expect(readdirSync(tree.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never leaves a partial manifest over a good one when the write fails', async () => {
    const dir = dataset();
    const manifest = await createManifest(dir);
    const out = tree.at(`good${n++}.json`);
    await writeManifest(manifest, out);
    const good = readFileSync(out, 'utf8');
    // A folder where the temporary file would go cannot be written: the write fails.
    const error = await rejection(writeManifest(manifest, path.join(out, 'x.json')));
    expect(isAisecError(error, 'ERR_INTEGRITY_WRITE')).toBe(true);
    // Replacing a folder with the manifest fails at the rename, after the bytes were written.
    const blocker = tree.folder(`blocker${n++}`, { 'keep.txt': 'x' });
    expect(isAisecError(await rejection(writeManifest(manifest, blocker)), 'ERR_INTEGRITY_WRITE')).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe(good);
    expect(readdirSync(tree.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
