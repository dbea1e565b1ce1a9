/** The options of a red-team run, checked and with their defaults filled in. */
import { AisecError } from '../../core/errors.js';
import type { AppContext, ProbeDef, ResponseDetectorDef, StrategyDef, Target } from '../types.js';
import type { HarnessClock } from './clock.js';

/** Options of `runRedTeam`. */
export interface RunRedTeamOptions {
  readonly target: Target;
  readonly app: AppContext;
  readonly probes: readonly ProbeDef[];
  /** Payload transforms; `none` (the payload as written) is always run as well. */
  readonly strategies: readonly StrategyDef[];
  /** The response detectors the probes name (looked up by id; an unknown id is ERR_PLUGIN_NOT_FOUND). */
  readonly detectors: readonly ResponseDetectorDef[];
  /** Default 1. */
  readonly seed?: number;
  /** Default 5. */
  readonly attemptsPerProbe?: number;
  /** Attempts in flight at once; default 4. */
  readonly concurrency?: number;
  /** Default unlimited. */
  readonly requestsPerMinute?: number;
  /** Per request, in milliseconds; default 60,000. */
  readonly timeoutMs?: number;
  /** Retries of a retryable failure (timeout, 429, 5xx, broken connection); default 2. */
  readonly retries?: number;
  /** Tool-call rounds answered per user turn (harnessed mode); default 3. */
  readonly maxToolRounds?: number;
  /** The whole run, in milliseconds; when it passes the run stops and is incomplete. */
  readonly deadlineMs?: number;
  /** Path of the JSONL event log. */
  readonly eventLog?: string;
  /** Continue the event log of an interrupted run with the same settings. */
  readonly resume?: boolean;
  readonly signal?: AbortSignal;
  /** Called after each finished attempt (and once at the start) with attempts done and planned. */
  readonly onProgress?: (done: number, total: number) => void;
  /** The clock of rate-limit and backoff waits; real time by default (tests pass a virtual clock). */
  readonly clock?: HarnessClock;
}

/** The numeric options with defaults. */
export interface RunLimits {
  readonly seed: number;
  readonly attemptsPerProbe: number;
  readonly concurrency: number;
  readonly requestsPerMinute: number | undefined;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly maxToolRounds: number;
  readonly deadlineMs: number | undefined;
}

/** Check the numeric options; ERR_USAGE names the option and what it must be. */
export function runLimits(options: RunRedTeamOptions): RunLimits {
  const problems: string[] = [];
  const whole = (name: string, value: number | undefined, fallback: number, min: number): number => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value < min) problems.push(`${name} must be a whole number ≥ ${min} (got ${value})`);
    return value;
  };
  const positive = (name: string, value: number | undefined): number | undefined => {
    if (value === undefined) return undefined;
    if (!(value > 0) || Number.isNaN(value)) problems.push(`${name} must be a number > 0 (got ${value})`);
    return value;
  };
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) problems.push(`seed must be a whole number (got ${seed})`);
  const limits: RunLimits = {
    seed,
    attemptsPerProbe: whole('attemptsPerProbe', options.attemptsPerProbe, 5, 1),
    concurrency: whole('concurrency', options.concurrency, 4, 1),
    requestsPerMinute: positive('requestsPerMinute', options.requestsPerMinute),
    timeoutMs: whole('timeoutMs', options.timeoutMs, 60_000, 1),
    retries: whole('retries', options.retries, 2, 0),
    maxToolRounds: whole('maxToolRounds', options.maxToolRounds, 3, 0),
    deadlineMs: positive('deadlineMs', options.deadlineMs),
  };
  if (options.resume === true && options.eventLog === undefined) problems.push('resume needs an event log to continue (eventLog)');
  if (problems.length > 0) throw new AisecError('ERR_USAGE', `the red-team run settings are not valid: ${problems.join('; ')}`, { details: { problems } });
  return limits;
}
