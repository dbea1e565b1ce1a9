/**
 * A real Redis Cluster for tests: three primaries (redis-server child processes on free
 * loopback ports, state in a temporary folder), joined with `redis-cli --cluster create` (or,
 * without redis-cli, slot ranges and CLUSTER MEET sent by the test), ready once every node says
 * `cluster_state:ok`. A node can be killed and started again; `stop()` kills the processes and
 * removes the folder.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis, type Cluster } from 'ioredis';
import { createRedisClient } from '../server/redis-client.js';
import { connectAll } from '../server/redis-probe.js';

const run = promisify(execFile);

/** The path of `name` on PATH, or undefined. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir !== '' && existsSync(file)) return file;
  }
  return undefined;
}

/** redis-server, when installed. */
export const redisServerPath = onPath('redis-server');
/** redis-cli, when installed. */
export const redisCliPath = onPath('redis-cli');

/** A running cluster. */
export interface TestRedisCluster {
  /** Node ports, in the order the slots were assigned (node 0 has the lowest slots). */
  readonly ports: readonly number[];
  /** One redis:// URL per node. */
  readonly urls: readonly string[];
  /** Kill node `index` (SIGKILL) and wait for it to exit. */
  kill(index: number): Promise<void>;
  /** Start killed node `index` again (same port and cluster state file) and wait for `cluster_state:ok` everywhere. */
  restart(index: number): Promise<void>;
  /** Kill every node and remove the folder. */
  stop(): Promise<void>;
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A free loopback port whose cluster bus port (port + 10000) is free too. */
async function freeClusterPort(taken: Set<number>): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if (taken.has(port) || taken.has(port + 10_000) || taken.has(port - 10_000)) continue;
    if ((await portFree(port)) && (await portFree(port + 10_000))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error('no free port pair for a Redis Cluster node');
}

async function waitFor(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`Redis Cluster: ${what} not reached within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function onNode<T>(port: number, fn: (client: Redis) => Promise<T>): Promise<T> {
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await fn(client);
  } finally {
    client.disconnect();
  }
}

/** Start a cluster of `size` primaries (redis-server must be installed). */
export async function startRedisCluster(size = 3): Promise<TestRedisCluster> {
  if (redisServerPath === undefined) throw new Error('redis-server is not installed');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aisec-redis-cluster-'));
  const taken = new Set<number>();
  const ports: number[] = [];
  const procs: ChildProcess[] = [];
  const exited = new Map<ChildProcess, Promise<void>>();
  const launch = (port: number): ChildProcess => {
    const args = ['--cluster-enabled', 'yes', '--cluster-config-file', path.join(dir, `nodes-${port}.conf`), '--save', '', '--appendonly', 'no', '--port', String(port), '--bind', '127.0.0.1', '--daemonize', 'no', '--dir', dir];
    const proc = spawn(redisServerPath, args, { stdio: 'ignore' });
    exited.set(proc, new Promise((resolve) => proc.once('exit', () => resolve())));
    return proc;
  };
  const clusterOk = async (): Promise<void> => {
    for (const port of ports) await waitFor(() => onNode(port, async (c) => String(await c.call('CLUSTER', 'INFO')).includes('cluster_state:ok')), 20_000, `cluster_state:ok on ${port}`);
  };
  // Nodes never outlive the test process, even when it ends without calling stop().
  const killAll = (): void => {
    for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  };
  process.once('exit', killAll);
  const stop = async (): Promise<void> => {
    process.off('exit', killAll);
    for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    await Promise.all(procs.map((p) => exited.get(p)));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < size; i++) {
      const port = await freeClusterPort(taken);
      ports.push(port);
      procs.push(launch(port));
    }
    for (const port of ports) await waitFor(() => onNode(port, async (c) => (await c.ping()) === 'PONG'), 10_000, `node ${port} answering`);
    if (redisCliPath !== undefined) {
      await run(redisCliPath, ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-yes'], { timeout: 30_000 });
    } else {
      const per = Math.ceil(16_384 / size);
      for (let i = 0; i < size; i++) {
        const first = i * per;
        const last = Math.min(16_383, first + per - 1);
        await onNode(ports[i]!, (c) => c.call('CLUSTER', 'ADDSLOTSRANGE', first, last));
      }
      for (const port of ports.slice(1)) await onNode(ports[0]!, (c) => c.call('CLUSTER', 'MEET', '127.0.0.1', port));
    }
    await clusterOk();
  } catch (error) {
    await stop();
    throw error;
  }
  const order = [...ports];
  return {
    ports: order,
    urls: order.map((p) => `redis://127.0.0.1:${p}`),
    kill: async (index) => {
      const proc = procs[index]!;
      proc.kill('SIGKILL');
      await exited.get(proc);
    },
    restart: async (index) => {
      procs[index] = launch(ports[index]!);
      await waitFor(() => onNode(ports[index]!, async (c) => (await c.ping()) === 'PONG'), 10_000, `node ${ports[index]} answering again`);
      await clusterOk();
    },
    stop,
  };
}

/**
 * A cluster client of the gateway's own kind, with every primary connected: without an
 * offline queue, a command that meets a node still connecting fails at once.
 */
export async function connectedClusterClient(urls: readonly string[], keyPrefix: string, commandTimeoutMs = 2000): Promise<Cluster> {
  const client = createRedisClient({ cluster: [...urls], keyPrefix, connectTimeoutMs: 2000, commandTimeoutMs }, { lazyConnect: true }) as Cluster;
  client.on('error', () => undefined);
  try {
    await connectAll(client);
  } catch (error) {
    client.disconnect();
    throw error;
  }
  return client;
}
