/**
 * Monitoring series of one system over time. The monitor's routes are optional: a server
 * without them answers 404, and the page says so instead of showing an error.
 */
import { ApiError } from '../api/client.js';
import { endpoints } from '../api/endpoints.js';
import { Empty, Show } from '../components/states.js';
import { currentSystem } from '../components/system.js';
import { TimeChart } from '../components/time-chart.js';
import type { Route } from '../lib/route.js';
import { useLoad } from '../lib/use-load.js';
import { useSession } from '../session.js';

export function MonitoringPage({ route }: { route: Route }) {
  const { api, systems } = useSession();
  const system = currentSystem(route, systems);
  const [loaded, reload] = useLoad(async () => {
    if (system === null) return null;
    try {
      return await endpoints.monitoring(api, system);
    } catch (err) {
      if (err instanceof ApiError && err.kind === 'not-found' && err.code === 'ERR_ROUTE_NOT_FOUND') return 'no-monitor' as const;
      throw err;
    }
  }, `monitoring-${system}`);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Monitoring{system ? <span className="sub"> · {system}</span> : null}</h1>
      <Show loaded={loaded} what="monitoring" onRetry={reload}>
        {(value) =>
          value === null ? (
            <Empty title="No system is served." />
          ) : value === 'no-monitor' ? (
            <Empty title="This server has no monitoring routes.">Monitoring charts (drift, guard hits, latency over time) appear here when the server offers them; until then, the gateway's <code>/metrics</code> endpoint has the live counters.</Empty>
          ) : value.series.length === 0 ? (
            <Empty title="No monitoring data yet.">Data appears once the monitor has recorded its first window for this system.</Empty>
          ) : (
            <div className="charts">
              {value.series.map((s) => (
                <TimeChart key={s.name} title={s.name} series={[{ label: s.name, points: s.points }]} {...(s.unit ? { unit: s.unit } : {})} threshold={s.threshold ?? null} />
              ))}
            </div>
          )
        }
      </Show>
    </section>
  );
}
