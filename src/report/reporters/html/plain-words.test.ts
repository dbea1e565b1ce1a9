import { describe, expect, it } from 'vitest';
import { describeAutomation, describeCriticality, describeExposure, formatBytes, formatDateTime, formatDuration, joinWords } from './plain-words.js';

describe('plain words', () => {
  it('explains known descriptor values and shows unknown ones as written', () => {
    expect(describeCriticality('credit')).toMatch(/^Credit decisions/u);
    expect(describeAutomation('Human-Review')).toBe('A person reviews each decision before it takes effect');
    expect(describeExposure('public')).toBe('Anyone on the internet can reach it');
    expect(describeExposure('moon-base')).toBe('moon-base');
    expect(describeExposure('__proto__')).toBe('__proto__');
    expect(describeCriticality('constructor')).toBe('constructor');
  });

  it('formats dates in UTC, whatever the machine zone', () => {
    expect(formatDateTime('2026-11-25T10:00:00.000Z')).toBe('25 November 2026, 10:00 UTC');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('formats durations and sizes', () => {
    expect(formatDuration('2026-11-25T10:00:00.000Z', '2026-11-25T10:00:05.250Z')).toBe('5 s');
    expect(formatDuration('2026-11-25T10:00:00.000Z', '2026-11-25T10:03:20.000Z')).toBe('3 min 20 s');
    expect(formatDuration('2026-11-25T10:00:00.000Z', '2026-11-25T11:05:00.000Z')).toBe('1 h 5 min');
    expect(formatDuration('2026-11-25T10:00:00.000Z', '2026-11-25T09:00:00.000Z')).toBe('unknown');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2_300_000)).toBe('2.2 MB');
    expect(formatBytes(500_000)).toBe('488 KB');
    expect(formatBytes(null)).toBe('unknown');
  });

  it('joins words as people do', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
