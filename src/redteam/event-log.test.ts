import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AisecError } from '../core/errors.js';
import { defaultAppContext } from './app-context.js';
import { readEventLog, scanEventLog } from './event-log-read.js';
import { runRedTeam, type RunRedTeamOptions } from './harness.js';
import { createOpenAiChatTarget } from './targets/openai-chat.js';
import { reply, startChatServer, type ChatServer, type Script } from './test-support/chat-server.js';
import { markerDetector, markerProbe, weakModel, wrapStrategy } from './test-support/harness-fixtures.js';
import type { RedTeamResult, Target } from './types.js';

let server: ChatServer | undefined;
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'aisec-log-'));
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(folder, { recursive: true, force: true });
});

async function serve(script: Script = weakModel): Promise<Target> {
  server = await startChatServer(script);
  return createOpenAiChatTarget({ baseUrl: server.baseUrl, model: 'weak', label: 'weak model', env: {} });
}

function options(target: Target, extra: Partial<RunRedTeamOptions> = {}): RunRedTeamOptions {
  return {
    target,
    app: defaultAppContext(1),
    probes: [markerProbe('test-a'), markerProbe('test-b')],
    strategies: [wrapStrategy],
    detectors: [markerDetector],
    attemptsPerProbe: 3,
    concurrency: 2,
    ...extra,
  };
}

function figures(result: RedTeamResult): unknown {
  const { durationMs: _d, startedAt: _s, eventLog: _e, requests: _r, examples, ...rest } = result;
  return { ...rest, examples: examples.map(({ latencyMs: _l, ...o }) => o) };
}

async function failure(promise: Promise<unknown>): Promise<AisecError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AisecError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

async function lines(file: string): Promise<Record<string, unknown>[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the event log', () => {
  it('holds a header, one line per attempt and a summary', async () => {
    const target = await serve();
    const log = path.join(folder, 'run.jsonl');
    const result = await runRedTeam(options(target, { eventLog: log }));
    expect(result.eventLog).toBe(log);
    const all = await lines(log);
    expect(all).toHaveLength(1 + 12 + 1);
    expect(all[0]).toMatchObject({
      type: 'run',
      version: 1,
      settingsDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
      seed: 1,
      target: target.label,
      mode: 'harnessed',
      attemptsPerProbe: 3,
      probes: [{ id: 'test-a', version: 1 }, { id: 'test-b', version: 1 }],
      strategies: [{ id: 'test-wrap', version: 1 }],
      detectors: [{ id: 'test-marker', version: 1 }],
      startedAt: result.startedAt,
    });
    expect(all.slice(1, 13).every((line) => line.type === 'attempt')).toBe(true);
    expect(all[13]).toMatchObject({ type: 'summary', status: 'complete', cells: result.cells, probes: result.probes, finishedAt: expect.any(String) });
    expect(all[13]!.eventLog).toBeUndefined();
    // The attempt lines hold the attempts and examples; the summary does not repeat them.
    expect(all[13]!.attempts).toBeUndefined();
    expect(all[13]!.examples).toBeUndefined();
    expect(result.attempts).toHaveLength(12);
    expect(result.examples.length).toBeGreaterThan(0);
  });

  it('caps each logged message at 4,000 characters, and keeps planted secrets as evidence', async () => {
    const app = defaultAppContext(1);
    const target = await serve(() => reply(`${'A'.repeat(10_000)} ${app.secrets[0]!.value}`));
    const log = path.join(folder, 'run.jsonl');
    await runRedTeam(options(target, { eventLog: log, probes: [markerProbe('test-a')], strategies: [], attemptsPerProbe: 1 }));
    const outcome = (await readEventLog(log)).outcomes[0]!;
    expect(outcome.messages[0]!.content).toContain(app.secrets[0]!.value);
    expect(outcome.messages[2]!.content).toHaveLength(4000);
    expect(outcome.messages[2]!.content.endsWith('…')).toBe(true);
  });

  it('refuses to overwrite an existing log without resume', async () => {
    const target = await serve();
    const log = path.join(folder, 'run.jsonl');
    await writeFile(log, '');
    const error = await failure(runRedTeam(options(target, { eventLog: log })));
    expect(error.code).toBe('ERR_PROBE_LOG');
    expect(error.message).toMatch(/exists; pass --resume to continue the run it records, or choose another file/);
    expect(server!.requests).toHaveLength(0);
  });

  it('says when the log folder does not exist', async () => {
    const target = await serve();
    const error = await failure(runRedTeam(options(target, { eventLog: path.join(folder, 'missing', 'run.jsonl') })));
    expect(error.code).toBe('ERR_PROBE_LOG');
    expect(error.message).toMatch(/check that its folder exists/);
  });
});

describe('resuming a run', () => {
  it('finishes an interrupted run with the same figures as an uninterrupted one, sending only what was left', async () => {
    const target = await serve();
    const whole = await runRedTeam(options(target, { eventLog: path.join(folder, 'whole.jsonl') }));
    const sentWhole = server!.requests.length;
    await server!.close();

    const controller = new AbortController();
    let sent = 0;
    const stopping = await serve((request) => {
      if (++sent === 5) controller.abort();
      return weakModel(request);
    });
    const log = path.join(folder, 'resumed.jsonl');
    const first = await runRedTeam(options(stopping, { eventLog: log, signal: controller.signal }));
    expect(first.status).toBe('incomplete');
    expect(first.message).toMatch(/the run was cancelled after \d+ of 12 attempts; run again with --resume and the same event log to finish/);
    const done = (await readEventLog(log)).outcomes.length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(12);

    const before = server!.requests.length;
    const progress: number[] = [];
    const second = await runRedTeam(options(stopping, { eventLog: log, resume: true, onProgress: (d) => progress.push(d) }));
    expect(server!.requests.length - before).toBe(12 - done);
    expect(progress[0]).toBe(done);
    // Attempts and examples judged in the first session come back too (the examples read from the log).
    expect(figures(second)).toEqual(figures(whole));
    expect(second.attempts).toHaveLength(12);
    expect(second.examples.map((o) => o.key)).toEqual(second.probes.flatMap((p) => p.examples));
    expect(second.requests).toBe(12 - done);
    expect(sentWhole).toBe(12);

    const contents = await readEventLog(log);
    expect(contents.outcomes).toHaveLength(12);
    expect(contents.summaries.map((s) => s.status)).toEqual(['incomplete', 'complete']);
    const strip = (o: (typeof contents.outcomes)[number]) => ({ ...o, latencyMs: 0 });
    const reference = new Map((await readEventLog(path.join(folder, 'whole.jsonl'))).outcomes.map((o) => [o.key, strip(o)]));
    for (const outcome of contents.outcomes) expect(strip(outcome)).toEqual(reference.get(outcome.key));
  });

  it('sends attempts that errored again, and the later line counts', async () => {
    let failing = true;
    const target = await serve((request) => (failing ? { kind: 'json', status: 400, body: { error: 'down' } } : weakModel(request)));
    const log = path.join(folder, 'run.jsonl');
    const first = await runRedTeam(options(target, { eventLog: log, probes: [markerProbe('test-a')], strategies: [], attemptsPerProbe: 2 }));
    expect(first.cells[0]).toMatchObject({ errors: 2 });
    failing = false;
    const second = await runRedTeam(options(target, { eventLog: log, resume: true, probes: [markerProbe('test-a')], strategies: [], attemptsPerProbe: 2 }));
    expect(second).toMatchObject({ status: 'complete', requests: 2 });
    expect(second.cells[0]).toMatchObject({ attempts: 2, errors: 0, successes: 2 });
    expect((await readEventLog(log)).outcomes.map((o) => o.status)).toEqual(['success', 'success']);
  });

  it('starts a new log when resume finds none', async () => {
    const target = await serve();
    const log = path.join(folder, 'new.jsonl');
    const result = await runRedTeam(options(target, { eventLog: log, resume: true }));
    expect(result.status).toBe('complete');
    expect((await readEventLog(log)).outcomes).toHaveLength(12);
  });

  it('names the setting that differs from the log', async () => {
    const target = await serve();
    const log = path.join(folder, 'run.jsonl');
    await runRedTeam(options(target, { eventLog: log }));
    const seed = await failure(runRedTeam(options(target, { eventLog: log, resume: true, seed: 2 })));
    expect(seed.code).toBe('ERR_PROBE_LOG');
    expect(seed.message).toMatch(/other settings: seed \(log: 1, this run: 2\); use a new log file, or drop --resume/);
    const probe = await failure(runRedTeam(options(target, { eventLog: log, resume: true, probes: [markerProbe('test-a'), markerProbe('test-b', { version: 2 })] })));
    expect(probe.message).toMatch(/probes \(test-b is version 1 in the log, 2 in this run\)/);
    const strategies = await failure(runRedTeam(options(target, { eventLog: log, resume: true, strategies: [] })));
    expect(strategies.message).toMatch(/strategies \(test-wrap is in the log, not in this run\)/);
    const attempts = await failure(runRedTeam(options(target, { eventLog: log, resume: true, attemptsPerProbe: 4 })));
    expect(attempts.message).toMatch(/attemptsPerProbe \(log: 3, this run: 4\)/);
    const app = await failure(runRedTeam(options(target, { eventLog: log, resume: true, app: defaultAppContext(2) })));
    expect(app.message).toMatch(/application context/);
  });

  it('drops a cut-off last line and writes that attempt again', async () => {
    const target = await serve();
    const log = path.join(folder, 'run.jsonl');
    await runRedTeam(options(target, { eventLog: log }));
    const text = await readFile(log, 'utf8');
    const kept = text.split('\n').slice(0, 6);
    await writeFile(log, `${kept.join('\n')}\n${text.split('\n')[6]!.slice(0, 50)}`);
    const before = server!.requests.length;
    const result = await runRedTeam(options(target, { eventLog: log, resume: true }));
    expect(result.status).toBe('complete');
    expect(server!.requests.length - before).toBe(7);
    const all = await lines(log);
    expect(all.filter((line) => line.type === 'attempt')).toHaveLength(12);
    const scan = await scanEventLog(log, () => undefined);
    expect(scan.truncatedTail).toBe(false);
  });

  it('refuses a log with a damaged line before its end, naming the line', async () => {
    const target = await serve();
    const log = path.join(folder, 'run.jsonl');
    await runRedTeam(options(target, { eventLog: log }));
    const text = (await readFile(log, 'utf8')).split('\n');
    text[3] = '{"type":"attempt","key":';
    await writeFile(log, text.join('\n'));
    const broken = await failure(runRedTeam(options(target, { eventLog: log, resume: true })));
    expect(broken.code).toBe('ERR_PROBE_LOG');
    expect(broken.message).toMatch(/line 4 is not valid JSON; the log is damaged/);
    text[3] = '{"type":"attempt","key":"x"}';
    await writeFile(log, text.join('\n'));
    expect((await failure(runRedTeam(options(target, { eventLog: log, resume: true })))).message).toMatch(/line 4 is not a valid attempt event \(probe: /);
  });

  it('refuses a file that is not an event log, and lines longer than the cap', async () => {
    const target = await serve();
    const log = path.join(folder, 'notes.jsonl');
    await writeFile(log, '{"hello":"world"}\n');
    expect((await failure(runRedTeam(options(target, { eventLog: log, resume: true })))).message).toMatch(/line 1 is not the run header/);
    const long = path.join(folder, 'long.jsonl');
    await writeFile(long, 'x'.repeat(2000));
    await appendFile(long, '\n');
    expect((await failure(scanEventLog(long, () => undefined, 1000))).message).toMatch(/line 1 is longer than 1000 bytes/);
  });
});
