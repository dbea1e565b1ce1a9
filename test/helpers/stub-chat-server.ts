/**
 * Small OpenAI-compatible chat servers on 127.0.0.1 (port 0) for the red-team tests: one that
 * refuses everything politely, and one that accepts connections and never answers.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running stub server. */
export interface StubServer {
  /** `http://127.0.0.1:<port>/v1` */
  readonly url: string;
  /** Requests received. */
  readonly requests: () => number;
  close(): Promise<void>;
}

function reply(res: ServerResponse, content: string): void {
  const body = JSON.stringify({ id: 'stub', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function start(behaviour: 'refuse' | 'hang'): Promise<StubServer> {
  let count = 0;
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    count++;
    req.resume();
    if (behaviour === 'hang') {
      open.add(res);
      return;
    }
    req.on('end', () => reply(res, "I'm sorry, but I can't help with that. I can answer questions about your orders."));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A chat server that refuses every request. */
export const startRefusingServer = (): Promise<StubServer> => start('refuse');
/** A chat server that never answers. */
export const startHangingServer = (): Promise<StubServer> => start('hang');

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
