/**
 * The dashboard's HTTP client: JSON over `fetch` to the server it was loaded from, with the
 * session cookie (`credentials: 'same-origin'`). Every failure becomes an {@link ApiError}
 * carrying the server's error code, message and fix, so pages can show them as they are.
 */

/** What kind of failure, for the page to decide what to show. */
export type ApiErrorKind = 'unauthenticated' | 'forbidden' | 'not-found' | 'unavailable' | 'invalid' | 'network' | 'server';

/** A failed API call. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    /** The server's stable code (`ERR_…`), or `NETWORK` when no answer came. */
    readonly code: string,
    message: string,
    /** What to do, when the server said it separately from the message. */
    readonly fix: string | null,
  ) {
    super(message);
  }
}

/** The message shown for a 403, whatever the server said. */
export const forbiddenMessage = 'Your role cannot do this.';

/** Options of {@link createApiClient}. */
export interface ApiClientOptions {
  /** Prefix of every path (default `api/v1/`, relative to the page, so the dashboard works under any base path). */
  readonly base?: string;
  readonly fetch?: typeof fetch;
  /** Called on any 401 (the session ended or the token was revoked): the app shows the login page. */
  readonly onUnauthenticated?: (error: ApiError) => void;
}

/** Query values; undefined and empty strings are left out. */
export type Query = Readonly<Record<string, string | number | undefined>>;

/** The client: one method per HTTP verb, typed by the caller. */
export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
}

/** Largest answer read (the server pages its lists; this bounds a misbehaving one). */
const maxAnswerChars = 20 * 1024 * 1024;

/** Make a client. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const base = options.base ?? 'api/v1/';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  async function call<T>(method: string, path: string, query: Query | undefined, body: unknown): Promise<T> {
    const url = base + path.replace(/^\//u, '') + queryString(query);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? null : JSON.stringify(body) });
    } catch (cause) {
      throw new ApiError('network', 0, 'NETWORK', `The server did not answer (${cause instanceof Error ? cause.message : String(cause)}).`, 'Check that `aisec serve` is still running, then reload the page.');
    }
    const text = await res.text();
    if (text.length > maxAnswerChars) throw new ApiError('server', res.status, 'ERR_ANSWER_TOO_LARGE', `The answer to ${method} ${path} is larger than the dashboard reads (${maxAnswerChars} characters).`, 'Narrow the request with filters.');
    const parsed = parseJson(text);
    if (res.ok) {
      if (text !== '' && parsed === undefined) throw new ApiError('server', res.status, 'ERR_ANSWER_NOT_JSON', `The answer to ${method} ${path} is not JSON.`, 'Check that the address is the aisec server.');
      return parsed as T;
    }
    const error = errorOf(res.status, parsed, method, path);
    if (error.kind === 'unauthenticated') options.onUnauthenticated?.(error);
    throw error;
  }
  return {
    get: (path, query) => call('GET', path, query, undefined),
    post: (path, body) => call('POST', path, undefined, body ?? {}),
    delete: (path) => call('DELETE', path, undefined, undefined),
  };
}

/** `?a=1&b=x` from a query object, or '' when nothing is set. */
export function queryString(query: Query | undefined): string {
  if (query === undefined) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Turn an error answer into an ApiError: `{ error: { code, message, fix? } }` as the server writes it. */
export function errorOf(status: number, body: unknown, method: string, path: string): ApiError {
  const inner = isRecord(body) && isRecord(body['error']) ? body['error'] : isRecord(body) ? body : {};
  const code = typeof inner['code'] === 'string' ? inner['code'] : `HTTP_${status}`;
  const serverMessage = typeof inner['message'] === 'string' && inner['message'] !== '' ? inner['message'] : null;
  const fixValue = inner['fix'] ?? inner['hint'];
  const fix = typeof fixValue === 'string' && fixValue !== '' ? fixValue : null;
  const kind = kindOf(status);
  if (kind === 'forbidden') return new ApiError(kind, status, code, serverMessage === null ? forbiddenMessage : `${forbiddenMessage} ${serverMessage}`, fix);
  if (kind === 'unauthenticated') return new ApiError(kind, status, code, serverMessage ?? 'You are not logged in, or your session ended.', fix ?? 'Log in again with your token.');
  return new ApiError(kind, status, code, serverMessage ?? `${method} ${path} failed with HTTP ${status}.`, fix);
}

function kindOf(status: number): ApiErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
