/**
 * The frame every suite runs in: steps run one after another, each guarded so that a cancelled
 * run, a spent query budget or a failing model ends the suite with status `incomplete` or
 * `error` and the figures of what ran, never with a rejection. Also counts progress, queries
 * and time, and gathers metrics, charts, details and findings for the result.
 */
import type { z } from 'zod';
import { isAisecError } from '../../core/errors.js';
import type { ChartSchema } from '../../core/evaluation.js';
import type { FindingInput } from '../../core/finding.js';
import type { SuiteContext, SuiteResult } from './suite.js';

/** A chart as a suite writes it (defaults of the schema may be left out). */
export type ChartInput = z.input<typeof ChartSchema>;

/** Why a run stopped early. */
export type StopReason = 'cancelled' | 'budget' | 'error';

/** One step's outcome as kept in `details.steps`. */
export interface StepRecord {
  readonly step: string;
  readonly outcome: 'ran' | 'skipped' | 'not-run' | 'failed';
  readonly note?: string;
  readonly queries: number;
  readonly seconds: number;
}

/** Runs a suite's steps and assembles its result. */
export class SuiteRun {
  readonly #ctx: SuiteContext<unknown>;
  readonly #started = performance.now();
  readonly #queriesAtStart: number;
  #status: 'complete' | 'incomplete' | 'error' = 'complete';
  #stopped: StopReason | undefined;
  readonly #problems: string[] = [];
  readonly #notes: string[] = [];
  readonly #steps: StepRecord[] = [];
  #done = 0;
  #total: number;
  readonly metrics: Record<string, number> = {};
  readonly charts: ChartInput[] = [];
  readonly details: Record<string, unknown> = {};
  readonly findings: FindingInput[] = [];

  constructor(ctx: SuiteContext<unknown>, totalUnits: number) {
    this.#ctx = ctx;
    this.#queriesAtStart = queriesUsed(ctx);
    this.#total = Math.max(1, totalUnits);
  }

  /** Why the run stopped, or undefined while it goes on. */
  get stopped(): StopReason | undefined {
    return this.#stopped;
  }

  get status(): 'complete' | 'incomplete' | 'error' {
    return this.#status;
  }

  /** Queries this run has sent so far. */
  get queries(): number {
    return Math.max(0, queriesUsed(this.#ctx) - this.#queriesAtStart);
  }

  /** Work units planned in all (progress is reported against it). */
  set totalUnits(total: number) {
    this.#total = Math.max(1, total, this.#done);
  }

  /** Advance progress by `units` and say what runs now. */
  progress(label: string, units = 0): void {
    this.#done = Math.min(this.#total, this.#done + units);
    this.#ctx.onProgress?.(this.#done, this.#total, label);
  }

  /** A remark shown in `details.notes` (an attack skipped because it cannot apply, a setting changed). */
  note(text: string): void {
    if (!this.#notes.includes(text)) this.#notes.push(text);
  }

  /** Record a step that was not run because it cannot apply (its `units` of progress count as done); the run stays complete. */
  skip(step: string, why: string, units = 1): void {
    this.#steps.push({ step, outcome: 'skipped', note: why, queries: 0, seconds: 0 });
    this.note(`${step}: skipped: ${why}`);
    this.progress(step, units);
  }

  /** Mark the run incomplete without stopping it (a part that could not be tested). */
  incomplete(problem: string): void {
    if (this.#status === 'complete') this.#status = 'incomplete';
    if (!this.#problems.includes(problem)) this.#problems.push(problem);
  }

  /** Stop the run: later steps are not run. */
  stop(reason: StopReason, problem: string): void {
    this.#stopped ??= reason;
    if (reason === 'error') this.#status = 'error';
    else if (this.#status === 'complete') this.#status = 'incomplete';
    if (!this.#problems.includes(problem)) this.#problems.push(problem);
  }

  /** The model's budget ran out during `step`: stop with a message that names it. */
  budgetSpent(step: string): void {
    this.stop('budget', `The model's query budget ran out during ${step}; later tests were not run and the figures cover what ran.`);
  }

  /**
   * Run one step worth `units` of progress. Returns its value, or undefined when the run had
   * already stopped or the step failed (the failure is recorded: cancellation and a spent
   * budget make the run incomplete, an unusable input marks it incomplete and goes on, any
   * other error stops it with status `error`).
   */
  async step<T>(name: string, units: number, work: () => Promise<T>): Promise<T | undefined> {
    if (this.#stopped === undefined && this.#ctx.signal.aborted) this.#cancelled(name);
    if (this.#stopped !== undefined) {
      this.#steps.push({ step: name, outcome: 'not-run', note: `the run had stopped (${this.#stopped})`, queries: 0, seconds: 0 });
      this.progress(name, units);
      return undefined;
    }
    this.progress(name);
    const doneAtStart = this.#done;
    const started = performance.now();
    const before = this.queries;
    const record = (outcome: StepRecord['outcome'], note?: string) =>
      this.#steps.push({ step: name, outcome, ...(note ? { note } : {}), queries: this.queries - before, seconds: round((performance.now() - started) / 1000, 3) });
    try {
      const value = await work();
      record('ran');
      return value;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      record('failed', message);
      if (this.#ctx.signal.aborted || isAisecError(error, 'ERR_ABORTED')) this.#cancelled(name);
      else if (isAisecError(error, 'ERR_MODEL_QUERY_BUDGET')) this.budgetSpent(name);
      else if (isAisecError(error, 'ERR_ATTACK_INPUT')) this.incomplete(`${name} could not run: ${message}`);
      else this.stop('error', `${name} failed: ${message}`);
      return undefined;
    } finally {
      // Progress reported inside the step counts towards its units.
      this.progress(name, Math.max(0, doneAtStart + units - this.#done));
    }
  }

  #cancelled(step: string): void {
    this.stop('cancelled', `The run was cancelled during ${step}; the figures cover what ran before.`);
  }

  /** Set a metric when the value is a finite number (metrics hold numbers only). */
  metric(name: string, value: number | null | undefined): void {
    if (typeof value === 'number' && Number.isFinite(value)) this.metrics[name] = value;
  }

  /** The suite's result. */
  finish(kind: SuiteResult['evaluation']['kind'], headline: string): SuiteResult {
    this.#ctx.onProgress?.(this.#total, this.#total, 'done');
    const message = this.#problems.length > 0 ? this.#problems.join(' ') : undefined;
    return {
      evaluation: {
        kind,
        model: this.#ctx.model.name,
        target: this.#ctx.model.target,
        status: this.#status,
        ...(message ? { message } : {}),
        headline,
        queries: this.queries,
        durationMs: Math.round(performance.now() - this.#started),
        metrics: this.metrics,
        charts: this.charts,
        details: { ...this.details, steps: this.#steps, notes: this.#notes },
      },
      findings: this.findings,
    };
  }
}

function queriesUsed(ctx: SuiteContext<unknown>): number {
  const used = ctx.adapter.queriesUsed;
  return typeof used === 'number' && Number.isFinite(used) ? used : 0;
}

/** `x` rounded to `digits` decimals. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Run a suite's body so that nothing escapes: options that do not parse and any unexpected
 * failure become a result with status `error` naming the problem.
 */
export async function guardedSuite<S extends z.ZodType>(
  ctx: SuiteContext<unknown>,
  kind: SuiteResult['evaluation']['kind'],
  schema: S,
  body: (options: z.output<S>) => Promise<SuiteResult>,
): Promise<SuiteResult> {
  const parsed = schema.safeParse(ctx.options ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(options)'}: ${i.message}`);
    return failed(ctx, kind, `The ${kind} suite's settings are not valid: ${problems.join('; ')}.`);
  }
  try {
    return await body(parsed.data);
  } catch (error) {
    return failed(ctx, kind, `The ${kind} tests failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function failed(ctx: SuiteContext<unknown>, kind: SuiteResult['evaluation']['kind'], message: string): SuiteResult {
  const run = new SuiteRun({ ...ctx, onProgress: undefined }, 1);
  run.stop('error', message);
  return run.finish(kind, `No ${kind} figure could be measured: ${message.charAt(0).toLowerCase()}${message.slice(1)}`);
}
