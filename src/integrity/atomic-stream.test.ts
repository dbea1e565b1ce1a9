import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { openAtomicFile } from './atomic-stream.js';
import { tempTree } from './test-support/temp-tree.js';

const tree = tempTree('aisec-atomic-stream-');
afterAll(() => tree.cleanup());

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('openAtomicFile', () => {
  it('shows nothing under the name until committed, then the whole content', async () => {
    const file = tree.at('out.jsonl');
    writeFileSync(file, 'old\n');
    const out = await openAtomicFile(file);
    const line = `${JSON.stringify({ text: 'x'.repeat(1000) })}\n`;
    for (let i = 0; i < 200; i++) await out.write(line);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    await out.commit();
    expect(readFileSync(file, 'utf8')).toBe(line.repeat(200));
    expect(leftovers(tree.root)).toEqual([]);
    await out.abort(); // after a commit: nothing to do, the file stays
    expect(readFileSync(file, 'utf8')).toBe(line.repeat(200));
  });

  it('abort leaves the old file and no temporary file', async () => {
    const file = tree.at('keep.txt');
    writeFileSync(file, 'keep');
    const out = await openAtomicFile(file);
    await out.write('partial');
    await out.abort();
    await out.abort();
    expect(readFileSync(file, 'utf8')).toBe('keep');
    expect(leftovers(tree.root)).toEqual([]);
    await expect(out.write('more')).rejects.toThrow(/already aborted/);
  });

  it('fails with ERR_REPORT_WRITE naming the file when the folder is missing or the name is a folder', async () => {
    let error: unknown;
    try {
      await openAtomicFile(tree.at('no/such/dir/x.jsonl'));
    } catch (e) {
      error = e;
    }
    expect(isAisecError(error, 'ERR_REPORT_WRITE')).toBe(true);
    expect((error as Error).message).toMatch(/no\/such\/dir\/x\.jsonl: its folder does not exist/);
    const dir = tree.at('a-folder');
    mkdirSync(dir);
    const out = await openAtomicFile(dir);
    await out.write('x');
    await expect(out.commit()).rejects.toThrow(/Cannot write .*a-folder/);
    expect(leftovers(tree.root)).toEqual([]);
  });
});
