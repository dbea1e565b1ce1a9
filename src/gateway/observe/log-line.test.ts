import { describe, expect, it } from 'vitest';
import { formatLogLine } from './log-line.js';

const at = new Date('2026-11-26T12:00:00.000Z');

describe('formatLogLine', () => {
  it('keeps text lines as written', () => {
    expect(formatLogLine('gateway: listening on http://127.0.0.1:8080', 'text', at)).toBe('gateway: listening on http://127.0.0.1:8080');
  });

  it('writes one JSON object per line with time, level and message', () => {
    expect(JSON.parse(formatLogLine('gateway: listening on http://127.0.0.1:8080', 'json', at))).toEqual({ time: '2026-11-26T12:00:00.000Z', level: 'info', msg: 'listening on http://127.0.0.1:8080' });
    expect(JSON.parse(formatLogLine('gateway: request abc failed inside the gateway: boom', 'json', at)).level).toBe('error');
  });

  it('carries events as objects, with their severity as the level', () => {
    const event = { type: 'extraction.alarm', severity: 'critical', at: at.toISOString(), principal: 'k1', detail: { signal: 'prada' } };
    const out = JSON.parse(formatLogLine(`gateway: event ${JSON.stringify(event)}`, 'json', at)) as Record<string, unknown>;
    expect(out).toEqual({ time: at.toISOString(), level: 'error', msg: 'event extraction.alarm', event });
  });

  it('never throws on a malformed event line and escapes control characters', () => {
    const out = formatLogLine('gateway: event {not json\n"x', 'json', at);
    expect(out).not.toContain('\n');
    expect(JSON.parse(out).msg).toBe('event {not json\n"x');
  });
});
