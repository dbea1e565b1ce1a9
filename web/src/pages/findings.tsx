/** Findings of one system, filtered by severity, scanner, status and text, with suppression for analysts and admins. */
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints.js';
import type { StoredFinding } from '../api/types.js';
import { ActButton } from '../components/act-button.js';
import { SeverityBadge } from '../components/severity.js';
import { Empty, ErrorView, Show } from '../components/states.js';
import { currentSystem } from '../components/system.js';
import { dateInputValue, dateTime, endOfDay, severities } from '../lib/format.js';
import { findingQueryOf, pageLabel, pageSize, scannerOf, type FindingQuery } from '../lib/filters.js';
import { hrefFor, type Route } from '../lib/route.js';
import { useLoad } from '../lib/use-load.js';
import { navigate } from '../lib/use-route.js';
import { useSession } from '../session.js';
import { useAction } from '../lib/use-action.js';

export function FindingsPage({ route }: { route: Route }) {
  const { api, systems } = useSession();
  const system = currentSystem(route, systems);
  const query = findingQueryOf(route.query);
  const [loaded, reload] = useLoad(() => (system === null ? Promise.resolve(null) : endpoints.findings(api, system, { ...query, limit: pageSize })), JSON.stringify([system, query]));
  const go = (q: Partial<FindingQuery>) => navigate(hrefFor('findings', { system: system ?? undefined, ...strings({ ...query, ...q }) }));
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Findings{system ? <span className="sub"> · {system}</span> : null}</h1>
      <Filters query={query} onApply={(q) => go({ ...q, offset: 0 })} />
      <Show loaded={loaded} what="findings" onRetry={reload}>
        {(page) =>
          page === null ? (
            <Empty title="No system is served." />
          ) : page.findings.length === 0 ? (
            <Empty title={page.total === 0 && !hasFilter(query) ? 'This system has no findings.' : 'No finding matches these filters.'}>{hasFilter(query) ? 'Clear or widen the filters.' : 'The latest assessment found nothing to report.'}</Empty>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {pageLabel(query.offset, page.findings.length, page.total)}
              </p>
              <ul className="findings">
                {page.findings.map((f) => (
                  <FindingItem key={f.finding.fingerprint} system={system!} stored={f} onChanged={reload} />
                ))}
              </ul>
              <nav className="pager" aria-label="Pages of findings">
                <button type="button" disabled={query.offset === 0} onClick={() => go({ offset: Math.max(0, query.offset - pageSize) })}>
                  Previous
                </button>
                <button type="button" disabled={query.offset + page.findings.length >= page.total} onClick={() => go({ offset: query.offset + pageSize })}>
                  Next
                </button>
              </nav>
            </>
          )
        }
      </Show>
    </section>
  );
}

function hasFilter(q: FindingQuery): boolean {
  return q.severity !== undefined || q.scanner !== undefined || q.status !== undefined || q.text !== undefined;
}

function strings(q: FindingQuery): Record<string, string | undefined> {
  return { severity: q.severity, scanner: q.scanner, status: q.status, text: q.text, offset: q.offset > 0 ? String(q.offset) : undefined };
}

function Filters({ query, onApply }: { query: FindingQuery; onApply: (q: Partial<FindingQuery>) => void }) {
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (k: string) => {
      const v = String(data.get(k) ?? '').trim();
      return v === '' ? undefined : v;
    };
    onApply({ severity: value('severity'), scanner: value('scanner'), status: value('status') as FindingQuery['status'], text: value('text') });
  }
  return (
    <form className="filters" onSubmit={submit} role="search" aria-label="Filter findings" key={JSON.stringify(query)}>
      <label>
        Severity
        <select name="severity" defaultValue={query.severity ?? ''}>
          <option value="">any</option>
          {severities.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Scanner
        <input name="scanner" defaultValue={query.scanner ?? ''} placeholder="e.g. pickle" pattern="[a-z0-9:\-]{1,80}" />
      </label>
      <label>
        Status
        <select name="status" defaultValue={query.status ?? ''}>
          <option value="">any</option>
          <option value="open">open</option>
          <option value="suppressed">suppressed</option>
        </select>
      </label>
      <label className="grow">
        Text
        <input name="text" type="search" defaultValue={query.text ?? ''} placeholder="title, message or path" maxLength={200} />
      </label>
      <button type="submit">Apply</button>
    </form>
  );
}

function FindingItem({ system, stored, onChanged }: { system: string; stored: StoredFinding; onChanged: () => void }) {
  const f = stored.finding;
  const [open, setOpen] = useState(false);
  return (
    <li className="finding">
      <details>
        <summary>
          <SeverityBadge severity={f.severity} /> <span className="title">{f.title}</span>
          {stored.suppression ? <span className="tag">suppressed</span> : null}
          <span className="where">{f.location.path}{f.location.member ? ` › ${f.location.member}` : ''}</span>
        </summary>
        <div className="finding-body">
          <p>{f.message}</p>
          {f.why ? <p><strong>Why it matters:</strong> {f.why}</p> : null}
          {f.fix ? <p><strong>Fix:</strong> {f.fix}</p> : null}
          <p className="meta">
            <code>{f.id}</code> · rule <code>{f.ruleId}</code> · scanner {scannerOf(f.ruleId)}
            {stored.firstSeen ? <> · first seen {dateTime(stored.firstSeen)}</> : null}
          </p>
          {stored.suppression ? (
            <p className="suppressed">
              Suppressed by {stored.suppression.owner}: {stored.suppression.reason} ({stored.suppression.expiresAt ? `until ${dateTime(stored.suppression.expiresAt)}` : 'no expiry'})
            </p>
          ) : open ? (
            <SuppressForm system={system} findingId={f.id} onDone={() => { setOpen(false); onChanged(); }} onCancel={() => setOpen(false)} />
          ) : (
            <ActButton act="suppress-finding" onClick={() => setOpen(true)}>
              Suppress…
            </ActButton>
          )}
        </div>
      </details>
    </li>
  );
}

function SuppressForm({ system, findingId, onDone, onCancel }: { system: string; findingId: string; onDone: () => void; onCancel: () => void }) {
  const { api } = useSession();
  const { busy, error, run } = useAction();
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const expires = String(data.get('expires') ?? '');
    await run(async () => {
      await endpoints.suppress(api, system, findingId, { reason: String(data.get('reason') ?? '').trim(), expiresAt: expires === '' ? null : endOfDay(expires) });
      onDone();
    });
  }
  return (
    <form className="inline-form" onSubmit={submit} aria-label={`Suppress ${findingId}`}>
      <label>
        Reason (required)
        <textarea name="reason" required maxLength={2000} rows={2} autoFocus />
      </label>
      <label>
        Expires (empty: never)
        <input name="expires" type="date" min={dateInputValue(new Date(), 1)} defaultValue={dateInputValue(new Date(), 90)} />
      </label>
      <div className="buttons">
        <ActButton act="suppress-finding" type="submit" busy={busy}>
          Suppress finding
        </ActButton>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error ? <ErrorView error={error} /> : null}
    </form>
  );
}
