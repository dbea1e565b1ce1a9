/** Incidents of every served system, open ones first. */
import { endpoints } from '../api/endpoints.js';
import type { Incident } from '../api/types.js';
import { SeverityBadge } from '../components/severity.js';
import { Empty, Show } from '../components/states.js';
import { dateTime, relativeTime } from '../lib/format.js';
import { hrefFor } from '../lib/route.js';
import { useLoad } from '../lib/use-load.js';
import { useSession } from '../session.js';

const statusOrder: Record<Incident['status'], number> = { open: 0, contained: 1, resolved: 2 };

export function IncidentsPage() {
  const { api } = useSession();
  const [loaded, reload] = useLoad(() => endpoints.incidents(api), 'incidents');
  const now = new Date();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Incidents</h1>
      <Show loaded={loaded} what="incidents" onRetry={reload}>
        {({ incidents }) =>
          incidents.length === 0 ? (
            <Empty title="No incidents.">Open one with <code>aisec incident open --playbook ID</code> when something happens; it appears here with its timeline.</Empty>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Incident</th>
                    <th scope="col">Severity</th>
                    <th scope="col">Status</th>
                    <th scope="col">System</th>
                    <th scope="col">Opened</th>
                  </tr>
                </thead>
                <tbody>
                  {[...incidents].sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || b.openedAt.localeCompare(a.openedAt)).map((i) => (
                    <tr key={i.id}>
                      <td>
                        <a href={hrefFor('incident', {}, i.id)}>{i.title}</a>
                        <div className="muted small">
                          <code>{i.id}</code>
                          {i.detail.playbook ? ` · ${i.detail.playbook.name}` : ''}
                        </div>
                      </td>
                      <td><SeverityBadge severity={i.severity} /></td>
                      <td><span className={`tag status-${i.status}`}>{i.status}</span></td>
                      <td>{i.system ?? i.detail.system?.name ?? '—'}</td>
                      <td><time dateTime={i.openedAt} title={dateTime(i.openedAt)}>{relativeTime(i.openedAt, now)}</time></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Show>
    </section>
  );
}
