/** Log in by pasting an API token with a `role:` scope (made by `aisec keys create --scope role:viewer`). */
import { useState, type FormEvent } from 'react';
import type { ApiClient } from '../api/client.js';
import { endpoints } from '../api/endpoints.js';
import { ErrorView } from '../components/states.js';
import { useAction } from '../lib/use-action.js';

export function LoginPage({ api, onLogin }: { api: ApiClient; onLogin: () => void }) {
  const [token, setToken] = useState('');
  const { busy, error, run } = useAction();
  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await endpoints.login(api, token.trim());
      setToken('');
      onLogin();
    });
  }
  return (
    <main className="login" id="main">
      <h1>aisec dashboard</h1>
      <form onSubmit={submit} className="card">
        <label htmlFor="token">API token</label>
        <input id="token" name="token" type="password" autoComplete="off" spellCheck={false} value={token} onChange={(e) => setToken(e.target.value)} placeholder="aisec_…" required />
        <p className="hint">
          Ask an admin for a token with a role, made with <code>aisec keys create --owner NAME --scope role:viewer</code> (or <code>role:analyst</code>, <code>role:admin</code>). The token is sent once; the browser keeps only a session cookie.
        </p>
        <button type="submit" disabled={busy || token.trim() === ''}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
        {error ? <ErrorView error={error} /> : null}
      </form>
    </main>
  );
}
