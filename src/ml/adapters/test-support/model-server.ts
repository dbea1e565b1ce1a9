/**
 * Real HTTP servers on 127.0.0.1 (port 0) for the tests of the HTTP model adapter: each
 * records the requests it gets and counts requests in flight, and is closed with every
 * connection cut, so a test ends with nothing left open.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';

/** A request as the server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly body: unknown;
  /** 0 for the first request the server got. */
  readonly index: number;
}

/** Answers one request; may wait, write slowly or never end. */
export type Handler = (request: SeenRequest, response: ServerResponse) => void | Promise<void>;

/** A running test server. */
export interface ModelServer {
  readonly url: string;
  readonly requests: SeenRequest[];
  /** Requests whose response has not finished or been cut. */
  readonly inFlight: number;
  /** The most requests ever in flight at once. */
  readonly maxInFlight: number;
  /** Resolves when `count` requests have arrived. */
  received(count: number): Promise<void>;
  /** Resolves when no request is in flight (every response finished or was cut by the client). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Start a server answering every request with `handler`. */
export async function startModelServer(handler: Handler): Promise<ModelServer> {
  const requests: SeenRequest[] = [];
  const waiters: Array<() => void> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const notify = (): void => {
    for (const wake of waiters.splice(0)) wake();
  };
  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight--;
      notify();
    });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const seen: SeenRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, text, body, index: requests.length };
      requests.push(seen);
      notify();
      Promise.resolve(handler(seen, res)).catch((error: unknown) => {
        res.destroy(error as Error);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no port');
  const until = (done: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (done()) resolve();
        else waiters.push(check);
      };
      check();
    });
  return {
    url: `http://127.0.0.1:${address.port}/predict`,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    received: (count) => until(() => requests.length >= count),
    idle: () => until(() => inFlight === 0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Send `value` as JSON with `status`. */
export function sendJsonResponse(res: ServerResponse, value: unknown, status = 200, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** The reference model of the tests: P(class 1) = sigmoid(w · x + b), with w = 1, -2, 0.5, 3 and b = 0.25. */
export function logisticModel(row: readonly number[]): [number, number] {
  const w = [1, -2, 0.5, 3];
  const z = row.reduce((s, x, j) => s + x * (w[j] ?? 0), 0.25);
  const p = 1 / (1 + Math.exp(-z));
  return [1 - p, p];
}
