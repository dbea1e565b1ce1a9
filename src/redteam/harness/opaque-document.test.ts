import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../../core/errors.js';
import { createKeyedQueue, documentFileName, documentPath, withDocument } from './opaque-document.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'aisec-docs-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('documentFileName and documentPath', () => {
  it('names a document after the attempt key with only safe characters', () => {
    expect(documentFileName('indirect-doc/3@base64')).toBe('aisec-indirect-doc-3-base64.txt');
    expect(documentFileName('../../etc/passwd@none')).toBe('aisec-etc-passwd-none.txt');
    expect(documentFileName('...')).toBe('aisec-attempt.txt');
  });

  it('refuses names that escape the folder', () => {
    for (const name of ['../outside.txt', '../../etc/passwd', 'sub/inner.txt', '/etc/passwd', '..', '.']) {
      let caught: unknown;
      try {
        documentPath(folder, name);
      } catch (error) {
        caught = error;
      }
      expect(isAisecError(caught, 'ERR_PROBE_TARGET'), name).toBe(true);
    }
    expect(documentPath(folder, 'aisec-x.txt')).toBe(path.join(folder, 'aisec-x.txt'));
  });

  it('keeps every attempt key inside the folder', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        const file = documentPath('/srv/docs', documentFileName(key));
        expect(path.dirname(file)).toBe('/srv/docs');
      }),
    );
  });
});

describe('withDocument', () => {
  it('writes the document for the work and removes it afterwards, also when the work fails', async () => {
    const seen = await withDocument(folder, 'p/0@none', 'injected text', async () => readFile(path.join(folder, 'aisec-p-0-none.txt'), 'utf8'));
    expect(seen).toBe('injected text');
    expect(await readdir(folder)).toEqual([]);
    await expect(withDocument(folder, 'p/1@none', 'x', async () => Promise.reject(new Error('target down')))).rejects.toThrow('target down');
    expect(await readdir(folder)).toEqual([]);
  });

  it('never overwrites an existing file, and names a missing folder', async () => {
    await writeFile(path.join(folder, 'aisec-p-0-none.txt'), 'the application\'s own file');
    await expect(withDocument(folder, 'p/0@none', 'x', async () => 1)).rejects.toThrow(/already exists/);
    expect(await readFile(path.join(folder, 'aisec-p-0-none.txt'), 'utf8')).toBe('the application\'s own file');
    await expect(withDocument(path.join(folder, 'nope'), 'p/0@none', 'x', async () => 1)).rejects.toThrow(/does not exist or is not a folder/);
  });
});

describe('createKeyedQueue', () => {
  it('runs tasks of one key one at a time in order, and of other keys side by side', async () => {
    const queue = createKeyedQueue();
    const signal = new AbortController().signal;
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push(`end ${name}`);
    };
    await Promise.all([queue.run('a', signal, task('a1')), queue.run('a', signal, task('a2')), queue.run('b', signal, task('b1'))]);
    expect(events.indexOf('end a1')).toBeLessThan(events.indexOf('start a2'));
    expect(events.indexOf('start b1')).toBeLessThan(events.indexOf('end a1'));
  });

  it('stops waiting when the signal aborts', async () => {
    const queue = createKeyedQueue();
    const controller = new AbortController();
    let release!: () => void;
    const first = queue.run('a', controller.signal, () => new Promise<void>((resolve) => (release = resolve)));
    const second = queue.run('a', controller.signal, async () => 'ran');
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await expect(second).rejects.toMatchObject({ code: 'ERR_ABORTED' });
    release();
    await first;
  });
});
