/**
 * A check, before any attack is sent, that a target's server accepts connections: one TCP
 * connection to its host and port, closed at once, so a wrong URL or a server that is not
 * running fails in a second with a message naming the URL, instead of as a run where every
 * attempt errored. No HTTP request is sent; a server that accepts connections and then hangs
 * is left to the run's timeouts.
 */
import { connect } from 'node:net';
import { AisecError } from '../../core/errors.js';

/** How long the connection may take. */
export const reachTimeoutMs = 5000;

/** The URL without credentials, query or fragment, for messages. */
export function shownUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * Connect to the host and port of `baseUrl`; ERR_PROBE_TARGET naming the URL, the reason and
 * how to check it when that fails. `hint` is the command to try (e.g. `curl URL/models`).
 */
export async function assertReachable(baseUrl: string, hint: string, timeoutMs: number = reachTimeoutMs, signal?: AbortSignal): Promise<void> {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new AisecError('ERR_PROBE_TARGET', `"${baseUrl}" is not a URL; give an http(s) address such as http://127.0.0.1:11434/v1`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AisecError('ERR_PROBE_TARGET', `${shownUrl(url)}: only http and https targets are supported`);
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  const port = url.port !== '' ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const reason = await new Promise<string | undefined>((resolve) => {
    const socket = connect({ host, port });
    const finish = (why: string | undefined): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(why);
    };
    const onAbort = (): void => finish(undefined);
    const timer = setTimeout(() => finish(`no connection within ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => finish(undefined));
    socket.once('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ECONNREFUSED' ? 'connection refused: nothing listens there' : error.code === 'ENOTFOUND' ? `the host name ${host} is not known` : (error.code ?? error.message)));
  });
  if (reason !== undefined) {
    throw new AisecError('ERR_PROBE_TARGET', `the target ${shownUrl(url)} cannot be reached (${reason}); check that the server is running and the URL is right, e.g. with \`${hint}\``, {
      details: { url: shownUrl(url) },
    });
  }
}
