/**
 * Whether a Redis backend answers, and connecting every node of a cluster before use. An
 * ioredis Cluster connects to each node on its first command and, without an offline queue,
 * fails the commands that meet a node still connecting ("Connection is closed"): a client
 * that must work from its first command probes first.
 */
import type { Cluster, Redis } from 'ioredis';

/**
 * Whether the backend answers: PING on one server; on a cluster, PING on the primary of every
 * slot (a primary that is gone, or not connected, fails the probe: its slots cannot count).
 */
export function probe(redis: Redis | Cluster): Promise<unknown> {
  return redis.isCluster ? probeCluster(redis as Cluster) : (redis as Redis).ping();
}

async function probeCluster(c: Cluster): Promise<unknown> {
  let targets = slotPrimaries(c);
  // A primary the client dropped (it went away) is connected again only by a new slot map.
  if (targets.missing !== undefined) {
    await new Promise<void>((resolve, reject) => c.refreshSlotsCache((error) => (error ? reject(error) : resolve())));
    targets = slotPrimaries(c);
  }
  if (targets.missing !== undefined) throw new Error(`Connection closed: no connection to the node ${targets.missing}`);
  if (targets.nodes.length === 0) throw new Error('Connection closed: the cluster has no slot map');
  return Promise.all(targets.nodes.map((node) => node.ping()));
}

/** The connections to the primary of every slot, or the first primary without one. */
function slotPrimaries(cluster: Cluster): { nodes: Redis[]; missing: string | undefined } {
  const owners = new Set<string>();
  for (const nodes of cluster.slots) if (nodes?.[0] !== undefined) owners.add(nodes[0]);
  const byKey = new Map(cluster.nodes('master').map((node) => [`${node.options.host}:${node.options.port}`, node]));
  const nodes: Redis[] = [];
  for (const key of owners) {
    const node = byKey.get(key);
    if (node === undefined) return { nodes, missing: key };
    nodes.push(node);
  }
  return { nodes, missing: undefined };
}

/**
 * Connect a client made with `lazyConnect` and, on a cluster, every primary too, so that its
 * first commands cannot meet a node still connecting.
 */
export async function connectAll(redis: Redis | Cluster): Promise<void> {
  await redis.connect();
  if (redis.isCluster) await probe(redis);
}
