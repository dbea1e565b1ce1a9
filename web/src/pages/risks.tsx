/** The risk register of one system: levels, owner, status, and acceptance (approver and expiry) for analysts and admins. */
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints.js';
import type { Risk } from '../api/types.js';
import { ActButton } from '../components/act-button.js';
import { SeverityBadge } from '../components/severity.js';
import { Empty, ErrorView, Show } from '../components/states.js';
import { currentSystem } from '../components/system.js';
import { bySeverity, dateInputValue, dateTime, endOfDay } from '../lib/format.js';
import type { Route } from '../lib/route.js';
import { useLoad } from '../lib/use-load.js';
import { useSession } from '../session.js';
import { useAction } from '../lib/use-action.js';

export function RisksPage({ route }: { route: Route }) {
  const { api, systems } = useSession();
  const system = currentSystem(route, systems);
  const [loaded, reload] = useLoad(() => (system === null ? Promise.resolve({ risks: [] }) : endpoints.risks(api, system)), `risks-${system}`);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Risk register{system ? <span className="sub"> · {system}</span> : null}</h1>
      <Show loaded={loaded} what="the risk register" onRetry={reload}>
        {({ risks }) =>
          risks.length === 0 ? (
            <Empty title="The register is empty.">Run <code>aisec assess</code> on the system: the assessment builds the register from its threat model.</Empty>
          ) : (
            <ul className="risks">
              {[...risks].sort((a, b) => bySeverity(a.residual.level, b.residual.level)).map((r) => (
                <RiskItem key={r.id} system={system!} risk={r} onChanged={reload} />
              ))}
            </ul>
          )
        }
      </Show>
    </section>
  );
}

function RiskItem({ system, risk, onChanged }: { system: string; risk: Risk; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="card risk">
      <div className="risk-head">
        <SeverityBadge severity={risk.residual.level} />
        <h2 className="risk-title">{risk.title}</h2>
        <span className={`tag status-${risk.status}`}>{risk.status}</span>
      </div>
      <dl className="facts">
        <div><dt>Id</dt><dd><code>{risk.id}</code></dd></div>
        <div><dt>Inherent</dt><dd>{risk.inherent.level} ({risk.inherent.score})</dd></div>
        <div><dt>Residual</dt><dd>{risk.residual.level} ({risk.residual.score})</dd></div>
        <div><dt>Owner</dt><dd>{risk.owner || '—'}</dd></div>
        {risk.threat?.asset?.name ? <div><dt>Asset</dt><dd>{risk.threat.asset.kind} {risk.threat.asset.name}</dd></div> : null}
      </dl>
      {risk.acceptance ? (
        <p className="accepted">
          Accepted by {risk.acceptance.approver} until {dateTime(risk.acceptance.expiresAt)}: {risk.acceptance.rationale}
        </p>
      ) : risk.status === 'open' ? (
        open ? (
          <AcceptForm system={system} riskId={risk.id} onDone={() => { setOpen(false); onChanged(); }} onCancel={() => setOpen(false)} />
        ) : (
          <ActButton act="accept-risk" onClick={() => setOpen(true)}>
            Accept risk…
          </ActButton>
        )
      ) : null}
    </li>
  );
}

function AcceptForm({ system, riskId, onDone, onCancel }: { system: string; riskId: string; onDone: () => void; onCancel: () => void }) {
  const { api } = useSession();
  const { busy, error, setError, run } = useAction();
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const expiresAt = endOfDay(String(data.get('expires') ?? ''));
    if (expiresAt === null) {
      setError(new Error('Choose the date the acceptance expires: an acceptance without expiry is not allowed.'));
      return;
    }
    await run(async () => {
      await endpoints.acceptRisk(api, system, riskId, { rationale: String(data.get('rationale') ?? '').trim(), approver: String(data.get('approver') ?? '').trim(), expiresAt });
      onDone();
    });
  }
  const now = new Date();
  return (
    <form className="inline-form" onSubmit={submit} aria-label={`Accept ${riskId}`}>
      <label>
        Rationale (required)
        <textarea name="rationale" required maxLength={2000} rows={2} autoFocus />
      </label>
      <label>
        Approver (required)
        <input name="approver" required maxLength={200} placeholder="who signs off" />
      </label>
      <label>
        Expires (required)
        <input name="expires" type="date" required min={dateInputValue(now, 1)} defaultValue={dateInputValue(now, 90)} />
      </label>
      <div className="buttons">
        <ActButton act="accept-risk" type="submit" busy={busy}>
          Accept risk
        </ActButton>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error ? <ErrorView error={error} /> : null}
    </form>
  );
}
