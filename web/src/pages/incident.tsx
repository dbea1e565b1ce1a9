/** One incident: its subjects, timeline, the playbook steps to act on, a note and closing. */
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints.js';
import type { Incident, PlaybookStep } from '../api/types.js';
import { ActButton } from '../components/act-button.js';
import { SeverityBadge } from '../components/severity.js';
import { Empty, ErrorView, Show } from '../components/states.js';
import { dateTime } from '../lib/format.js';
import { hrefFor } from '../lib/route.js';
import { useLoad } from '../lib/use-load.js';
import { useSession } from '../session.js';
import { useAction } from '../lib/use-action.js';

export function IncidentPage({ id }: { id: string }) {
  const { api } = useSession();
  const [loaded, reload] = useLoad(() => endpoints.incident(api, id), `incident-${id}`);
  return (
    <section aria-labelledby="page-title">
      <p className="crumbs"><a href={hrefFor('incidents')}>Incidents</a> › <code>{id}</code></p>
      <Show loaded={loaded} what="the incident" onRetry={reload}>
        {(incident) => <IncidentView incident={incident} onChanged={reload} />}
      </Show>
    </section>
  );
}

function IncidentView({ incident, onChanged }: { incident: Incident; onChanged: () => void }) {
  const timeline = incident.detail.timeline ?? [];
  const subjects = Object.entries(incident.detail.subjects ?? {});
  const closed = incident.status === 'resolved';
  return (
    <>
      <h1 id="page-title">{incident.title}</h1>
      <p>
        <SeverityBadge severity={incident.severity} /> <span className={`tag status-${incident.status}`}>{incident.status}</span> opened {dateTime(incident.openedAt)}
        {incident.detail.playbook ? <> · playbook {incident.detail.playbook.name}</> : null}
      </p>
      {subjects.length > 0 ? (
        <dl className="facts">
          {subjects.map(([k, v]) => (
            <div key={k}><dt>{k}</dt><dd><code>{v}</code></dd></div>
          ))}
        </dl>
      ) : null}
      <h2>Steps</h2>
      {(incident.steps ?? []).length === 0 ? <Empty title="This incident's playbook has no steps to run from here." /> : <Steps incident={incident} onChanged={onChanged} disabled={closed} />}
      <h2>Timeline</h2>
      {timeline.length === 0 ? (
        <Empty title="Nothing has happened yet." />
      ) : (
        <ol className="timeline">
          {timeline.map((t, i) => (
            <li key={i} className={`tl-${t.kind}`}>
              <time dateTime={t.at}>{dateTime(t.at)}</time> <strong>{t.actor}</strong> {t.kind}
              {t.step ? <> <code>{t.step}</code></> : null}
              {t.outcome ? <span className="tag">{t.outcome}</span> : null}
              <p>{t.text}</p>
            </li>
          ))}
        </ol>
      )}
      {closed ? (
        incident.detail.resolution ? <p className="accepted">Closed by {incident.detail.resolution.by}: {incident.detail.resolution.text}</p> : null
      ) : (
        <div className="two">
          <TextAction title="Add a note" field="Note" act="note-incident" button="Add note" run={(api, text) => endpoints.noteIncident(api, incident.id, text)} onDone={onChanged} />
          <TextAction title="Close the incident" field="Resolution" act="close-incident" button="Close incident" run={(api, text) => endpoints.closeIncident(api, incident.id, text)} onDone={onChanged} />
        </div>
      )}
    </>
  );
}

function Steps({ incident, onChanged, disabled }: { incident: Incident; onChanged: () => void; disabled: boolean }) {
  const { api } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function act(step: PlaybookStep) {
    if (step.destructive && !window.confirm(`Run “${step.name}” now? It changes the running system.`)) return;
    setBusy(step.step);
    setError(null);
    try {
      await endpoints.actOnIncident(api, incident.id, step.step);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }
  return (
    <>
      <ul className="steps">
        {(incident.steps ?? []).map((s) => (
          <li key={s.step}>
            <span className="step-name">{s.name}</span> <code>{s.step}</code>
            {s.description ? <p className="muted small">{s.description}</p> : null}
            {disabled ? null : s.action === 'audit.export' ? (
              <p className="act-reason">
                This step writes an evidence file on the server: run <code>aisec incident act {incident.id} {s.step} --out FILE</code> there.
              </p>
            ) : (
              <ActButton act={s.gateway ? 'act-incident-gateway' : 'act-incident'} danger={s.destructive === true} busy={busy === s.step} onClick={() => void act(s)}>
                Run step
              </ActButton>
            )}
          </li>
        ))}
      </ul>
      {error ? <ErrorView error={error} /> : null}
    </>
  );
}

function TextAction({ title, field, act, button, run, onDone }: { title: string; field: string; act: 'note-incident' | 'close-incident'; button: string; run: (api: ReturnType<typeof useSession>['api'], text: string) => Promise<unknown>; onDone: () => void }) {
  const { api } = useSession();
  const action = useAction();
  const { busy, error } = action;
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const text = String(new FormData(form).get('text') ?? '').trim();
    await action.run(async () => {
      await run(api, text);
      form.reset();
      onDone();
    });
  }
  return (
    <form className="card inline-form" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <label>
        {field}
        <textarea name="text" required maxLength={10_000} rows={3} />
      </label>
      <ActButton act={act} type="submit" busy={busy}>
        {button}
      </ActButton>
      {error ? <ErrorView error={error} /> : null}
    </form>
  );
}
