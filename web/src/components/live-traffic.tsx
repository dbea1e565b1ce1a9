/**
 * The Gateway page's "Live traffic" section: the running gateway's counters, request and
 * refusal rates over the last minutes (read every 5 s while the page is visible, kept in
 * memory), limits refusals, guard hits and extraction alarms; or why there are none.
 */
import { useState, type ReactNode } from 'react';
import { endpoints } from '../api/endpoints.js';
import type { GatewayTraffic } from '../api/types.js';
import { addReading, ratesOf, type TrafficReading } from '../lib/traffic-series.js';
import { dateTime } from '../lib/format.js';
import { useVisiblePoll } from '../lib/use-visible-poll.js';
import { useSession } from '../session.js';
import { Empty, ErrorView, Loading } from './states.js';
import { TimeChart } from './time-chart.js';

/** How often the page reads the gateway while visible. */
export const pollMs = 5000;

type Live = Extract<GatewayTraffic, { state: 'live' }>;

const ms = (seconds: number): string => (seconds < 1 ? `${(seconds * 1000).toFixed(seconds < 0.01 ? 1 : 0)} ms` : `${seconds.toFixed(2)} s`);

const duration = (s: number): string => (s < 120 ? `${s} s` : s < 7200 ? `${Math.floor(s / 60)} min` : s < 172_800 ? `${Math.floor(s / 3600)} h` : `${Math.floor(s / 86_400)} d`);

function Table({ caption, head, rows, empty }: { caption: string; head: readonly string[]; rows: readonly (readonly ReactNode[])[]; empty: string }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={head.length} className="muted">{empty}</td>
            </tr>
          ) : (
            rows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>)
          )}
        </tbody>
      </table>
    </div>
  );
}

function Counters({ t }: { t: Live }) {
  const classes = Object.entries(t.totals.byStatusClass).sort(([a], [b]) => a.localeCompare(b));
  const facts: [string, ReactNode][] = [
    ['Requests', t.totals.requests],
    ...classes.map(([cls, n]): [string, ReactNode] => [cls, n]),
    ['Limits refusals', t.totals.limitRefusals],
    ['Guard hits', t.totals.guardHits],
    ['Extraction alarms', t.totals.extractionAlarms],
    ['Upstream errors', t.totals.upstreamErrors],
    ['Ready', t.ready === null ? '—' : t.ready ? 'yes' : `no (${t.notReady.join(', ')})`],
    ['Up for', t.uptimeSeconds === null ? '—' : duration(t.uptimeSeconds)],
  ];
  return (
    <dl className="facts" aria-label="Gateway counters">
      {facts.map(([label, value]) => (
        <div key={label} data-counter={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function LiveTraffic() {
  const { api } = useSession();
  const [latest, setLatest] = useState<{ value: GatewayTraffic } | { error: unknown } | null>(null);
  const [history, setHistory] = useState<TrafficReading[]>([]);
  useVisiblePoll(() => endpoints.gatewayTraffic(api), pollMs, (result) => {
    setLatest(result);
    if ('value' in result && result.value.state === 'live') {
      const t = result.value;
      setHistory((h) => addReading(h, { at: Date.parse(t.fetchedAt) / 1000, requests: t.totals.requests, refusals: t.totals.limitRefusals + t.totals.guardHits }));
    }
  });
  let body: ReactNode;
  if (latest === null) body = <Loading what="gateway traffic" />;
  else if ('error' in latest) body = <ErrorView error={latest.error} />;
  else if (latest.value.state !== 'live') {
    const { state, reason } = latest.value;
    body = state === 'not-configured' ? <Empty title="No gateway is connected to this server.">{reason}</Empty> : <Empty title="The gateway does not answer.">{reason}</Empty>;
  } else {
    const t: Live = latest.value;
    const rates = ratesOf(history);
    body = (
      <>
        <p className="muted">
          {t.gateway} · totals since the gateway started · read {dateTime(t.fetchedAt)}, every {pollMs / 1000} s while this page is open
          {t.health ? <> · health {t.health}</> : null}
        </p>
        <Counters t={t} />
        {rates.requests.length > 0 ? (
          <TimeChart title="Requests and refusals per second" unit="per s" height={160} series={[{ label: 'requests', points: rates.requests }, { label: 'refusals', points: rates.refusals }]} />
        ) : (
          <p className="muted">The rate chart starts with the next reading.</p>
        )}
        <Table
          caption="Routes"
          head={['Route', 'Requests', 'By status', 'p50', 'p95', 'p99']}
          rows={t.routes.map((r) => [r.route, r.requests, Object.entries(r.byStatusClass).map(([c, n]) => `${c} ${n}`).join(' · '), r.latency ? ms(r.latency.p50) : '—', r.latency ? ms(r.latency.p95) : '—', r.latency ? ms(r.latency.p99) : '—'])}
          empty="No requests yet."
        />
        <Table caption="Limits refusals" head={['Reason', 'Scope', 'Refused']} rows={t.limits.map((l) => [l.reason, l.scope, l.count])} empty="No request was refused by a limit." />
        <Table caption="Guard hits" head={['Guard', 'Action', 'Count']} rows={t.guards.map((g) => [g.guard, g.outcome, g.count])} empty="No guard flagged, redacted or blocked anything." />
        <Table caption="Extraction alarms" head={['Model', 'Signal', 'Alarms']} rows={t.extraction.map((e) => [e.model, e.signal, e.count])} empty="No extraction alarm." />
      </>
    );
  }
  return (
    <section className="card live-traffic" aria-labelledby="live-traffic-title">
      <h2 id="live-traffic-title">Live traffic</h2>
      {body}
    </section>
  );
}
