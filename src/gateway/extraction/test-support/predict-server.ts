/**
 * A tiny classic model server on 127.0.0.1:0 for tests and benchmarks: POST a JSON body
 * `{"instances": [[…], …]}` and it answers `{"probabilities": [[…], …], "labels": [k, …]}` from
 * a function of the rows; one row `{"instances": […]}` gets `{"probabilities": […], "labels": k}`.
 * `answer` replaces the answer (to misbehave).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running predict server. */
export interface PredictServer {
  readonly url: string;
  /** Rows answered so far. */
  rows: number;
  /** Replace the answer for the next requests (e.g. a body without probabilities). */
  answer: ((rows: number[][]) => unknown) | undefined;
  close(): Promise<void>;
}

/** Start a predict server answering with `proba(row)` for each row. */
export async function startPredictServer(proba: (row: readonly number[]) => number[]): Promise<PredictServer> {
  const state: PredictServer = {
    url: '',
    rows: 0,
    answer: undefined,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"not json"}');
        return;
      }
      const given = (body as { instances?: unknown }).instances;
      const single = Array.isArray(given) && given.length > 0 && given.every((v) => typeof v === 'number');
      const instances = single ? [given] : given;
      if (!Array.isArray(instances) || !instances.every((r) => Array.isArray(r) && r.every((v) => typeof v === 'number'))) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"instances must be rows of numbers"}');
        return;
      }
      const rows = instances as number[][];
      state.rows += rows.length;
      let answer: unknown;
      if (state.answer) answer = state.answer(rows);
      else {
        const probabilities = rows.map((r) => proba(r));
        const labels = probabilities.map((p) => p.indexOf(Math.max(...p)));
        answer = single ? { probabilities: probabilities[0], labels: labels[0] } : { probabilities, labels };
      }
      const text = JSON.stringify(answer);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (state as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
