/**
 * A loopback upstream for the control tests: `POST /classify` answers the probabilities it is
 * sent (`{"p": [..]}` or `{"p": [[..], ..]}` for a batch) with the label of the top class, and
 * `/v1/chat/completions` and `/v1/embeddings` answer small OpenAI-style bodies.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The class names the stub uses. */
export const classes = ['approve', 'deny', 'refer'] as const;

/** A running stub. */
export interface ClassifierUpstream {
  readonly url: string;
  /** How many requests reached it. */
  calls: number;
  close(): Promise<void>;
}

const top = (row: number[]): string => classes[row.indexOf(Math.max(...row))] ?? 'approve';

/** Start the stub on 127.0.0.1. */
export async function startClassifierUpstream(): Promise<ClassifierUpstream> {
  const state = { url: '', calls: 0, close: async () => undefined as void };
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      state.calls++;
      const send = (value: unknown): void => {
        const text = JSON.stringify(value);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      const body = JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as { p?: number[] | number[][] };
      if (req.url === '/classify') {
        const p = body.p ?? [1, 0, 0];
        const batch = Array.isArray(p[0]);
        return send(batch ? { label: (p as number[][]).map(top), probabilities: p } : { label: top(p as number[]), probabilities: p });
      }
      if (req.url?.endsWith('/embeddings')) return send({ object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }] });
      return send({ id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'hello' }, finish_reason: 'stop' }] });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return state;
}
