import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, errorOf, forbiddenMessage, queryString } from './client.js';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: string, calls: Call[] = []): typeof fetch {
  return async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
}

describe('createApiClient', () => {
  it('sends JSON with the session cookie to api/v1/ and returns the parsed answer', async () => {
    const calls: Call[] = [];
    const api = createApiClient({ fetch: fakeFetch(200, '{"ok":true}', calls) });
    await expect(api.post('/systems/a b/findings/f-1/suppress', { reason: 'r' })).resolves.toEqual({ ok: true });
    expect(calls[0]!.url).toBe('api/v1/systems/a b/findings/f-1/suppress');
    expect(calls[0]!.init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"reason":"r"}' });
    expect((calls[0]!.init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('leaves empty and undefined query values out', async () => {
    const calls: Call[] = [];
    const api = createApiClient({ fetch: fakeFetch(200, '{}', calls) });
    await api.get('findings', { severity: 'high', text: '', scanner: undefined, offset: 50 });
    expect(calls[0]!.url).toBe('api/v1/findings?severity=high&offset=50');
    expect(calls[0]!.init.body).toBeNull();
  });

  it('turns a server error into an ApiError with its code and message', async () => {
    const api = createApiClient({ fetch: fakeFetch(400, JSON.stringify({ error: { code: 'ERR_USAGE', message: 'body.reason is required.', type: 'invalid_request_error' } })) });
    const error = await api.post('x', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'invalid', status: 400, code: 'ERR_USAGE', message: 'body.reason is required.', fix: null });
  });

  it('calls onUnauthenticated on a 401 so the app can show the login page', async () => {
    const seen: ApiError[] = [];
    const api = createApiClient({ fetch: fakeFetch(401, JSON.stringify({ error: { code: 'ERR_AUTH_REQUIRED', message: 'The session ended.' } })), onUnauthenticated: (e) => seen.push(e) });
    await expect(api.get('systems')).rejects.toMatchObject({ kind: 'unauthenticated', code: 'ERR_AUTH_REQUIRED' });
    expect(seen).toHaveLength(1);
  });

  it('does not call onUnauthenticated for other errors', async () => {
    const seen: ApiError[] = [];
    const api = createApiClient({ fetch: fakeFetch(403, '{"error":{"code":"ERR_AUTH_FORBIDDEN","message":"needs admin"}}'), onUnauthenticated: (e) => seen.push(e) });
    await expect(api.get('keys')).rejects.toMatchObject({ kind: 'forbidden', message: `${forbiddenMessage} needs admin` });
    expect(seen).toEqual([]);
  });

  it('reports a network failure with what to do', async () => {
    const api = createApiClient({ fetch: async () => { throw new TypeError('Failed to fetch'); } });
    await expect(api.get('systems')).rejects.toMatchObject({ kind: 'network', code: 'NETWORK', message: expect.stringContaining('Failed to fetch') as string, fix: expect.stringContaining('aisec serve') as string });
  });

  it('refuses a successful answer that is not JSON instead of returning text', async () => {
    const api = createApiClient({ fetch: fakeFetch(200, '<html>') });
    await expect(api.get('systems')).rejects.toMatchObject({ code: 'ERR_ANSWER_NOT_JSON' });
  });

  it('accepts an empty successful answer', async () => {
    const api = createApiClient({ fetch: fakeFetch(200, '') });
    await expect(api.delete('session')).resolves.toBeUndefined();
  });
});

describe('errorOf', () => {
  it.each([
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [413, 'invalid'],
    [503, 'unavailable'],
    [500, 'server'],
  ])('classifies HTTP %i as %s', (status, kind) => {
    expect(errorOf(status, {}, 'GET', 'x').kind).toBe(kind);
  });

  it('keeps a separate fix or hint when the server gives one', () => {
    expect(errorOf(422, { error: { code: 'ERR_X', message: 'Bad.', fix: 'Do Y.' } }, 'POST', 'x').fix).toBe('Do Y.');
    expect(errorOf(422, { error: { code: 'ERR_X', message: 'Bad.', hint: 'Do Z.' } }, 'POST', 'x').fix).toBe('Do Z.');
  });

  it('says "your role cannot do this" on a 403 even without a message', () => {
    expect(errorOf(403, null, 'POST', 'gateway/models/m/disable').message).toBe(forbiddenMessage);
  });

  it('names the call when the body has no usable message (hostile or odd bodies)', () => {
    for (const body of [null, 'text', 42, [], { error: 'x' }, { error: { message: 7, code: {} } }, { error: { message: '' } }]) {
      const e = errorOf(500, body, 'GET', 'systems');
      expect(e.message).toBe('GET systems failed with HTTP 500.');
      expect(e.code).toBe('HTTP_500');
    }
  });
});

describe('queryString', () => {
  it('encodes values and is empty when nothing is set', () => {
    expect(queryString(undefined)).toBe('');
    expect(queryString({ a: undefined, b: '' })).toBe('');
    expect(queryString({ text: 'a&b=c #d' })).toBe('?text=a%26b%3Dc+%23d');
  });
});
