import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalogue, exitCodeFor, AisecError, type ErrorCode } from '../src/core/errors.js';

const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');

function documentedRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of doc.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const code = cells[1]?.replace(/`/g, '');
    if (code?.startsWith('ERR_')) rows.set(code, cells.slice(2, -1));
  }
  return rows;
}

describe('error catalogue and docs/errors.md', () => {
  it('documents every code, and only codes that exist', () => {
    expect([...documentedRows().keys()].sort()).toEqual(Object.keys(errorCatalogue).sort());
  });

  it('documents the category, exit code and HTTP status each code really has', () => {
    for (const [code, cells] of documentedRows()) {
      const entry = errorCatalogue[code as ErrorCode];
      const exit = exitCodeFor(new AisecError(code as ErrorCode, 'x'));
      expect(cells.slice(0, 3), code).toEqual([entry.category, String(exit), String(entry.http)]);
    }
  });
});
