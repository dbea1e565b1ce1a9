/**
 * A TCP proxy on 127.0.0.1 in front of the test Redis, to play outages for one gateway without
 * touching the Redis server others use: `cut()` drops every connection and refuses new ones
 * (Redis down or restarting), `stall()` keeps connections open but holds back what they send
 * (Redis hanging, as under CLIENT PAUSE: commands time out), `restore()` delivers what was held
 * and forwards again.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A running proxy. */
export interface RedisProxy {
  /** redis:// URL of the proxy. */
  readonly url: string;
  cut(): void;
  stall(): void;
  restore(): void;
  /** Writes held back while stalled. */
  held(): number;
  close(): Promise<void>;
}

/** Start a proxy to `target` (host:port). */
export async function startRedisProxy(targetHost: string, targetPort: number): Promise<RedisProxy> {
  let mode: 'pass' | 'cut' | 'stall' = 'pass';
  const pairs = new Set<[net.Socket, net.Socket]>();
  const held: Array<() => void> = [];
  const server = net.createServer((client) => {
    if (mode === 'cut') {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    const drop = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (d: Buffer) => {
      if (mode === 'pass') upstream.write(d);
      else held.push(() => upstream.write(d));
    });
    upstream.on('data', (d: Buffer) => {
      if (mode === 'pass') client.write(d);
      else held.push(() => client.write(d));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    cut: () => {
      mode = 'cut';
      held.length = 0;
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      pairs.clear();
    },
    held: () => held.length,
    stall: () => {
      mode = 'stall';
    },
    restore: () => {
      mode = 'pass';
      for (const send of held.splice(0)) send();
    },
    close: async () => {
      mode = 'cut';
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
