/**
 * The app shell: finds out who is logged in (GET session), shows the login page when nobody is,
 * and otherwise the navigation and the page the hash names.
 */
import { useCallback, useMemo, useState } from 'react';
import { ApiError, createApiClient } from './api/client.js';
import { endpoints } from './api/endpoints.js';
import type { SessionInfo } from './api/types.js';
import { Layout } from './components/layout.js';
import { ErrorView, Loading } from './components/states.js';
import { parseRole } from './lib/roles.js';
import { useLoad } from './lib/use-load.js';
import { useRoute } from './lib/use-route.js';
import { LoginPage } from './pages/login.js';
import { PageView } from './pages/page-view.js';
import { Session, type SessionContext } from './session.js';

export function App() {
  const [loggedOut, setLoggedOut] = useState(false);
  const api = useMemo(() => createApiClient({ onUnauthenticated: () => setLoggedOut(true) }), []);
  const [round, setRound] = useState(0);
  const [who] = useLoad(async () => {
    const session = await endpoints.session(api);
    const systems = await endpoints.systems(api);
    return { session, systems: systems.systems.map((s) => s.name) };
  }, `session-${round}`);
  const route = useRoute();

  const onLogin = useCallback(() => {
    setLoggedOut(false);
    setRound((n) => n + 1);
  }, []);
  const logout = useCallback(() => {
    endpoints.logout(api).finally(() => setLoggedOut(true));
  }, [api]);

  const unauthenticated = loggedOut || (who.state === 'error' && who.error instanceof ApiError && who.error.kind === 'unauthenticated');
  if (unauthenticated) return <LoginPage api={api} onLogin={onLogin} />;
  if (who.state === 'loading') return <Loading what="the dashboard" />;
  if (who.state === 'error') return <ErrorView error={who.error} onRetry={() => setRound((n) => n + 1)} />;
  const context: SessionContext = { api, role: parseRole(who.value.session.role), keyId: who.value.session.keyId ?? null, systems: who.value.systems, logout };
  return (
    <Session.Provider value={context}>
      <Layout route={route} session={who.value.session as SessionInfo}>
        <PageView route={route} />
      </Layout>
    </Session.Provider>
  );
}
