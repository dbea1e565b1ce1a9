/** Header, navigation and system picker around every page. */
import type { ReactNode } from 'react';
import type { SessionInfo } from '../api/types.js';
import { hrefFor, pages, pageTitles, type Route } from '../lib/route.js';
import { navigate } from '../lib/use-route.js';
import { useSession } from '../session.js';
import { currentSystem, systemPages } from './system.js';

export function Layout({ route, session, children }: { route: Route; session: SessionInfo; children: ReactNode }) {
  const { systems, logout, role } = useSession();
  const system = currentSystem(route, systems);
  const active = route.page === 'incident' ? 'incidents' : route.page;
  return (
    <div className="shell">
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href={hrefFor('overview')}>
          aisec
        </a>
        <nav aria-label="Pages" className="nav">
          <ul>
            {pages.map((p) => (
              <li key={p}>
                <a href={hrefFor(p, systemPages.has(p) && system ? { system } : {})} aria-current={active === p ? 'page' : undefined}>
                  {pageTitles[p]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          {systems.length > 1 && systemPages.has(active) ? (
            <label className="picker">
              <span>System</span>
              <select value={system ?? ''} onChange={(e) => navigate(hrefFor(route.page, { ...route.query, system: e.target.value, offset: undefined }, route.id))}>
                {systems.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <span className="role" title={`Key ${session.keyId}`}>
            {session.owner ?? session.keyId} · {role ?? 'no role'}
          </span>
          <button type="button" className="link" onClick={logout}>
            Log out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
