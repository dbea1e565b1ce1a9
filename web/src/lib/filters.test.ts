import { describe, expect, it } from 'vitest';
import { findingQueryOf, pageLabel, pageSize, scannerOf } from './filters.js';

describe('findingQueryOf', () => {
  it('reads valid filters', () => {
    expect(findingQueryOf({ severity: 'high', scanner: 'pickle', status: 'suppressed', text: '  eval  ', offset: '100' })).toEqual({ severity: 'high', scanner: 'pickle', status: 'suppressed', text: 'eval', offset: 100 });
  });

  it('drops invalid values instead of sending them', () => {
    expect(findingQueryOf({ severity: 'HIGH', scanner: '../etc', status: 'all', text: '   ', offset: '-5' })).toEqual({ offset: 0 });
    expect(findingQueryOf({ offset: '1e99' }).offset).toBe(0);
    expect(findingQueryOf({ offset: 'abc' }).offset).toBe(0);
  });

  it('aligns the offset to a page and bounds the text', () => {
    expect(findingQueryOf({ offset: String(pageSize + 7) }).offset).toBe(pageSize);
    expect(findingQueryOf({ text: 'x'.repeat(10_000) }).text).toHaveLength(200);
  });
});

describe('helpers', () => {
  it('takes the scanner from a rule id', () => {
    expect(scannerOf('pickle/unsafe-global')).toBe('pickle');
    expect(scannerOf('data:pii/email')).toBe('data:pii');
    expect(scannerOf('odd')).toBe('odd');
  });

  it('labels a page of results', () => {
    expect(pageLabel(0, 0, 0)).toBe('No findings');
    expect(pageLabel(50, 50, 130)).toBe('Showing 51–100 of 130');
    expect(pageLabel(200, 0, 130)).toBe('Nothing past 130');
  });
});
