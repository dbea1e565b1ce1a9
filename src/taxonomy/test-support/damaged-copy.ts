/**
 * Copies of a vendored taxonomy file with one change, in a temporary folder, for tests of what
 * a damaged installation does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface DamagedCopies {
  /** Write `text` as `name` and return its path. */
  write(name: string, text: string | Buffer): string;
  /** A copy of the vendored `file` with its parsed JSON changed by `edit`. */
  edited(file: string, edit: (data: any) => void): string; // eslint-disable-line @typescript-eslint/no-explicit-any
  cleanup(): void;
}

export function damagedCopies(): DamagedCopies {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisec-taxonomy-'));
  let n = 0;
  const write = (name: string, text: string | Buffer) => {
    const file = path.join(dir, `${n++}-${name}`);
    writeFileSync(file, text);
    return file;
  };
  return {
    write,
    edited(file, edit) {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      edit(data);
      return write(path.basename(file), JSON.stringify(data));
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
