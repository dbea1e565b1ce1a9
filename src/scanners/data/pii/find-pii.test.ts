import { describe, expect, it } from 'vitest';
import type { Table } from '../../../ml/index.js';
import { findPii } from './find-pii.js';
import { piiSeverity } from './scanner.js';

const table: Table = {
  columns: ['id', 'contact', 'note'],
  rows: [
    [1, 'jane@example.com', 'call (415) 555-2671'],
    [2, 'bob@example.org', null],
    [3, null, 'card 4111 1111 1111 1111 and jane@example.com'],
    [4242424242424242, 'none', 'version 1.2.3, 2024-01-15, ISBN 978-3-16-148410-0'],
  ],
  lineOf: (r) => r + 2,
  truncatedRows: 0,
};

describe('findPii', () => {
  it('counts each kind per column with rows, lines and masked samples', () => {
    const report = findPii(table);
    const summary = report.findings.map((f) => [f.column, f.kind, f.cells, f.rows]);
    expect(summary).toEqual([
      ['contact', 'email', 2, [0, 1]],
      ['id', 'payment-card', 1, [3]],
      ['note', 'email', 1, [2]],
      ['note', 'payment-card', 1, [2]],
      ['note', 'phone', 1, [0]],
    ]);
    expect(report.findings[0]!.lines).toEqual([2, 3]);
    expect(report.findings[0]!.samples).toEqual(['j***@example.com', 'b***@example.org']);
    expect(JSON.stringify(report)).not.toContain('jane@');
  });

  it('stops at maxRows and says how many rows it did not scan', () => {
    const report = findPii(table, { maxRows: 1 });
    expect(report).toMatchObject({ rowsScanned: 1, rowsNotScanned: 3 });
  });

  it('rates secrets and cards high, other personal data by what the dataset declares', () => {
    expect(piiSeverity({ category: 'secret', kind: 'jwt' }, true)).toBe('high');
    expect(piiSeverity({ category: 'personal', kind: 'payment-card' }, true)).toBe('high');
    expect(piiSeverity({ category: 'personal', kind: 'email' }, false)).toBe('medium');
    expect(piiSeverity({ category: 'personal', kind: 'email' }, true)).toBe('low');
  });
});
