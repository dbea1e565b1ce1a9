import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { frequentEnglishWords, readWordList } from './english-words.js';

const dir = mkdtempSync(path.join(tmpdir(), 'aisec-pi-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The error readWordList throws for `file`. */
function listError(file: string): AisecError {
  try {
    readWordList(file);
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    return error as AisecError;
  }
  throw new Error(`${file} was read without an error`);
}

describe('the frequent English words', () => {
  it('are the shipped list: 4,000 lower-case words, most frequent first, read once', () => {
    const words = frequentEnglishWords();
    expect(words).toHaveLength(4000);
    expect(words.slice(0, 3)).toEqual(['with', 'your', 'that']);
    expect(words.every((w) => /^[a-z]{4,20}$/.test(w))).toBe(true);
    expect(new Set(words).size).toBe(words.length);
    expect(frequentEnglishWords()).toBe(words);
  });

  it('are read past comments, empty lines, line-feed or CR LF endings and a last line without a break', () => {
    expect(readWordList(write('ok.txt', '# a comment\n\nwith\r\nyour\nthat'))).toEqual(['with', 'your', 'that']);
  });

  it('refuse a missing file, a folder, an empty file, a file of comments, a wrong line and a huge file, naming the place and the fix', () => {
    for (const [file, says] of [
      [path.join(dir, 'absent.txt'), /cannot be read \(ENOENT\)/],
      [dir, /cannot be read \(EISDIR\)/],
      [write('empty.txt', ''), /holds no word/],
      [write('comments.txt', '# only\n# comments\n'), /holds no word/],
      [write('upper.txt', 'with\nYour\n'), /line 2, "Your", is not a lower-case word/],
      [write('short.txt', 'with\nthe\n'), /line 2, "the", is not/],
      [write('digits.txt', 'with\nw1th\n'), /line 2, "w1th", is not/],
      [write('spaced.txt', 'with \n'), /line 1, "with ", is not/],
      [write('long.txt', `${'a'.repeat(5000)}\n`), /line 1, "a{40}", is not/],
      [write('binary.txt', Buffer.from([0xff, 0xfe, 0x00, 0x41])), /line 1, .* is not/],
      [write('huge.txt', 'word\n'.repeat(300_000)), /1500000 bytes, more than a word list of 1048576 bytes at most/],
    ] as const) {
      const error = listError(file);
      expect(error.code).toBe('ERR_DETECT_MODEL');
      expect(error.message).toMatch(says);
      expect(error.message).toContain(file);
      expect(error.message).toMatch(/reinstall aisec/);
    }
  });

  it('never throws anything but its own error on any text (property)', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '#', ' ', '\n', '\r', '1', 'é'), maxLength: 60 }), (text) => {
        const file = write(`fuzz-${n++}.txt`, text);
        try {
          const words = readWordList(file);
          for (const w of words) expect(w).toMatch(/^[a-z]{4,20}$/);
        } catch (error) {
          expect(error).toBeInstanceOf(AisecError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
