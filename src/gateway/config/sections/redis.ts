/**
 * `redis:` — the Redis server replicas share (limits, model controls). Absent: every replica
 * keeps its own state in memory (and the store).
 */
import { z } from 'zod';

/** The `redis` section. */
export const RedisSchema = z
  .strictObject({
    url: z
      .string()
      .max(2000)
      .regex(/^rediss?:\/\/[^\s]+$/, 'write a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0')
      .describe('Redis URL; write a password as ${env:NAME}.'),
    keyPrefix: z.string().regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'letters, digits and : _ . - (at most 64)').default('aisec:gw:').describe('Prefix of every key the gateway writes; replicas of one gateway share it.'),
    connectTimeoutMs: z.number().int().min(1).max(60_000).default(1_000).describe('Time to connect.'),
    commandTimeoutMs: z.number().int().min(1).max(60_000).default(50).describe('Longest wait for one command on the request path; longer counts as Redis down.'),
  })
  .describe('Shared state for several replicas.');
