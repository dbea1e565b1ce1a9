import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A temporary folder removed after the test file; `write` puts a file in it and returns its path. */
export function tempFiles(): { dir: string; write: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisec-readers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return {
    dir,
    write(name, content) {
      const file = path.join(dir, `${n++}-${name}`);
      writeFileSync(file, content);
      return file;
    },
  };
}
