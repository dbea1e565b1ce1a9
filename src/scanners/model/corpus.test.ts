import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { severityRank } from '../../core/severity.js';
import { CORPUS_DIR, corpusRows, scanCorpusFile, type CorpusRow } from '../../../test/fixtures/model-corpus/corpus.js';
import { modelScanners } from './index.js';

/** The manifest formats of the pickle family (what the pickle and archive scanners own). */
const PICKLE_FAMILY = ['pickle', 'pytorch-zip', 'pytorch-legacy', '7z', 'joblib-zlib', 'npy'];

function expectVerdict(row: CorpusRow, scan: Awaited<ReturnType<typeof scanCorpusFile>>): void {
  expect(scan.scanners.length).toBeGreaterThan(0);
  if (row.label === 'benign') {
    expect(scan.findings).toEqual([]);
    expect(scan.statuses.every((s) => s === 'complete')).toBe(true);
    return;
  }
  expect(scan.worst).not.toBe('none');
  if (row.expected !== 'none' && scan.worst !== 'none') expect(severityRank(scan.worst)).toBeGreaterThanOrEqual(severityRank(row.expected));
}

// The pickle-family files of the development corpus, copied into test/fixtures/model-corpus and
// run through every model scanner as the engine runs them: every malicious file reaches at
// least its expected severity, no benign file gets any finding or an incomplete status.
describe('development corpus (pickle family)', () => {
  const rows = corpusRows(PICKLE_FAMILY);

  it('has the pickle-family files', () => {
    expect(rows.filter((r) => r.label === 'malicious').length).toBeGreaterThanOrEqual(20);
    expect(rows.filter((r) => r.label === 'benign').length).toBeGreaterThanOrEqual(8);
  });

  it.each(rows.map((r) => [r.file, r] as const))('%s', async (_file, row) => {
    expectVerdict(row, await scanCorpusFile(row.file, modelScanners));
  });
});

// The same against the shared development corpus when it exists (it is not part of the repo).
const SHARED = path.resolve(CORPUS_DIR, '../../../../shared/data/model-corpus/dev');
describe.skipIf(!existsSync(path.join(SHARED, 'manifest.csv')))('shared development corpus (pickle family)', () => {
  it('gives the same verdicts on the shared copy', async () => {
    const rows = corpusRows(PICKLE_FAMILY);
    for (const row of rows) {
      const rel = path.relative(CORPUS_DIR, path.join(SHARED, row.file));
      expectVerdict(row, await scanCorpusFile(rel, modelScanners));
    }
  });
});
