import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../core/errors.js';
import { readEventLog, scanEventLog } from './event-log-read.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'aisec-log-read-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const header = { type: 'run', version: 1, settingsDigest: 'd', startedAt: '2026-01-01T00:00:00.000Z', target: 't', mode: 'harnessed', seed: 1, attemptsPerProbe: 1, maxToolRounds: 3, probes: [{ id: 'p', version: 1 }], strategies: [], detectors: [], app: 'a' };
const attempt = (key: string, index: number, status = 'resisted') => ({
  type: 'attempt',
  index,
  key,
  probe: 'p',
  strategy: 'none',
  status,
  detectors: [{ id: 'd', hit: false, score: 0 }],
  messages: [{ role: 'user', content: 'héllo "quoted" ✓' }, { role: 'assistant', content: 'no', toolCalls: [{ id: 'c', name: 'f', arguments: '{}' }] }],
  latencyMs: 3,
});
const valid = [header, attempt('p/1@none', 1), attempt('p/0@none', 0, 'error'), { type: 'summary', status: 'incomplete' }, attempt('p/0@none', 0, 'success')].map((line) => `${JSON.stringify(line)}\n`).join('');

let counter = 0;
async function file(text: string | Buffer): Promise<string> {
  const name = path.join(folder, `log-${counter++}.jsonl`);
  await writeFile(name, text);
  return name;
}

describe('readEventLog', () => {
  it('returns the header, the latest outcome of each attempt in plan order, and the summaries', async () => {
    const contents = await readEventLog(await file(valid));
    expect(contents.header).toMatchObject({ type: 'run', seed: 1 });
    expect(contents.outcomes.map((o) => [o.key, o.status])).toEqual([
      ['p/0@none', 'success'],
      ['p/1@none', 'resisted'],
    ]);
    expect(contents.outcomes[0]).not.toHaveProperty('type');
    expect(contents.outcomes[0]).not.toHaveProperty('index');
    expect(contents.summaries).toHaveLength(1);
    expect(contents.truncatedTail).toBe(false);
  });

  it('reads an empty file as no header, and names a missing one', async () => {
    expect(await readEventLog(await file(''))).toMatchObject({ header: undefined, outcomes: [], truncatedTail: false });
    await expect(readEventLog(path.join(folder, 'none.jsonl'))).rejects.toThrow(/does not exist/);
  });

  it('names an unknown line type and a second header', async () => {
    await expect(readEventLog(await file(`${JSON.stringify(header)}\n{"type":"other"}\n`))).rejects.toThrow(/line 2 has an unknown type "other"/);
    await expect(readEventLog(await file(`${JSON.stringify(header)}\n${JSON.stringify(header)}\n`))).rejects.toThrow(/line 2 is a second run header/);
  });

  it('treats a log cut anywhere as whole lines plus a dropped tail', async () => {
    const bytes = Buffer.from(valid);
    const ends = [...bytes.entries()].filter(([, b]) => b === 0x0a).map(([i]) => i + 1);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length }), async (cut) => {
        const scan = await scanEventLog(await file(bytes.subarray(0, cut)), () => undefined);
        const whole = ends.filter((end) => end <= cut);
        expect(scan.lines).toBe(whole.length);
        expect(scan.validBytes).toBe(whole.length === 0 ? 0 : whole[whole.length - 1]!);
        expect(scan.truncatedTail).toBe(cut > scan.validBytes);
      }),
      { numRuns: 60 },
    );
  });

  it('answers a damaged byte with a line-numbered ERR_PROBE_LOG or a readable log, never a crash', async () => {
    const bytes = Buffer.from(valid);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 }), async (at, value) => {
        const damaged = Buffer.from(bytes);
        damaged[at] = value;
        try {
          await readEventLog(await file(damaged));
        } catch (error) {
          expect(isAisecError(error, 'ERR_PROBE_LOG')).toBe(true);
          expect((error as Error).message).toMatch(/line \d+/);
        }
      }),
      { numRuns: 80 },
    );
  });
});
