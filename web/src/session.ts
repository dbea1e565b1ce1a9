/** The logged-in session and the API client, shared by every page through context. */
import { createContext, useContext } from 'react';
import type { ApiClient } from './api/client.js';
import type { Role } from './lib/roles.js';

export interface SessionContext {
  readonly api: ApiClient;
  readonly role: Role | null;
  readonly keyId: string | null;
  /** Systems the server serves (names), for the system picker. */
  readonly systems: readonly string[];
  /** Log out (DELETE the session), then show the login page. */
  readonly logout: () => void;
}

export const Session = createContext<SessionContext | null>(null);

export function useSession(): SessionContext {
  const value = useContext(Session);
  if (value === null) throw new Error('useSession outside <Session.Provider>.');
  return value;
}
