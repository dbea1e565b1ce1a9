/**
 * Folders of files for integrity tests, built in a fresh temporary directory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A temporary directory and helpers to fill it; `cleanup` removes it. */
export interface TempTree {
  readonly root: string;
  /** Write files (relative path → content) under `root/sub`, returning that folder. */
  folder(sub: string, files: Record<string, string | Uint8Array>): string;
  /** Absolute path of a relative one. */
  at(rel: string): string;
  cleanup(): void;
}

/** Create a temporary tree; call `cleanup` in `afterAll`. */
export function tempTree(prefix = 'aisec-integrity-'): TempTree {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    root,
    folder(sub, files) {
      const dir = path.join(root, sub);
      mkdirSync(dir, { recursive: true });
      for (const [rel, content] of Object.entries(files)) {
        const file = path.join(dir, rel);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
      return dir;
    },
    at: (rel) => path.join(root, rel),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A CSV text of `rows` data records under a header, each record distinct. */
export function csvRows(rows: number, columns = 3): string {
  const header = Array.from({ length: columns }, (_, c) => `c${c}`).join(',');
  const lines = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (c === 1 ? `"text ${r}, with comma"` : String(r * columns + c))).join(','));
  return `${header}\n${lines.join('\n')}\n`;
}
