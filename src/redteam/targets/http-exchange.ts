/**
 * One HTTP request of a target: send the JSON body, refuse redirects, turn an error status into
 * ERR_ENDPOINT_RESPONSE (429 and 5xx retryable, with the Retry-After wait), and read a JSON body
 * to a byte limit. Timeouts and cancellation come from the request's signal.
 */
import { discardBody, readCappedBody } from '../../ml/adapters/capped-body.js';
import { parseRetryAfter } from '../../ml/adapters/http-transport.js';
import { parseJsonText, snippet } from '../../ml/adapters/json-text.js';
import { responseError, transportError, type ErrorScope } from './endpoint-errors.js';

/** Where and how a target sends its requests. */
export interface ExchangeSettings extends ErrorScope {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly maxResponseBytes: number;
}

/** Longest error-body excerpt read and quoted from a failed response. */
const errorBodyBytes = 4096;

/** Send `body` and return the response when its status is 2xx; throws the mapped error otherwise. */
export async function openResponse(settings: ExchangeSettings, body: string, signal: AbortSignal, accept = 'application/json'): Promise<Response> {
  const headers = new Headers({ accept, 'content-type': 'application/json' });
  for (const [name, value] of Object.entries(settings.headers)) headers.set(name, value);
  let response: Response;
  try {
    response = await fetch(settings.url, { method: settings.method, headers, body, signal, redirect: 'manual' });
  } catch (error) {
    throw transportError(settings, signal, error, 'could not be reached');
  }
  if (response.status >= 200 && response.status < 300) return response;
  throw await statusError(settings, response, signal);
}

/** Read a JSON body to the byte limit; ERR_ENDPOINT_RESPONSE (not retryable) when it is too large or not JSON. */
export async function readJsonBody(settings: ExchangeSettings, response: Response, signal: AbortSignal): Promise<unknown> {
  const status = response.status;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > settings.maxResponseBytes) {
    discardBody(response.body);
    throw tooLarge(settings, status, `declares ${declared} bytes`);
  }
  let read;
  try {
    read = await readCappedBody(response.body, settings.maxResponseBytes);
  } catch (error) {
    throw transportError(settings, signal, error, 'the connection broke while the answer was read');
  }
  if (!read.complete) throw tooLarge(settings, status, `passed ${settings.maxResponseBytes} bytes`);
  const parsed = parseJsonText(new TextDecoder().decode(read.bytes));
  if (!parsed.ok) throw responseError(settings, `${parsed.problem}; check the URL and that the endpoint speaks JSON`, { status, retryable: false });
  return parsed.value;
}

function tooLarge(settings: ExchangeSettings, status: number, what: string) {
  return responseError(settings, `the answer ${what}, more than maxResponseBytes (${settings.maxResponseBytes}); raise maxResponseBytes if such answers are expected`, { status, retryable: false });
}

async function statusError(settings: ExchangeSettings, response: Response, signal: AbortSignal) {
  const status = response.status;
  if (status >= 300 && status < 400) {
    discardBody(response.body);
    return responseError(settings, `answered ${status}, a redirect; redirects are not followed (headers could leak to another host): use the final URL`, { status, retryable: false });
  }
  let excerpt = '';
  try {
    const read = await readCappedBody(response.body, errorBodyBytes);
    if (read.complete) excerpt = snippet(new TextDecoder().decode(read.bytes), 200);
  } catch (error) {
    if (signal.aborted) return transportError(settings, signal, error, 'reading the error body');
  }
  const said = excerpt === '' ? '' : ` (${JSON.stringify(excerpt)})`;
  if (status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const fix = status === 429 ? 'the endpoint limits the request rate: lower concurrency or requestsPerMinute' : 'the endpoint is failing or overloaded';
    return responseError(settings, `answered ${status}${said}; ${fix}`, { status, retryable: true, retryAfterMs });
  }
  return responseError(settings, `answered ${status}${said}; ${fixForStatus(status)}`, { status, retryable: false });
}

function fixForStatus(status: number): string {
  if (status === 401 || status === 403) return 'check the API key (the environment variable named by apiKeyEnv) or the credential headers';
  if (status === 404 || status === 405) return 'check the URL (an OpenAI-compatible base URL ends in /v1) and the model name';
  if (status === 413) return 'the request is too large for the endpoint';
  return 'the endpoint refused the request: check the model name and the request settings';
}
