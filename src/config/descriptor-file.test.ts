import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AisecError } from '../core/errors.js';
import { firstInvalidUtf8, readDescriptorText, resolveDescriptorFile } from './descriptor-file.js';
import { makeTempFolder } from './test-support/temp-folder.js';

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['two-byte', [0xc3, 0xa9], -1],
    ['four-byte', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['lone continuation', [0x61, 0x80], 1],
    ['overlong', [0xc0, 0xaf], 0],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['truncated', [0x61, 0xe2, 0x82], 1],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('handles %s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });

  it('agrees with a strict decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(firstInvalidUtf8(bytes) === -1).toBe(decodes(bytes));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(firstInvalidUtf8(new TextEncoder().encode(text))).toBe(-1);
      }),
    );
  });
});

describe('resolveDescriptorFile and readDescriptorText', () => {
  it('reads exactly 1 MiB but not one byte more', async () => {
    const f = await makeTempFolder({ 'ok.yaml': `#${'x'.repeat(1024 * 1024 - 2)}\n`, 'big.yaml': `#${'x'.repeat(1024 * 1024 - 1)}\n` });
    try {
      expect((await readDescriptorText(path.join(f.dir, 'ok.yaml'))).length).toBe(1024 * 1024);
      await expect(readDescriptorText(path.join(f.dir, 'big.yaml'))).rejects.toMatchObject({ code: 'ERR_CONFIG_INVALID' });
    } finally {
      await f.remove();
    }
  });

  it('names the folder in the aisec init hint', async () => {
    const f = await makeTempFolder({ 'x.txt': '' });
    try {
      const error = await resolveDescriptorFile(f.dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AisecError);
      expect((error as AisecError).message).toContain(`aisec init ${f.dir}`);
    } finally {
      await f.remove();
    }
  });
});
