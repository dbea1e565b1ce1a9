import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AisecError, isAisecError } from '../core/errors.js';
import { openRegularFile, targetErrorFor } from './open-regular-file.js';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('targetErrorFor', () => {
  it.each([
    ['ENOENT', 'ERR_TARGET_NOT_FOUND', /does not exist/],
    ['ENOTDIR', 'ERR_TARGET_NOT_FOUND', /does not exist/],
    ['EACCES', 'ERR_TARGET_UNREADABLE', /permission denied/],
    ['EPERM', 'ERR_TARGET_UNREADABLE', /permission denied/],
    ['EISDIR', 'ERR_TARGET_UNREADABLE', /directory/],
    ['EIO', 'ERR_TARGET_UNREADABLE', /EIO/],
    ['ELOOP', 'ERR_TARGET_UNREADABLE', /ELOOP/],
  ] as const)('maps %s to %s', (code, expected, message) => {
    const cause = errno(code);
    const error = targetErrorFor(cause, 'models/m.onnx');
    expect(error.code).toBe(expected);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('models/m.onnx');
    expect(error.cause).toBe(cause);
  });

  it('maps a value that is not an errno error to ERR_TARGET_UNREADABLE', () => {
    expect(targetErrorFor('weird', 'x').code).toBe('ERR_TARGET_UNREADABLE');
  });

  it('passes an AisecError through unchanged', () => {
    const original = new AisecError('ERR_ABORTED', 'cancelled');
    expect(targetErrorFor(original, 'x')).toBe(original);
  });
});

describe('openRegularFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aisec-open-test-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens a regular file and reports its size', async () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'hello');
    const { handle, size } = await openRegularFile(path);
    try {
      expect(size).toBe(5);
      expect((await handle.readFile()).toString()).toBe('hello');
    } finally {
      await handle.close();
    }
  });

  it('refuses a directory', async () => {
    await expect(openRegularFile(dir)).rejects.toSatisfy((e) => isAisecError(e, 'ERR_TARGET_UNREADABLE'));
  });

  it('refuses a missing file', async () => {
    await expect(openRegularFile(join(dir, 'nope'))).rejects.toSatisfy((e) => isAisecError(e, 'ERR_TARGET_NOT_FOUND'));
  });
});
