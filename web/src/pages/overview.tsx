/** Every served system and its posture: findings by severity, last assessment, open risks, incidents and alerts. */
import { endpoints } from '../api/endpoints.js';
import type { SystemPosture } from '../api/types.js';
import { SeverityCounts } from '../components/severity.js';
import { Empty, Show } from '../components/states.js';
import { dateTime, relativeTime, verdictOf } from '../lib/format.js';
import { hrefFor } from '../lib/route.js';
import { useLoad } from '../lib/use-load.js';
import { useSession } from '../session.js';

export function OverviewPage() {
  const { api } = useSession();
  const [loaded, reload] = useLoad(() => endpoints.systems(api), 'systems');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Overview</h1>
      <Show loaded={loaded} what="systems" onRetry={reload}>
        {({ systems }) =>
          systems.length === 0 ? (
            <Empty title="No system has been assessed yet.">
              Run <code>aisec assess DIR</code> on a system, then start <code>aisec serve DIR</code> with its folder.
            </Empty>
          ) : (
            <div className="cards">
              {systems.map((s) => (
                <SystemCard key={s.name} system={s} />
              ))}
            </div>
          )
        }
      </Show>
    </section>
  );
}

function SystemCard({ system }: { system: SystemPosture }) {
  const now = new Date();
  const latest = system.latest;
  const q = { system: system.name };
  return (
    <article className="card system" aria-labelledby={`sys-${system.name}`}>
      <h2 id={`sys-${system.name}`}>
        <a href={hrefFor('findings', q)}>{system.name}</a>
      </h2>
      {latest === null ? (
        <p className="muted">Never assessed. Run <code>aisec assess</code> on its folder.</p>
      ) : (
        <>
          <p className="when">
            Last assessed <time dateTime={latest.finishedAt} title={dateTime(latest.finishedAt)}>{relativeTime(latest.finishedAt, now)}</time>
            {latest.status === 'incomplete' ? <span className="tag warn"> incomplete</span> : null}
          </p>
          <p className={`verdict exit-${latest.exitCode ?? 'none'}`}>{verdictOf(latest.exitCode)}</p>
          <SeverityCounts counts={latest.counts} />
        </>
      )}
      <dl className="facts">
        <div>
          <dt>Open risks</dt>
          <dd>
            <a href={hrefFor('risks', q)}>{system.openRisks ?? '—'}</a>
          </dd>
        </div>
        <div>
          <dt>Open incidents</dt>
          <dd>
            <a href={hrefFor('incidents')}>{system.openIncidents ?? '—'}</a>
          </dd>
        </div>
        <div>
          <dt>Open alerts</dt>
          <dd>{system.openAlerts === undefined || system.openAlerts === null ? <span className="muted" title="The server has no monitoring yet">—</span> : <a href={hrefFor('monitoring', q)}>{system.openAlerts}</a>}</dd>
        </div>
      </dl>
    </article>
  );
}
