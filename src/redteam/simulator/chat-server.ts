/**
 * An OpenAI-compatible HTTP server in front of a chat simulator, so the red-team runner (or any
 * OpenAI client) can talk to it like to Ollama or vLLM: `POST /v1/chat/completions` (JSON, or
 * server-sent events with `stream: true`) and `GET /v1/models`.
 *
 * Hostile requests get an OpenAI-style error and never stop the server: bodies over 1 MiB are
 * refused with 413, malformed JSON and wrong types with 400 naming the problem, a wrong API key
 * with 401 (compared in constant time). It listens on 127.0.0.1 unless told otherwise.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AisecError } from '../../core/errors.js';
import { parseJsonText } from '../../ml/adapters/json-text.js';
import { completionBody, errorBody, limitReply, parseChatRequest, streamEvents } from './chat-wire.js';
import type { ChatSimulator } from './weak-model.js';

/** Options of {@link serveChatSimulator}. */
export interface ServeChatSimulatorOptions {
  /** Address to listen on; default 127.0.0.1. */
  readonly host?: string;
  /** Port; default 0 (any free port). */
  readonly port?: number;
  /** When set, every request needs `Authorization: Bearer <apiKey>`. */
  readonly apiKey?: string;
  /** Model name listed by /v1/models; default `aisec-simulator-<profile>`. */
  readonly model?: string;
  /** Largest request body, in bytes; default 1 MiB. */
  readonly maxBodyBytes?: number;
}

/** A running simulator server. */
export interface ChatSimulatorServer {
  /** Base URL of the API, ending in `/v1` (e.g. `http://127.0.0.1:41234/v1`). */
  readonly url: string;
  /** Stop listening and cut open connections. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 1 << 20;
/** Bytes of an over-large body read and thrown away (so the client gets the 413) before the connection is cut. */
const MAX_DRAIN_BYTES = 16 << 20;
/** Deepest JSON nesting of a request body. */
const MAX_JSON_DEPTH = 64;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function sendJson(res: ServerResponse, status: number, body: unknown, close = false): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, message: string, type: string, code: string | null, param: string | null = null, close = false): void {
  sendJson(res, status, errorBody(message, type, code, param), close);
}

/** Read the body up to `max` bytes; past it, answer 413 and drain (bounded) before cutting the connection. */
function readBody(req: IncomingMessage, res: ServerResponse, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    const tooLarge = (): void => {
      sendError(res, 413, `the request body is larger than ${max} bytes; send a shorter conversation`, 'invalid_request_error', 'request_too_large', null, true);
      resolve(undefined);
    };
    if (Number.isFinite(declared) && declared > max) {
      tooLarge();
      drain(req);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > max) {
        over = true;
        chunks.length = 0;
        tooLarge();
        drain(req, size);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', () => {
      if (!over) resolve(undefined);
    });
  });
}

/** Throw away the rest of a request body, up to a limit, then cut the connection. */
function drain(req: IncomingMessage, already = 0): void {
  let drained = already;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_DRAIN_BYTES) req.socket.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}

/**
 * Serve `simulator` over HTTP (see the file comment). Resolves once the server listens.
 *
 * @example
 * const server = await serveChatSimulator(createWeakModelSimulator(), { apiKey: 'test-key' });
 * // POST `${server.url}/chat/completions` with any OpenAI client, then:
 * await server.close();
 */
export async function serveChatSimulator(simulator: ChatSimulator, options: ServeChatSimulatorOptions = {}): Promise<ChatSimulatorServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  const model = options.model ?? `aisec-simulator-${simulator.profile}`;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AisecError('ERR_USAGE', `simulator server: port must be an integer from 0 to 65535, got ${String(port)}`);
  if (!Number.isInteger(maxBody) || maxBody < 1) throw new AisecError('ERR_USAGE', `simulator server: maxBodyBytes must be a positive integer, got ${String(maxBody)}`);
  if (options.apiKey !== undefined && (typeof options.apiKey !== 'string' || options.apiKey === '')) throw new AisecError('ERR_USAGE', 'simulator server: apiKey must be a non-empty string when given');
  const keyDigest = options.apiKey === undefined ? undefined : digest(options.apiKey);
  const fingerprint = `aisec-simulator-${simulator.profile}`;

  const authorised = (req: IncomingMessage): boolean => {
    if (keyDigest === undefined) return true;
    const header = req.headers.authorization ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
    return timingSafeEqual(digest(token), keyDigest);
  };

  async function completions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await readBody(req, res, maxBody);
    if (bytes === undefined) return;
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      sendError(res, 400, 'the request body is not valid UTF-8', 'invalid_request_error', 'invalid_body');
      return;
    }
    const json = parseJsonText(text, MAX_JSON_DEPTH);
    if (!json.ok) {
      sendError(res, 400, `could not parse the JSON body of your request: ${json.problem}`, 'invalid_request_error', 'invalid_json');
      return;
    }
    const parsed = parseChatRequest(json.value);
    if (!parsed.ok) {
      sendError(res, 400, `invalid request: ${parsed.problem}`, 'invalid_request_error', 'invalid_value', parsed.param ?? null);
      return;
    }
    const reply = limitReply(simulator.complete(parsed.value.request), parsed.value.maxChars);
    const created = Math.floor(Date.now() / 1000);
    if (!parsed.value.stream) {
      sendJson(res, 200, completionBody(parsed.value, reply, fingerprint, created));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    for (const data of streamEvents(parsed.value, reply, fingerprint, created)) res.write(`data: ${data}\n\n`);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]?.replace(/\/+$/, '') ?? '';
    if (!authorised(req)) {
      drain(req);
      sendError(res, 401, 'Incorrect API key provided: send it as Authorization: Bearer <key>', 'invalid_request_error', 'invalid_api_key', null, true);
      return;
    }
    if (path === '/v1/chat/completions' || path === '/chat/completions') {
      if (req.method !== 'POST') {
        drain(req);
        sendError(res, 405, `${req.method ?? 'this method'} is not allowed here; use POST`, 'invalid_request_error', 'method_not_allowed');
        return;
      }
      await completions(req, res);
      return;
    }
    drain(req);
    if (path === '/v1/models' || path === '/models') {
      if (req.method !== 'GET') {
        sendError(res, 405, `${req.method ?? 'this method'} is not allowed here; use GET`, 'invalid_request_error', 'method_not_allowed');
        return;
      }
      sendJson(res, 200, { object: 'list', data: [{ id: model, object: 'model', created: 0, owned_by: 'aisec' }] });
      return;
    }
    sendError(res, 404, `no route ${req.method ?? ''} ${path}; the simulator serves POST /v1/chat/completions and GET /v1/models`, 'invalid_request_error', 'not_found');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof AisecError ? error.message : 'the simulator failed on this request';
      sendError(res, error instanceof AisecError ? 400 : 500, message, error instanceof AisecError ? 'invalid_request_error' : 'server_error', null);
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${address.port}/v1`,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
