import { describe, expect, it } from 'vitest';
import { countFields, type FieldCountOptions } from './field-counts.js';

const lf: FieldCountOptions = { maxRecords: 100, crEndsRecord: false, skipBlankLines: false };
const any: FieldCountOptions = { maxRecords: 100, crEndsRecord: true, skipBlankLines: true };

describe('countFields', () => {
  it('counts the fields of each record, a separator or line break inside quotes being text', () => {
    expect(countFields('a,b,c\n"x,\n""y""",2,3\n1,2', ',', lf)).toEqual({ complete: [3, 3], tail: 2, tailBlank: false });
  });

  it('treats a quote inside a field as text', () => {
    expect(countFields('a"b,c\n', ',', lf).complete).toEqual([2]);
  });

  it('with LF line ends, ignores CRs and counts empty lines as one field', () => {
    expect(countFields('a,b\r\n\r\nc,d\r\n', ',', lf)).toEqual({ complete: [2, 1, 2], tail: 1, tailBlank: true });
  });

  it('with any line ends, ends records at a lone CR and leaves out empty lines', () => {
    expect(countFields('a,b\r\n\r\nc,d\re,f\n\n', ',', any)).toEqual({ complete: [2, 2, 2], tail: 1, tailBlank: true });
  });

  it('stops after maxRecords records', () => {
    expect(countFields('a\nb,c\nd,e,f\n', ',', { ...lf, maxRecords: 2 }).complete).toEqual([1, 2]);
  });

  it('reports a quoted field left open as the tail', () => {
    expect(countFields('a;b\n1;"open\n2;3\n', ';', any)).toEqual({ complete: [2], tail: 2, tailBlank: false });
  });
});
