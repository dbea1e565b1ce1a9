/**
 * The response guards on one answer: each guard's scanner, its holds per channel, its fail
 * policy, its time, and its verdict. A `block` guard that finds something cuts the answer; a
 * `flag` guard records it once and never holds anything back (monitoring never delays or
 * buffers); a guard that throws or is over its budget follows its fail policy (fail-open:
 * verdict `error`, the guard is switched off for this answer; fail-closed: the answer is cut).
 */
import { performance } from 'node:perf_hooks';
import type { AisecError } from '../../core/errors.js';
import type { GatewayRequest } from '../pipeline/stages.js';
import { VIOLATION, type ResponseGuard, type TextScanner } from './guard-types.js';
import { responseBlocked, type BlockReason, type GuardReporter } from './guard-report.js';

interface Entry {
  readonly guard: ResponseGuard;
  readonly scanner: TextScanner;
  /** `on`: scanning; `flagged`: found (flag action), still scanning; `off`: failed open. */
  state: 'on' | 'flagged' | 'off';
  /** Channel → offset held from (block guards only). */
  readonly holds: Map<string, number>;
  ms: number;
}

/** The response guards running on one answer. */
export class ResponseRun {
  private readonly entries: Entry[];
  private closed = false;

  constructor(
    private readonly req: GatewayRequest,
    guards: readonly ResponseGuard[],
    private readonly report: GuardReporter,
  ) {
    this.entries = guards.map((guard) => ({ guard, scanner: guard.open(), state: 'on', holds: new Map(), ms: 0 }));
  }

  /** Text appended to `channel` (now `length` characters long); an error cuts the answer. */
  push(channel: string, text: string, length: number): AisecError | undefined {
    for (const e of this.entries) {
      if (e.state === 'off') continue;
      const cut = this.pushTo(e, channel, text, length);
      if (cut) return cut;
    }
    return undefined;
  }

  private pushTo(e: Entry, channel: string, text: string, length: number): AisecError | undefined {
    let hold: number;
    const start = performance.now();
    try {
      hold = e.scanner.push(channel, text);
    } catch (error) {
      e.ms += performance.now() - start;
      return this.fail(e, 'error', error);
    }
    e.ms += performance.now() - start;
    if (hold === VIOLATION) return this.found(e);
    if (e.guard.action === 'block' && e.state === 'on') {
      e.holds.set(channel, hold);
      if (length - hold > e.guard.maxChars) return this.fail(e, 'not-scanned');
    }
    return undefined;
  }

  /**
   * A channel's whole text (a JSON answer): each guard decides it in one scan when its scanner
   * can (`whole`), otherwise by push then finish. An error cuts the answer.
   */
  whole(channel: string, text: string): AisecError | undefined {
    for (const e of this.entries) {
      if (e.state === 'off') continue;
      if (e.scanner.whole === undefined) {
        const cut = this.pushTo(e, channel, text, text.length);
        if (cut) return cut;
        // pushTo may have switched the guard off (failed open).
        const after = e as Entry;
        if (after.state === 'off') continue;
        const last = this.finishOf(e, channel);
        if (last) return last;
        continue;
      }
      let violation: boolean;
      const start = performance.now();
      try {
        violation = e.scanner.whole(channel, text);
      } catch (error) {
        e.ms += performance.now() - start;
        const cut = this.fail(e, 'error', error);
        if (cut) return cut;
        continue;
      }
      e.ms += performance.now() - start;
      if (violation) {
        const cut = this.found(e);
        if (cut) return cut;
      }
    }
    return undefined;
  }

  /** The channel ended (or the whole answer did): decide what was held. */
  finish(channel: string): AisecError | undefined {
    for (const e of this.entries) {
      if (e.state === 'off') continue;
      const cut = this.finishOf(e, channel);
      if (cut) return cut;
    }
    return undefined;
  }

  private finishOf(e: Entry, channel: string): AisecError | undefined {
    let violation: boolean;
    const start = performance.now();
    try {
      violation = e.scanner.finish(channel);
    } catch (error) {
      e.ms += performance.now() - start;
      return this.fail(e, 'error', error);
    }
    e.ms += performance.now() - start;
    e.holds.delete(channel);
    return violation ? this.found(e) : undefined;
  }

  /** The offset up to which `channel` (of `length` characters) may be released. */
  safe(channel: string, length: number): number {
    let safe = length;
    for (const e of this.entries) {
      const hold = e.holds.get(channel);
      if (hold !== undefined && hold < safe) safe = hold;
    }
    return safe;
  }

  /** Whether some guard holds text of some channel back. */
  holding(): boolean {
    return this.entries.some((e) => e.holds.size > 0);
  }

  /** Every guard cannot decide (an event it cannot read, more held than allowed): each follows its fail policy. */
  failAll(reason: BlockReason, onlyHolding = false): AisecError | undefined {
    for (const e of this.entries) {
      if (e.state === 'off' || (onlyHolding && e.holds.size === 0)) continue;
      const cut = this.fail(e, reason);
      if (cut) return cut;
    }
    return undefined;
  }

  /** Whether a guard checks `totalChars` characters within its budget; a guard over it follows its fail policy. */
  checkSize(totalChars: number): AisecError | undefined {
    for (const e of this.entries) {
      if (e.state !== 'off' && totalChars > e.guard.maxChars) {
        const cut = this.fail(e, 'not-scanned');
        if (cut) return cut;
      }
    }
    return undefined;
  }

  /** The answer passed to its end: record the guards that found nothing, and every guard's time. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const e of this.entries) {
      if (e.state === 'on') this.report.verdict(this.req, e.guard.id, 'pass');
      this.report.metrics.duration(e.guard.id, e.ms, e.guard.budgetMs);
    }
  }

  private found(e: Entry): AisecError | undefined {
    if (e.guard.action === 'block') return this.cut(e, 'block', 'found');
    if (e.state === 'on') {
      e.state = 'flagged';
      this.report.verdict(this.req, e.guard.id, 'flag');
    }
    return undefined;
  }

  private fail(e: Entry, reason: BlockReason, error?: unknown): AisecError | undefined {
    if (reason === 'error') this.report.failed(this.req, e.guard.id, 'response', e.guard.onError, error);
    if (reason === 'not-scanned') this.report.metrics.notScanned(e.guard.id);
    if (e.guard.onError === 'fail-closed') return this.cut(e, 'error', reason);
    if (e.state === 'on') this.report.verdict(this.req, e.guard.id, 'error');
    e.state = 'off';
    e.holds.clear();
    return undefined;
  }

  private cut(e: Entry, outcome: 'block' | 'error', reason: BlockReason): AisecError {
    this.closed = true;
    this.report.verdict(this.req, e.guard.id, outcome, undefined, true);
    this.report.metrics.duration(e.guard.id, e.ms, e.guard.budgetMs);
    this.report.blocked(this.req, e.guard.id, 'response', reason);
    return responseBlocked();
  }
}
