/**
 * The red-team harness: crosses probes with strategies, holds each attempt's conversation with
 * the target (with a rate limit, timeouts, retries and bounded concurrency), lets the probe's
 * detectors judge it, appends every outcome to the JSONL event log (resumable), and sums the
 * outcomes up per probe × strategy cell and per probe. Outcomes, figures and their order depend
 * on the seed only, never on the concurrency or the timing.
 */
import { AisecError } from '../core/errors.js';
import { createRegistry } from '../core/registry.js';
import { openEventLog, type EventLogWriter } from './event-log.js';
import { createAbortFollowers } from './harness/abort-followers.js';
import { realClock } from './harness/clock.js';
import { createExampleKeeper } from './harness/example-keeper.js';
import { createKeyedQueue } from './harness/opaque-document.js';
import { runLimits, type RunRedTeamOptions } from './harness/options.js';
import { planRun } from './harness/plan.js';
import { runPool } from './harness/pool.js';
import { createRateLimiter } from './harness/rate-limiter.js';
import { runAttempt, type AttemptContext } from './harness/run-attempt.js';
import { attemptVerdict, maxExamples, summariseOutcomes, type OutcomeRecord } from './results.js';
import { runSettings } from './run-settings.js';
import type { AttemptOutcome, AttemptVerdict, RedTeamResult, ResponseDetectorDef, StrategyDef } from './types.js';

export type { RunRedTeamOptions } from './harness/options.js';

/**
 * Run probes × strategies against a target and return the figures. Cancelling (the signal or
 * the deadline) stops promptly, keeps what finished, and returns an `incomplete` result; a
 * resumed run with the same event log then does only what is left.
 *
 * Throws before sending anything when a probe names an unknown detector (ERR_PLUGIN_NOT_FOUND),
 * an option is invalid (ERR_USAGE), or the event log cannot be used (ERR_PROBE_LOG).
 */
export async function runRedTeam(options: RunRedTeamOptions): Promise<RedTeamResult> {
  const limits = runLimits(options);
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const { target, app } = options;
  const probes = createRegistry('probe', options.probes).list();
  const strategies: readonly StrategyDef[] = createRegistry(
    'strategy',
    options.strategies.filter((s) => s.id !== 'none'),
  ).list();
  const detectorRegistry = createRegistry('response detector', options.detectors);
  const detectors = new Map<string, ResponseDetectorDef>();
  for (const probe of probes) for (const id of probe.detectors) detectors.set(id, detectorRegistry.get(id));

  const plan = planRun({ probes, strategies, app, mode: target.mode, seed: limits.seed, attemptsPerProbe: limits.attemptsPerProbe });
  const settings = runSettings({ target: target.label, mode: target.mode, seed: limits.seed, attemptsPerProbe: limits.attemptsPerProbe, maxToolRounds: limits.maxToolRounds, probes, strategies, detectors: [...detectors.values()], app });
  const opened = options.eventLog === undefined ? undefined : await openEventLog(options.eventLog, settings, { resume: options.resume === true, startedAt });
  const writer: EventLogWriter | undefined = opened?.writer;

  const records: (OutcomeRecord & { readonly verdict: AttemptVerdict })[] = [];
  const keeper = createExampleKeeper(maxExamples);
  const todo = plan.items.filter((item) => {
    const logged = opened?.previous.get(item.key);
    if (logged === undefined || logged.status === 'error') return true;
    records.push({ index: item.index, key: item.key, probe: item.probe.id, strategy: item.strategy?.id ?? 'none', status: logged.status, verdict: logged });
    if (logged.status === 'success') keeper.offer(item.probe.id, item.index, item.key);
    return false;
  });
  const total = plan.items.length;
  let done = records.length;

  const controller = new AbortController();
  const stop = (message: string): void => {
    if (!controller.signal.aborted) controller.abort(new AisecError('ERR_ABORTED', message));
  };
  const onCancel = (): void => stop('the run was cancelled');
  options.signal?.addEventListener('abort', onCancel, { once: true });
  if (options.signal?.aborted) onCancel();
  const deadline = limits.deadlineMs === undefined ? undefined : setTimeout(() => stop(`the deadline of ${limits.deadlineMs} ms passed`), limits.deadlineMs);

  const clock = options.clock ?? realClock;
  const counter = { requests: 0 };
  const context: AttemptContext = {
    mode: target.mode,
    app,
    seed: limits.seed,
    maxToolRounds: limits.maxToolRounds,
    detectors,
    requests: { target, timeoutMs: limits.timeoutMs, retries: limits.retries, limiter: createRateLimiter(limits.requestsPerMinute, clock), clock, signal: controller.signal, counter },
    documentFolders: createKeyedQueue(),
    followers: createAbortFollowers(controller.signal),
  };
  let judged = 0;
  let firstError: AttemptOutcome['error'];
  let errors = 0;
  const breakerAt = Math.max(3, limits.concurrency);
  let failure: unknown;
  options.onProgress?.(done, total);

  try {
    await runPool(todo, limits.concurrency, async (item) => {
      const outcome = await runAttempt(context, item);
      try {
        await writer?.appendAttempt(outcome, item.index);
      } catch (error) {
        failure = error;
        stop('the event log could not be written');
        throw error;
      }
      records.push({ index: item.index, key: outcome.key, probe: outcome.probe, strategy: outcome.strategy, status: outcome.status, verdict: attemptVerdict(outcome) });
      if (outcome.status === 'success') keeper.offer(outcome.probe, item.index, outcome.key, outcome);
      if (outcome.status === 'error') {
        errors++;
        firstError ??= outcome.error;
        if (judged === 0 && errors >= breakerAt) {
          stop(`the first ${errors} attempts all failed against the target, so the run stopped (${firstError!.code}: ${firstError!.message})`);
        }
      } else {
        judged++;
      }
      done++;
      options.onProgress?.(done, total);
    });
  } catch (error) {
    if (!controller.signal.aborted) failure = error;
  } finally {
    if (deadline !== undefined) clearTimeout(deadline);
    options.signal?.removeEventListener('abort', onCancel);
    context.followers.dispose();
  }
  if (failure !== undefined) {
    await writer?.close().catch(() => undefined);
    throw failure;
  }

  const { cells, probes: probeSummaries } = summariseOutcomes(records, probes);
  const errored = records.filter((r) => r.status === 'error').length;
  const messages: string[] = [];
  if (controller.signal.aborted) {
    const reason = (controller.signal.reason as Error).message;
    messages.push(`${reason} after ${done} of ${total} attempts${writer === undefined ? '' : `; run again with --resume and the same event log to finish`}`);
  }
  if (errored > 0) messages.push(`${errored} attempt${errored === 1 ? '' : 's'} failed against the target and ${errored === 1 ? 'is' : 'are'} not counted${firstError === undefined ? '' : ` (first: ${firstError.code}: ${firstError.message})`}`);
  for (const broken of plan.broken) messages.push(`probe ${broken.probe}: ${broken.reason}`);
  const result: RedTeamResult = {
    target: target.label,
    mode: target.mode,
    status: messages.length === 0 ? 'complete' : 'incomplete',
    ...(messages.length === 0 ? {} : { message: messages.join('; ') }),
    seed: limits.seed,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    requests: counter.requests,
    probes: probeSummaries,
    cells,
    skipped: [...plan.skipped, ...plan.broken],
    attempts: [...records].sort((a, b) => a.index - b.index).map((r) => r.verdict),
    examples: [],
    ...(writer === undefined ? {} : { eventLog: writer.path }),
  };
  if (writer !== undefined) {
    try {
      await writer.appendSummary(result);
    } finally {
      await writer.close();
    }
  }
  // Read after the log is closed: examples judged in an earlier session come from it.
  return { ...result, examples: await keeper.examples(probeSummaries, writer?.path) };
}
