/**
 * A Lua script run by its SHA-1 (EVALSHA), sent whole (EVAL) only when the server does not
 * know it yet (NOSCRIPT: first use, or after a Redis restart or SCRIPT FLUSH). EVAL also
 * loads it, so the next call is an EVALSHA again. On a Redis Cluster the client sends the call
 * to the node of the first key's slot (every key of one call must share that slot), and each
 * node keeps its own script cache.
 */
import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';

/** One script. */
export class LuaScript {
  /** The script's SHA-1 (hex), as Redis names it. */
  readonly sha: string;

  constructor(readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** Run the script with `keys` and `args`. */
  async run(redis: Redis | Cluster, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
