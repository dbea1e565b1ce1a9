/**
 * The in-memory limits backend: one {@link RollingWindow} and one in-flight count per counter,
 * in this process only. Used alone on a single instance, and by every replica as the fallback
 * while Redis is unreachable under fail-open. Decisions are synchronous.
 */
import { concurrencyRetryMs, noFigures, type AdmitInput, type Decision, type SettleInput } from './decision.js';
import { bucketOf, resetAfterMs, retryAfterMs, RollingWindow, windowMs } from './window.js';

interface Counter {
  readonly window: RollingWindow;
  inFlight: number;
}

/** Counters of one process. */
export class MemoryBackend {
  private readonly counters = new Map<string, Counter>();
  private lastSweep = 0;

  constructor(private readonly now: () => number) {}

  /** Admit or refuse; on admission the request and its reserved tokens are counted and a slot is taken. */
  admit(input: AdmitInput, nowMs = this.now()): Decision {
    const b = bucketOf(nowMs);
    if (nowMs - this.lastSweep >= windowMs) this.sweep(b, nowMs);
    const { rules, tokens } = input;
    const need = Math.max(tokens, 1);
    const figures = noFigures();
    const found: Counter[] = [];
    let refusal: { rule: number; kind: 'requests' | 'tokens' | 'concurrency'; retryAfterMs: number } | undefined;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      let counter = this.counters.get(rule.id);
      if (counter === undefined) {
        counter = { window: new RollingWindow(), inFlight: 0 };
        this.counters.set(rule.id, counter);
      }
      found.push(counter);
      const w = counter.window;
      if (rule.requestsPerMinute > 0) {
        const used = w.sum(0, b);
        const over = used + 1 > rule.requestsPerMinute;
        if (over && refusal === undefined) refusal = { rule: i, kind: 'requests', retryAfterMs: retryAfterMs((x) => w.count(0, x), b, nowMs, used, 1, rule.requestsPerMinute) };
        const remaining = over ? Math.max(0, rule.requestsPerMinute - used) : rule.requestsPerMinute - used - 1;
        if (figures.requestsLimit < 0 || remaining < figures.requestsRemaining) {
          figures.requestsLimit = rule.requestsPerMinute;
          figures.requestsRemaining = remaining;
          figures.requestsResetMs = resetAfterMs(over ? w.newest(0, b) : b, nowMs);
        }
      }
      if (rule.tokensPerMinute > 0 && tokens >= 0) {
        const used = w.sum(1, b);
        const over = used + need > rule.tokensPerMinute;
        if (over && refusal === undefined) refusal = { rule: i, kind: 'tokens', retryAfterMs: retryAfterMs((x) => w.count(1, x), b, nowMs, used, need, rule.tokensPerMinute) };
        const remaining = over ? Math.max(0, rule.tokensPerMinute - used) : rule.tokensPerMinute - used - tokens;
        if (figures.tokensLimit < 0 || remaining < figures.tokensRemaining) {
          figures.tokensLimit = rule.tokensPerMinute;
          figures.tokensRemaining = remaining;
          figures.tokensResetMs = resetAfterMs(over || tokens === 0 ? w.newest(1, b) : b, nowMs);
        }
      }
      if (rule.concurrency > 0 && counter.inFlight + 1 > rule.concurrency && refusal === undefined) refusal = { rule: i, kind: 'concurrency', retryAfterMs: concurrencyRetryMs };
    }
    if (refusal) return { ok: false, ...refusal, figures };
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const counter = found[i]!;
      if (rule.requestsPerMinute > 0) counter.window.add(0, b, 1);
      if (rule.tokensPerMinute > 0 && tokens >= 0) counter.window.add(1, b, tokens);
      if (rule.concurrency > 0) counter.inFlight++;
    }
    return { ok: true, bucket: b, figures };
  }

  /** Charge the token difference and free the concurrency slots of an admitted request. */
  settle(input: SettleInput, nowMs = this.now()): void {
    const b = bucketOf(nowMs);
    for (const rule of input.rules) {
      let counter = this.counters.get(rule.id);
      if (counter === undefined) {
        // Swept while a long answer ran: what it used beyond its reservation still counts.
        if (rule.tokensPerMinute <= 0 || input.tokenDelta <= 0) continue;
        counter = { window: new RollingWindow(), inFlight: 0 };
        this.counters.set(rule.id, counter);
      }
      if (rule.tokensPerMinute > 0) counter.window.adjust(1, input.bucket, b, input.tokenDelta);
      if (rule.concurrency > 0 && counter.inFlight > 0) counter.inFlight--;
    }
  }

  /** Requests in flight on a counter (tests, health). */
  inFlight(id: string): number {
    return this.counters.get(id)?.inFlight ?? 0;
  }

  /** Number of counters held. */
  get size(): number {
    return this.counters.size;
  }

  /** Drop counters with nothing in flight and nothing left in the window. */
  private sweep(b: number, nowMs: number): void {
    this.lastSweep = nowMs;
    for (const [id, counter] of this.counters) if (counter.inFlight === 0 && counter.window.idle(b)) this.counters.delete(id);
  }
}
