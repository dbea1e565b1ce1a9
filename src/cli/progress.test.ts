import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createProgress, formatDuration, REDRAW_INTERVAL_MS, renderProgressLine, shouldShowProgress } from './progress.js';

const CLEAR = '\r\x1b[2K';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;

/** A stand-in for a terminal: records every write. */
function fakeStream(isTTY = true, columns = 100): { stream: NodeJS.WriteStream; writes: string[] } {
  const writes: string[] = [];
  const stream = {
    isTTY,
    columns,
    write(chunk: string) {
      writes.push(chunk);
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createProgress', () => {
  it('writes nothing at all when disabled, even on a TTY', () => {
    const { stream, writes } = fakeStream();
    const progress = createProgress({ stream, label: 'Hashing', total: 10, enabled: false });
    progress.tick(3, 'a.bin');
    progress.setTotal(20);
    vi.advanceTimersByTime(1000);
    progress.tick();
    progress.done('finished');
    expect(writes).toEqual([]);
  });

  it('writes nothing at all when the stream is not a TTY', () => {
    const { stream, writes } = fakeStream(false);
    const progress = createProgress({ stream, label: 'Hashing', total: 10, enabled: true });
    progress.tick(5);
    progress.done('finished');
    expect(writes).toEqual([]);
  });

  it('draws the first tick at once, with \\r and a line clear', () => {
    const { stream, writes } = fakeStream();
    createProgress({ stream, label: 'Scanning', total: 4 }).tick(1, 'model.onnx');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.startsWith(CLEAR)).toBe(true);
    expect(writes[0]).toContain('Scanning');
    expect(writes[0]).toContain('25%');
    expect(writes[0]).toContain('1/4');
    expect(writes[0]).toContain('model.onnx');
  });

  it('redraws at most once per interval however often it ticks', () => {
    const { stream, writes } = fakeStream();
    const progress = createProgress({ stream, label: 'Hashing', total: 100_000 });
    for (let i = 0; i < 10_000; i++) progress.tick();
    expect(writes).toHaveLength(1);
    // One simulated second of ticks every 5 ms: at most one draw per interval, plus the first.
    for (let i = 0; i < 200; i++) {
      vi.advanceTimersByTime(5);
      progress.tick();
    }
    expect(writes.length).toBeLessThanOrEqual(1 + 1000 / REDRAW_INTERVAL_MS);
    expect(writes.length).toBeGreaterThanOrEqual(1000 / REDRAW_INTERVAL_MS);
  });

  it('clears the line on done and leaves nothing behind without a final note', () => {
    const { stream, writes } = fakeStream();
    const progress = createProgress({ stream, label: 'Hashing', total: 2 });
    progress.tick();
    progress.done();
    expect(writes.at(-1)).toBe(CLEAR);
  });

  it('leaves one final line with the note, and ignores ticks after done', () => {
    const { stream, writes } = fakeStream();
    const progress = createProgress({ stream, label: 'Hashing', total: 2 });
    progress.tick();
    progress.done('2 files, 3.0 MiB');
    progress.done('again');
    vi.advanceTimersByTime(1000);
    progress.tick();
    expect(writes.at(-1)).toBe(`${CLEAR}Hashing: 2 files, 3.0 MiB\n`);
    expect(writes).toHaveLength(2);
  });

  it('uses a total set later', () => {
    const { stream, writes } = fakeStream();
    const progress = createProgress({ stream, label: 'Reading' });
    progress.tick(5);
    expect(writes[0]).not.toContain('%');
    progress.setTotal(10);
    vi.advanceTimersByTime(REDRAW_INTERVAL_MS);
    progress.tick(0);
    expect(writes[1]).toContain('50%');
  });

  it('never draws a line wider than the terminal', () => {
    const { stream, writes } = fakeStream(true, 30);
    createProgress({ stream, label: 'Hashing a file with a long name', total: 10 }).tick(1, 'x'.repeat(200));
    expect(writes[0]!.slice(CLEAR.length).length).toBeLessThanOrEqual(29);
  });
});

describe('renderProgressLine', () => {
  it('shows percent, MiB counts, elapsed and ETA for bytes', () => {
    const line = renderProgressLine({ label: 'Hashing', count: 512 * 2 ** 20, total: 2 ** 30, unit: 'bytes', elapsedMs: 2000 });
    expect(line).toBe('Hashing [##########··········]  50% 512.0/1024.0 MiB 2.0s ETA 2.0s');
  });

  it('shows a bare count and elapsed without a total', () => {
    expect(renderProgressLine({ label: 'Files', count: 42, total: undefined, unit: 'count', elapsedMs: 61_000 })).toBe(
      'Files 42 1m01s',
    );
  });

  it('caps percent at 100 when the count overshoots the total', () => {
    const line = renderProgressLine({ label: 'x', count: 15, total: 10, unit: 'count', elapsedMs: 0 });
    expect(line).toContain('100%');
    expect(line).not.toContain('ETA');
  });

  it('replaces control characters from notes so a file name cannot drive the terminal', () => {
    const line = renderProgressLine({ label: 'x', count: 1, total: 2, unit: 'count', elapsedMs: 0, note: 'evil\x1b[2J\r\nname\x9b' });
    expect(line).not.toMatch(CONTROL);
    expect(line).toContain('evil?[2J??name?');
  });

  it('fits any width and holds no control characters (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.nat(),
        fc.option(fc.nat(), { nil: undefined }),
        fc.integer({ min: 2, max: 300 }),
        fc.string(),
        (label, count, total, columns, note) => {
          const line = renderProgressLine({ label, count, total, unit: 'count', elapsedMs: 1234, note, columns });
          expect(line.length).toBeLessThan(columns);
          expect(line).not.toMatch(CONTROL);
        },
      ),
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0.0s'],
    [4200, '4.2s'],
    [185_000, '3m05s'],
    [3_720_000, '1h02m'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('shouldShowProgress', () => {
  it.each([
    ['a TTY, interactive', true, {}, {}, true],
    ['not a TTY', false, {}, {}, false],
    ['--quiet', true, { quiet: true }, {}, false],
    ['CI=true', true, {}, { CI: 'true' }, false],
    ['CI=1', true, {}, { CI: '1' }, false],
    ['CI=false', true, {}, { CI: 'false' }, true],
  ] as const)('%s', (_name, isTTY, flags, env, expected) => {
    expect(shouldShowProgress({ isTTY }, { ...flags, env })).toBe(expected);
  });
});
