/**
 * What the monitor recorded for one system: per model, the requests, errors, guard hits and
 * alarms of each closed window over time, the error and guard-hit rates, latency p95, the drift
 * score of each column against its test's threshold (shaded where it counts as drift), and the
 * alerts raised, which analysts acknowledge or close. A server without the monitor routes
 * answers 404 ERR_ROUTE_NOT_FOUND, and the page says so.
 */
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { endpoints } from '../api/endpoints.js';
import type { MonitorAlert } from '../api/types.js';
import { ActButton } from '../components/act-button.js';
import { SeverityBadge } from '../components/severity.js';
import { Empty, ErrorView, Show } from '../components/states.js';
import { currentSystem } from '../components/system.js';
import { TimeChart } from '../components/time-chart.js';
import { dateTime } from '../lib/format.js';
import { driftCharts, rateCharts, windowCharts } from '../lib/monitor-series.js';
import type { Route } from '../lib/route.js';
import { useLoad } from '../lib/use-load.js';
import { useSession } from '../session.js';

const noRoute = (err: unknown) => err instanceof ApiError && err.kind === 'not-found' && err.code === 'ERR_ROUTE_NOT_FOUND';

export function MonitoringPage({ route }: { route: Route }) {
  const { api, systems } = useSession();
  const system = currentSystem(route, systems);
  const [loaded, reload] = useLoad(async () => {
    if (system === null) return null;
    try {
      const [windows, alerts] = await Promise.all([endpoints.monitorWindows(api, system), endpoints.monitorAlerts(api, system)]);
      return { charts: windowCharts(windows.windows), rates: rateCharts(windows.windows), drift: driftCharts(windows.windows), alerts: alerts.alerts };
    } catch (err) {
      if (noRoute(err)) return 'no-monitor' as const;
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
            <Empty title="This server has no monitoring routes.">Charts of each monitor window (requests, errors, guard hits, alarms) and the alerts raised appear here when the server offers them; until then, the gateway's <code>/metrics</code> endpoint has the live counters.</Empty>
          ) : (
            <>
              <h2>Over time</h2>
              {value.charts.length === 0 ? (
                <Empty title="No monitoring window has closed yet.">Charts appear once the monitor has recorded its first window for this system.</Empty>
              ) : (
                <div className="charts">
                  {value.charts.map((c) => (
                    <TimeChart key={c.model} title={c.model} series={c.series} unit="per window" />
                  ))}
                  {value.rates.map((c) => (
                    <TimeChart key={`${c.model}-rates`} title={`${c.model}: error and guard-hit rates`} series={c.rates} unit="share" />
                  ))}
                  {value.rates.map((c) => (
                    <TimeChart key={`${c.model}-latency`} title={`${c.model}: latency p95`} series={c.latency} unit="ms" />
                  ))}
                </div>
              )}
              {value.drift.length === 0 ? null : (
                <>
                  <h2>Drift per column</h2>
                  <div className="charts">
                    {value.drift.map((c) => (
                      <TimeChart key={`${c.model}-${c.column}`} title={`${c.model} · ${c.column}${c.method ? ` (${c.method})` : ''}`} series={c.series} unit={c.below ? 'p-value' : 'score'} threshold={c.threshold} band={c.below ? 'below' : 'above'} />
                    ))}
                  </div>
                </>
              )}
              <h2>Alerts</h2>
              <Alerts system={system!} alerts={value.alerts} onChanged={reload} />
            </>
          )
        }
      </Show>
    </section>
  );
}

function Alerts({ system, alerts, onChanged }: { system: string; alerts: readonly MonitorAlert[]; onChanged: () => void }) {
  const { api } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act = async (id: string, close: boolean) => {
    setBusy(id);
    setError(null);
    try {
      await endpoints.ackAlert(api, system, id, close);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  if (alerts.length === 0) return <Empty title="No alerts.">The monitor raises one when a rule's threshold is crossed (drift, guard hits, error rate).</Empty>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Alert</th>
            <th scope="col">Severity</th>
            <th scope="col">Status</th>
            <th scope="col">Value / threshold</th>
            <th scope="col">When</th>
            <th scope="col">Act</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => (
            <tr key={a.id}>
              <td>
                <strong>{a.rule}</strong> {a.column ? <code>{a.column}</code> : null} · {a.model}
                <div className="muted small">{a.message}</div>
              </td>
              <td><SeverityBadge severity={a.severity} /></td>
              <td><span className={`tag status-${a.status}`}>{a.status}</span></td>
              <td>{a.value ?? '—'} / {a.threshold ?? '—'}</td>
              <td>{dateTime(a.at)}</td>
              <td>
                {a.status === 'closed' ? null : (
                  <div className="buttons">
                    {a.status === 'open' ? (
                      <ActButton act="ack-alert" busy={busy === a.id} onClick={() => void act(a.id, false)}>
                        Acknowledge
                      </ActButton>
                    ) : null}
                    <ActButton act="ack-alert" quiet={a.status === 'open'} busy={busy === a.id} onClick={() => void act(a.id, true)}>
                      Close
                    </ActButton>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? <ErrorView error={error} /> : null}
    </div>
  );
}
