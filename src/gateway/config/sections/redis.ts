/**
 * `redis:` — the Redis server replicas share (limits, model controls): one server (`url`) or a
 * Redis Cluster (`cluster`: the URLs of some of its nodes; the client learns the rest). Absent:
 * every replica keeps its own state in memory (and the store).
 */
import { z } from 'zod';

/** Most startup nodes listed in `redis.cluster`. */
export const maxClusterNodes = 64;

const clusterNode = z
  .string()
  .max(2000)
  .regex(/^rediss?:\/\/[^\s/]+(\/0?)?$/, 'write the redis:// or rediss:// URL of one node (host and port, no database number: a cluster has only database 0), e.g. redis://10.0.0.1:6379');

/** The `redis` section. */
export const RedisSchema = z
  .strictObject({
    url: z
      .string()
      .max(2000)
      .regex(/^rediss?:\/\/[^\s]+$/, 'write a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0')
      .optional()
      .describe('Redis URL of one server; write a password as ${env:NAME}. Give url or cluster, not both.'),
    cluster: z
      .array(clusterNode)
      .min(1, 'list at least one node URL')
      .max(maxClusterNodes, `list at most ${maxClusterNodes} node URLs (the client finds the other nodes itself)`)
      .optional()
      .describe('Redis Cluster: URLs of some of its nodes (the client learns the rest); every node takes the credentials and TLS of the first. Give url or cluster, not both.'),
    keyPrefix: z.string().regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'letters, digits and : _ . - (at most 64)').default('aisec:gw:').describe('Prefix of every key the gateway writes; replicas of one gateway share it.'),
    connectTimeoutMs: z.number().int().min(1).max(60_000).default(1_000).describe('Time to connect.'),
    commandTimeoutMs: z.number().int().min(1).max(60_000).default(50).describe('Longest wait for one command on the request path; longer counts as Redis down.'),
  })
  .superRefine((redis, ctx) => {
    if (redis.url !== undefined && redis.cluster !== undefined) ctx.addIssue({ code: 'custom', path: ['cluster'], message: 'give url (one Redis server) or cluster (the node URLs of a Redis Cluster), not both' });
    if (redis.url === undefined && redis.cluster === undefined) ctx.addIssue({ code: 'custom', path: ['url'], message: 'give url (one Redis server, e.g. redis://127.0.0.1:6379/0) or cluster (a list of node URLs of a Redis Cluster)' });
    const seen = new Set<string>();
    redis.cluster?.forEach((node, i) => {
      if (seen.has(node)) ctx.addIssue({ code: 'custom', path: ['cluster', i], message: `the node ${JSON.stringify(node.replace(/\/\/[^@/]*@/, '//…@'))} is listed twice` });
      seen.add(node);
    });
  })
  .describe('Shared state for several replicas.');

/** A validated `redis` section. */
export type RedisConfig = z.output<typeof RedisSchema>;
