import { describe, expect, it } from 'vitest';
import { severityRank } from '../../core/severity.js';
import { corpusRows, scanCorpusFile } from '../../../test/fixtures/model-corpus/corpus.js';
import { modelScanners } from './index.js';

// The development corpus files of this format, run through every model scanner as the engine
// runs them: malicious files reach at least their expected severity, benign ones get nothing.
describe.each([
  ['gguf', ['gguf']],
  ['keras', ['keras-zip']],
  ['onnx', ['onnx']],
  ['safetensors', ['safetensors']],
] as const)('development corpus (%s)', (_name, formats) => {
  const rows = corpusRows(formats);

  it('has files of this format', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(rows.map((r) => [r.file, r] as const))('%s', async (_file, row) => {
    const scan = await scanCorpusFile(row.file, modelScanners);
    expect(scan.scanners.length).toBeGreaterThan(0);
    if (row.label === 'benign') {
      expect(scan.findings).toEqual([]);
      expect(scan.statuses.every((s) => s === 'complete')).toBe(true);
    } else {
      expect(scan.worst).not.toBe('none');
      if (row.expected !== 'none' && scan.worst !== 'none') expect(severityRank(scan.worst)).toBeGreaterThanOrEqual(severityRank(row.expected));
    }
  });
});
