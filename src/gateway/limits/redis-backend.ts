/**
 * The Redis limits backend: every replica of the gateway checks and counts in the same Redis
 * keys, atomically, in one round trip per admission (one Lua script over all the rules of a
 * request) and one per settlement (after the answer). Times are the Redis server's.
 */
import type { Redis } from 'ioredis';
import type { AdmitInput, Decision, HeaderFigures, LimitKind, Rule, SettleInput } from './decision.js';
import { LuaScript } from './lua-script.js';
import { admitLua, settleLua } from './redis-scripts.js';
import { bucketMs, windowBuckets } from './window.js';

/** The admit script (shared with the cluster backend). */
export const admitScript = new LuaScript(admitLua);
/** The settle script (shared with the cluster backend). */
export const settleScript = new LuaScript(settleLua);
const kinds: readonly LimitKind[] = ['requests', 'tokens', 'concurrency'];

/** What the limits part asks of a shared backend (one Redis server, or a Redis Cluster). */
export interface SharedLimits {
  /** The Redis keys of `rules`: per rule its window hash and its lease set. */
  keys(rules: readonly Rule[]): string[];
  /** Admit or refuse (`nowMs` 0: the Redis server's clock). */
  admit(input: AdmitInput, nowMs?: number): Promise<Decision>;
  /** Charge the token difference and free the concurrency slots; rejects with a {@link PartialSettleError} when only some rules were settled. */
  settle(input: SettleInput, nowMs?: number): Promise<void>;
}

/** A settlement that reached some rules and not others: `rest` is what is left to settle. */
export class PartialSettleError extends Error {
  constructor(
    readonly rest: SettleInput,
    cause: unknown,
  ) {
    // The message is the cause's, so the health's error kinds (timeout, connection) still apply.
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PartialSettleError';
  }
}

/** Counters shared through one Redis server. */
export class RedisBackend implements SharedLimits {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly leaseMs: number,
  ) {}

  /** The Redis keys of `rules`: per rule its window hash and its lease set. */
  keys(rules: readonly Rule[]): string[] {
    return limitKeys(this.keyPrefix, rules, false);
  }

  /** Admit or refuse (`nowMs` 0: the Redis server's clock). */
  async admit(input: AdmitInput, nowMs = 0): Promise<Decision> {
    const args: (string | number)[] = [nowMs, bucketMs, windowBuckets, input.tokens, input.lease, this.leaseMs];
    for (const rule of input.rules) args.push(rule.requestsPerMinute, rule.tokensPerMinute, rule.concurrency);
    return decisionOf(await admitScript.run(this.redis, this.keys(input.rules), args));
  }

  /** Charge the token difference and free the concurrency slots (`nowMs` 0: the Redis server's clock). */
  async settle(input: SettleInput, nowMs = 0): Promise<void> {
    const args: (string | number)[] = [nowMs, bucketMs, windowBuckets, input.bucket, input.tokenDelta, input.lease];
    for (const rule of input.rules) args.push(rule.tokensPerMinute > 0 ? 1 : 0, rule.concurrency > 0 ? 1 : 0);
    await settleScript.run(this.redis, this.keys(input.rules), args);
  }
}

/**
 * The Redis keys of `rules`: per rule its window hash (`:w`) and its lease set (`:c`), under
 * `keyPrefix`; with `hashTag` the rule id is a hash tag, so a rule's two keys share a cluster slot.
 */
export function limitKeys(keyPrefix: string, rules: readonly Rule[], hashTag: boolean): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    const base = hashTag ? `${keyPrefix}lim:{${rule.id}}` : `${keyPrefix}lim:${rule.id}`;
    out.push(`${base}:w`, `${base}:c`);
  }
  return out;
}

/** The decision in a reply of the admit script (an error when the reply is not one). */
export function decisionOf(reply: unknown): Decision {
  if (!Array.isArray(reply) || reply.length < 8 || !reply.every((v) => typeof v === 'number')) throw new Error('the limits script answered in an unexpected shape');
  const r = reply as number[];
  if (r[0] === 1) return { ok: true, bucket: r[1]!, figures: figuresOf(r, 2) };
  if (reply.length < 10) throw new Error('the limits script answered in an unexpected shape');
  return { ok: false, rule: r[1]!, kind: kinds[r[2]! - 1] ?? 'requests', retryAfterMs: r[3]!, figures: figuresOf(r, 4) };
}

function figuresOf(r: number[], at: number): HeaderFigures {
  return { requestsLimit: r[at]!, requestsRemaining: r[at + 1]!, requestsResetMs: r[at + 2]!, tokensLimit: r[at + 3]!, tokensRemaining: r[at + 4]!, tokensResetMs: r[at + 5]! };
}
