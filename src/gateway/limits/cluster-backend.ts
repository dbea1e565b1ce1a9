/**
 * The Redis Cluster limits backend. A request's rules are counters of different subjects (the
 * key, the key on its route, the route), which a cluster keeps on different nodes, and one
 * script call may only touch keys of one hash slot. So each rule's two keys carry the rule id
 * as a hash tag (`<prefix>lim:{<rule id>}:w` and `:c`, one slot per rule) and each rule is
 * checked by its own call of the same admit script, all at once (one round trip in time).
 *
 * A request is admitted when every rule admits it. When one refuses (or fails), the rules that
 * admitted give back what they took (the refund script) before the answer, so the counters end
 * as if the request had never come: on one replica the decisions are those of one atomic
 * script. Between the two calls, a request that ends up refused holds its room in the other
 * rules for a round trip; a request near a limit then may be refused, never admitted over it.
 * Each rule's counter runs on its node's clock; the settlement adjusts the bucket of the
 * request's first rule in every rule (nodes whose clocks differ by a bucket, 5 s, charge the
 * neighbouring bucket, or keep a refund that found no bucket: the error refuses, never admits).
 */
import type { Cluster } from 'ioredis';
import { noFigures, type AdmitInput, type Decision, type HeaderFigures, type Rule, type SettleInput } from './decision.js';
import { LuaScript } from './lua-script.js';
import { admitScript, decisionOf, limitKeys, PartialSettleError, settleScript, type SharedLimits } from './redis-backend.js';
import { refundLua } from './redis-scripts.js';
import { bucketMs, windowBuckets } from './window.js';

const refundScript = new LuaScript(refundLua);

/** Counters shared through a Redis Cluster. */
export class ClusterBackend implements SharedLimits {
  constructor(
    private readonly redis: Cluster,
    private readonly keyPrefix: string,
    private readonly leaseMs: number,
  ) {}

  /** The Redis keys of `rules`: per rule its window hash and its lease set, both in the slot of the rule id. */
  keys(rules: readonly Rule[]): string[] {
    return limitKeys(this.keyPrefix, rules, true);
  }

  /** Admit or refuse (`nowMs` 0: each node's clock). */
  async admit(input: AdmitInput, nowMs = 0): Promise<Decision> {
    const rules = input.rules;
    if (rules.length === 1) return this.admitRule(rules[0]!, input, nowMs);
    const replies = await Promise.allSettled(rules.map((rule) => this.admitRule(rule, input, nowMs)));
    const decisions: (Decision | undefined)[] = replies.map((r) => (r.status === 'fulfilled' ? r.value : undefined));
    const failed = replies.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    const refused = decisions.findIndex((d) => d !== undefined && !d.ok);
    if (failed !== undefined || refused >= 0) {
      // Give back what the rules that admitted took. A refund that fails leaves the room taken
      // until the window or the lease runs out: the error refuses, never admits.
      await Promise.allSettled(decisions.map((d, i) => (d?.ok ? this.refund(rules[i]!, d.bucket, input) : undefined)));
      if (failed !== undefined) throw failed.reason;
    }
    const figures = mergeFigures(decisions as Decision[]);
    if (refused >= 0) {
      const d = decisions[refused] as Extract<Decision, { ok: false }>;
      return { ok: false, rule: refused, kind: d.kind, retryAfterMs: d.retryAfterMs, figures };
    }
    return { ok: true, bucket: (decisions[0] as Extract<Decision, { ok: true }>).bucket, figures };
  }

  /** Charge the token difference and free the concurrency slots, rule by rule (`nowMs` 0: each node's clock). */
  async settle(input: SettleInput, nowMs = 0): Promise<void> {
    const todo = input.rules.filter((rule) => (rule.tokensPerMinute > 0 && input.tokenDelta !== 0) || rule.concurrency > 0);
    const replies = await Promise.allSettled(todo.map((rule) => this.settleRule(rule, input, nowMs)));
    const left = todo.filter((_, i) => replies[i]!.status === 'rejected');
    if (left.length === 0) return;
    const reason = (replies.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
    throw new PartialSettleError({ ...input, rules: left }, reason);
  }

  private async admitRule(rule: Rule, input: AdmitInput, nowMs: number): Promise<Decision> {
    const args = [nowMs, bucketMs, windowBuckets, input.tokens, input.lease, this.leaseMs, rule.requestsPerMinute, rule.tokensPerMinute, rule.concurrency];
    return decisionOf(await admitScript.run(this.redis, this.keys([rule]), args));
  }

  private async settleRule(rule: Rule, input: SettleInput, nowMs: number): Promise<void> {
    const args = [nowMs, bucketMs, windowBuckets, input.bucket, input.tokenDelta, input.lease, rule.tokensPerMinute > 0 ? 1 : 0, rule.concurrency > 0 ? 1 : 0];
    await settleScript.run(this.redis, this.keys([rule]), args);
  }

  private async refund(rule: Rule, bucket: number, input: AdmitInput): Promise<void> {
    const args = [bucket, input.tokens, input.lease, rule.requestsPerMinute > 0 ? 1 : 0, rule.tokensPerMinute > 0 ? 1 : 0, rule.concurrency > 0 ? 1 : 0];
    await refundScript.run(this.redis, this.keys([rule]), args);
  }
}

/** The header figures of several rules: per kind the rule with the least room left (the first on a tie), as the admit script picks them. */
function mergeFigures(decisions: readonly Decision[]): HeaderFigures {
  const out: HeaderFigures = noFigures();
  for (const { figures: f } of decisions) {
    if (f.requestsLimit >= 0 && (out.requestsLimit < 0 || f.requestsRemaining < out.requestsRemaining)) {
      out.requestsLimit = f.requestsLimit;
      out.requestsRemaining = f.requestsRemaining;
      out.requestsResetMs = f.requestsResetMs;
    }
    if (f.tokensLimit >= 0 && (out.tokensLimit < 0 || f.tokensRemaining < out.tokensRemaining)) {
      out.tokensLimit = f.tokensLimit;
      out.tokensRemaining = f.tokensRemaining;
      out.tokensResetMs = f.tokensResetMs;
    }
  }
  return out;
}
