/**
 * The vendored taxonomy files are what scripts/taxonomy/vendor-taxonomies.ts makes from the
 * originals, byte for byte. The originals live beside the repository during development
 * (../shared/data/taxonomies); without them only the listing is checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVendoredFiles, DEFAULT_SOURCE_DIR, VENDORED_DIR } from '../scripts/taxonomy/vendor-taxonomies.js';

function committedFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? committedFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

describe('data/taxonomies', () => {
  it('holds SOURCES.md and, for each licence it names, the licence file', () => {
    const files = committedFiles(VENDORED_DIR);
    const sources = readFileSync(path.join(VENDORED_DIR, 'SOURCES.md'), 'utf8');
    for (const f of files.filter((x) => x !== 'SOURCES.md')) expect(sources, f).toContain(path.basename(f));
    expect(files).toEqual(expect.arrayContaining(['atlas/LICENSE-atlas-data.txt', 'cosai/LICENSE-secure-ai-tooling.txt', 'frameworks/LICENSE-CC-BY-SA-4.0.txt']));
  });

  it.skipIf(!existsSync(path.join(DEFAULT_SOURCE_DIR, 'atlas/ATLAS.yaml')))('is exactly what the vendoring script makes from the originals', () => {
    const built = buildVendoredFiles(DEFAULT_SOURCE_DIR);
    expect(committedFiles(VENDORED_DIR).filter((f) => f !== 'SOURCES.md').sort()).toEqual([...built.keys()].sort());
    for (const [rel, bytes] of built) expect(readFileSync(path.join(VENDORED_DIR, rel)).equals(bytes), rel).toBe(true);
  });
});
