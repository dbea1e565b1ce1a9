import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setMaxListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAppContext } from './app-context.js';
import { readEventLog } from './event-log-read.js';
import { runRedTeam, type RunRedTeamOptions } from './harness.js';
import { backoffBaseMs, retryAfterMaxMs } from './harness/send-request.js';
import { createOpenAiChatTarget } from './targets/openai-chat.js';
import { reply, startChatServer, type ChatServer, type Script } from './test-support/chat-server.js';
import { injectionProbe, markerDetector, markerProbe, weakModel } from './test-support/harness-fixtures.js';
import { createVirtualClock } from './test-support/virtual-clock.js';
import type { Target } from './types.js';

let server: ChatServer | undefined;
let folder: string | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

async function serve(script: Script, extra: { apiKeyEnv?: string; env?: Record<string, string> } = {}): Promise<Target> {
  server = await startChatServer(script);
  return createOpenAiChatTarget({ baseUrl: server.baseUrl, model: 'weak', env: extra.env ?? {}, apiKeyEnv: extra.apiKeyEnv });
}

function options(target: Target, extra: Partial<RunRedTeamOptions> = {}): RunRedTeamOptions {
  return { target, app: defaultAppContext(1), probes: [markerProbe()], strategies: [], detectors: [markerDetector], attemptsPerProbe: 3, concurrency: 1, ...extra };
}

describe('runRedTeam: retries', () => {
  it('retries 5xx with exponential backoff and jitter, up to the retry limit', async () => {
    const clock = createVirtualClock();
    const target = await serve(() => ({ kind: 'json', status: 500, body: { error: 'boom' } }));
    const result = await runRedTeam(options(target, { clock, retries: 2, attemptsPerProbe: 1 }));
    expect(server!.requests).toHaveLength(3);
    expect(result.requests).toBe(3);
    expect(result.status).toBe('incomplete');
    expect(result.message).toMatch(/1 attempt failed against the target and is not counted \(first: ERR_ENDPOINT_RESPONSE: weak @ .* answered 500/);
    const waits = clock.sleeps.filter((ms) => ms > 0);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(backoffBaseMs / 2);
    expect(waits[0]).toBeLessThanOrEqual(backoffBaseMs);
    expect(waits[1]).toBeGreaterThanOrEqual(backoffBaseMs);
    expect(waits[1]).toBeLessThanOrEqual(2 * backoffBaseMs);
    expect(result.cells[0]).toMatchObject({ attempts: 1, errors: 1, successRate: 0 });
  });

  it('honours Retry-After, capped, and succeeds when a retry does', async () => {
    const clock = createVirtualClock();
    const target = await serve((request) => {
      if (request.index === 0) return { kind: 'json', status: 429, body: { error: 'slow' }, headers: { 'retry-after': '7' } };
      if (request.index === 1) return { kind: 'json', status: 503, body: { error: 'busy' }, headers: { 'retry-after': '3600' } };
      return weakModel(request);
    });
    const result = await runRedTeam(options(target, { clock, attemptsPerProbe: 1 }));
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([7000, retryAfterMaxMs]);
    expect(result).toMatchObject({ status: 'complete', requests: 3 });
    expect(result.cells[0]).toMatchObject({ successes: 1, errors: 0 });
  });

  it('does not retry a 4xx answer', async () => {
    const target = await serve((request) => (request.index === 0 ? { kind: 'json', status: 400, body: { error: 'bad request' } } : weakModel(request)));
    const result = await runRedTeam(options(target, { retries: 5 }));
    expect(server!.requests).toHaveLength(3);
    expect(result.cells[0]).toMatchObject({ attempts: 3, errors: 1, successes: 2, successRate: 1 });
  });

  it('gives up on a hanging endpoint after timeoutMs per try, within bounded time', async () => {
    const clock = createVirtualClock();
    const target = await serve(() => ({ kind: 'hang' }));
    const result = await runRedTeam(options(target, { clock, timeoutMs: 100, retries: 1, attemptsPerProbe: 1 }));
    expect(server!.requests).toHaveLength(2);
    expect(result.status).toBe('incomplete');
    expect(result.message).toMatch(/ERR_ENDPOINT_TIMEOUT: weak @ .*: no answer within 100 ms/);
  });

  it('stops when the first attempts all fail, instead of hammering a broken endpoint', async () => {
    const target = await serve(() => ({ kind: 'json', status: 401, body: { error: 'no key' } }));
    const result = await runRedTeam(options(target, { attemptsPerProbe: 10 }));
    expect(server!.requests).toHaveLength(3);
    expect(result.status).toBe('incomplete');
    expect(result.message).toMatch(/the first 3 attempts all failed against the target, so the run stopped \(ERR_ENDPOINT_RESPONSE: .*answered 401/);
  });
});

describe('runRedTeam: rate limit', () => {
  it('never starts more than requestsPerMinute requests in any 60-second window', async () => {
    const clock = createVirtualClock();
    const times: number[] = [];
    const inner = await serve(weakModel);
    // The start time of each request on the virtual clock, taken when the harness sends it.
    const target: Target = { ...inner, send: (request) => (times.push(clock.now()), inner.send(request)) };
    const result = await runRedTeam(options(target, { clock, requestsPerMinute: 6, concurrency: 4, attemptsPerProbe: 20 }));
    expect(result.requests).toBe(20);
    expect(server!.requests).toHaveLength(20);
    expect(times).toHaveLength(20);
    expect(times[0]).toBe(0);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(10_000);
    for (let i = 0; i + 6 < times.length; i++) expect(times[i + 6]! - times[i]!).toBeGreaterThanOrEqual(60_000);
    expect(times[19]).toBe(190_000);
  });

  it('sends without waiting when no rate is set', async () => {
    const clock = createVirtualClock();
    const target = await serve(weakModel);
    await runRedTeam(options(target, { clock, concurrency: 3, attemptsPerProbe: 6 }));
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([]);
    expect(server!.maxInFlight).toBeLessThanOrEqual(3);
  });
});

describe('runRedTeam: cancellation', () => {
  it('stops promptly when cancelled, keeps what finished, and says so', async () => {
    const controller = new AbortController();
    const target = await serve((request) => {
      if (request.index === 2) {
        controller.abort();
        return { kind: 'hang' };
      }
      return weakModel(request);
    });
    const result = await runRedTeam(options(target, { attemptsPerProbe: 10, signal: controller.signal }));
    expect(result.status).toBe('incomplete');
    expect(result.message).toBe('the run was cancelled after 2 of 10 attempts');
    expect(result.cells[0]).toMatchObject({ attempts: 2, successes: 2 });
    expect(server!.requests).toHaveLength(3);
  });

  it('stops at the deadline even while a request hangs', async () => {
    const target = await serve((request) => (request.index === 0 ? weakModel(request) : { kind: 'hang' }));
    const result = await runRedTeam(options(target, { deadlineMs: 300, attemptsPerProbe: 5, concurrency: 2 }));
    expect(result.status).toBe('incomplete');
    expect(result.message).toMatch(/^the deadline of 300 ms passed after 1 of 5 attempts$/);
    expect(result.cells[0]).toMatchObject({ attempts: 1 });
  });

  it('returns at once when the signal is already aborted', async () => {
    const target = await serve(weakModel);
    const result = await runRedTeam(options(target, { signal: AbortSignal.abort() }));
    expect(result).toMatchObject({ status: 'incomplete', requests: 0, cells: [] });
    expect(server!.requests).toHaveLength(0);
  });
});

describe('runRedTeam: the API key', () => {
  it('never writes the key to the event log, even when the endpoint echoes it', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'aisec-key-'));
    const key = 'sk-live-DO-NOT-LEAK-1234567890';
    const target = await serve(
      (request) => {
        const auth = String(request.headers.authorization);
        if (request.index === 0) return { kind: 'json', status: 400, body: { error: { message: `bad key ${auth}` } } };
        return reply(`Your key is ${auth}`);
      },
      { apiKeyEnv: 'AISEC_TEST_API_KEY', env: { AISEC_TEST_API_KEY: key } },
    );
    const log = path.join(folder, 'run.jsonl');
    const result = await runRedTeam(options(target, { eventLog: log }));
    expect(server!.requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
    const text = await readFile(log, 'utf8');
    expect(text).not.toContain(key);
    expect(text).toContain('[redacted]');
    expect(JSON.stringify(result)).not.toContain(key);
    expect((await readEventLog(log)).outcomes).toHaveLength(3);
  });
});

describe('runRedTeam: many attempts in flight', () => {
  /** Run `work` and return the MaxListenersExceededWarnings the process emitted meanwhile. */
  async function listenerWarnings(work: () => Promise<unknown>): Promise<string[]> {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => {
      if (warning.name === 'MaxListenersExceededWarning') warnings.push(warning.message);
    };
    process.on('warning', onWarning);
    try {
      await work();
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    return warnings;
  }

  it('adds no listener per attempt to a shared signal at concurrency 16: rate-limit waits, retry backoffs and requests', async () => {
    // Each attempt's first request fails with a retryable 503, so 16 attempts wait in backoff at once, then in the rate limiter.
    const failed = new Set<string>();
    const target = await serve((request) => {
      const prompt = JSON.stringify(request.body);
      if (!failed.has(prompt)) {
        failed.add(prompt);
        return { kind: 'json', status: 503, body: { error: 'busy' } };
      }
      return weakModel(request);
    });
    const caller = new AbortController();
    let result: Awaited<ReturnType<typeof runRedTeam>> | undefined;
    const warnings = await listenerWarnings(async () => {
      result = await runRedTeam(options(target, { attemptsPerProbe: 40, concurrency: 16, requestsPerMinute: 60_000, retries: 1, signal: caller.signal }));
    });
    expect(warnings).toEqual([]);
    expect(result!.status).toBe('complete');
    expect(result!.cells[0]).toMatchObject({ attempts: 40, successes: 40, errors: 0 });
    expect(server!.requests).toHaveLength(80);
  });

  it('adds none either while attempts queue for one document folder', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'aisec-limits-'));
    const dir = folder;
    server = await startChatServer(() => reply('Noted.'));
    const target = createOpenAiChatTarget({ baseUrl: server.baseUrl, model: 'weak', mode: 'opaque', env: {} });
    const warnings = await listenerWarnings(() => runRedTeam(options(target, { probes: [injectionProbe('test-doc', { kind: 'document', source: 'kb', directory: dir }, 24)], concurrency: 16 })));
    expect(warnings).toEqual([]);
  });

  it('still cancels every attempt in flight when the run is cancelled', async () => {
    const target = await serve(() => ({ kind: 'hang' }));
    const caller = new AbortController();
    setMaxListeners(1, caller.signal);
    let result: Awaited<ReturnType<typeof runRedTeam>> | undefined;
    // The caller's signal gets one listener from the run, whatever the concurrency.
    const warnings = await listenerWarnings(async () => {
      const pending = runRedTeam(options(target, { attemptsPerProbe: 40, concurrency: 16, signal: caller.signal, timeoutMs: 60_000 }));
      await server!.received(16);
      caller.abort();
      result = await pending;
    });
    expect(warnings).toEqual([]);
    expect(result!.status).toBe('incomplete');
    expect(result!.message).toMatch(/the run was cancelled after 0 of 40 attempts/);
    expect(server!.requests).toHaveLength(16);
  });
});
