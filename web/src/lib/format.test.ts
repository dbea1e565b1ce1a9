import { describe, expect, it } from 'vitest';
import { bySeverity, dateInputValue, dateTime, endOfDay, isSeverity, plural, relativeTime, severityPhrase, verdictOf } from './format.js';

const now = new Date('2026-05-04T12:00:00Z');

describe('relativeTime', () => {
  it.each([
    ['2026-05-04T11:59:40Z', 'just now'],
    ['2026-05-04T11:57:00Z', '3 minutes ago'],
    ['2026-05-04T11:00:00Z', '1 hour ago'],
    ['2026-05-02T12:00:00Z', '2 days ago'],
    ['2026-05-06T12:00:00Z', 'in 2 days'],
    ['2026-02-01T12:00:00Z', '3 months ago'],
    ['2024-05-04T12:00:00Z', '2 years ago'],
  ])('%s is %s', (iso, words) => {
    expect(relativeTime(iso, now)).toBe(words);
  });

  it('says never or unknown for missing and invalid times', () => {
    expect(relativeTime(null, now)).toBe('never');
    expect(relativeTime('yesterday', now)).toBe('unknown time');
  });
});

describe('dateTime', () => {
  it('shows UTC minutes, and odd input as given', () => {
    expect(dateTime('2026-05-04T13:02:59.123Z')).toBe('2026-05-04 13:02 UTC');
    expect(dateTime('not a date')).toBe('not a date');
    expect(dateTime(null)).toBe('—');
  });
});

describe('severities', () => {
  it('sorts worst first with unknown values last', () => {
    expect(['low', 'weird', 'critical', 'info', 'high'].sort(bySeverity)).toEqual(['critical', 'high', 'low', 'info', 'weird']);
    expect(isSeverity('medium')).toBe(true);
    expect(isSeverity('MEDIUM')).toBe(false);
  });

  it('phrases counts without the zeros', () => {
    expect(severityPhrase({ critical: 1, high: 0, medium: 2 })).toBe('1 critical, 2 medium');
    expect(severityPhrase({})).toBe('none');
  });
});

describe('dates for forms', () => {
  it('gives a date input value days ahead and the end of a chosen day', () => {
    expect(dateInputValue(now, 90)).toBe('2026-08-02');
    expect(endOfDay('2026-08-02')).toBe('2026-08-02T23:59:59.000Z');
  });

  it('refuses what is not a date', () => {
    for (const v of ['', '2026-13-45', '2026-8-2', '2026-08-02T00:00', 'x']) expect(endOfDay(v)).toBeNull();
  });
});

describe('words', () => {
  it('pluralises and reads exit codes', () => {
    expect(plural(1, 'finding')).toBe('1 finding');
    expect(plural(3, 'finding')).toBe('3 findings');
    expect(verdictOf(0)).toBe('nothing at or above the failure threshold');
    expect(verdictOf(3)).toContain('incomplete');
    expect(verdictOf(null)).toBe('no verdict recorded');
  });
});
