/** Log in by pasting an API token with a `role:` scope (made by `aisec keys create --scope role:viewer`). */
import { useState, type FormEvent } from 'react';
import type { ApiClient } from '../api/client.js';
import { endpoints } from '../api/endpoints.js';
import { ErrorView } from '../components/states.js';

export function LoginPage({ api, onLogin }: { api: ApiClient; onLogin: () => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await endpoints.login(api, token.trim());
      setToken('');
      onLogin();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
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
