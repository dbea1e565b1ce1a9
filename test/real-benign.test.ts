import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanPaths } from '../src/assess/index.js';

const dir = fileURLToPath(new URL('./fixtures/real-benign', import.meta.url));
const files = readdirSync(dir).filter((f) => !f.endsWith('.md'));

describe('model scanners on real benign files (torch, sklearn, joblib, numpy)', () => {
  it('has the fixtures', () => expect(files.length).toBeGreaterThanOrEqual(9));

  it.each(files)('%s: no finding, fully analysed', async (file) => {
    const report = await scanPaths({ paths: [path.join(dir, file)] });
    expect(report.findings).toEqual([]);
    expect(report.targets.map((t) => [t.status, (t.scanners?.length ?? 0) > 0])).toEqual([['complete', true]]);
  });
});
