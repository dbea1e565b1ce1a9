/** The inference gateway: its live traffic, limits and alarms, then its model controls (kill switches): state per model, and disable / restrict / enable for admins. */
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints.js';
import type { GatewayControl } from '../api/types.js';
import { ActButton } from '../components/act-button.js';
import { LiveTraffic } from '../components/live-traffic.js';
import { Empty, ErrorView, Show } from '../components/states.js';
import { dateTime } from '../lib/format.js';
import { useLoad } from '../lib/use-load.js';
import { useSession } from '../session.js';
import { useAction } from '../lib/use-action.js';

type Change = 'disable' | 'restrict' | 'enable';

const meaning: Record<GatewayControl['state'], string> = {
  enabled: 'answers as usual',
  disabled: 'refused (503) until enabled',
  restricted: 'answers labels only, no scores',
  review: 'answers held for a person to approve',
};

export function GatewayPage() {
  const { api } = useSession();
  const [loaded, reload] = useLoad(() => endpoints.controls(api), 'controls');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Gateway</h1>
      <LiveTraffic />
      <h2>Model controls</h2>
      <p className="muted">A change here is written to the store the gateway polls; a running gateway applies it within its poll interval, and the audit trail records who made it and why.</p>
      <Show loaded={loaded} what="model controls" onRetry={reload} explain={(e) => (e.code === 'ERR_CONFIG_NOT_FOUND' ? <Empty title="No gateway is connected to this server.">{e.message}</Empty> : null)}>
        {({ controls, models }) => {
          const names = [...new Set([...(models ?? []), ...controls.map((c) => c.subject)])].sort();
          const byName = new Map(controls.map((c) => [c.subject, c]));
          return (
            <>
              {names.length === 0 ? (
                <Empty title="No model has a control yet.">Every model is enabled. Name one below to change it.</Empty>
              ) : (
                <ul className="controls">
                  {names.map((n) => (
                    <ModelControl key={n} model={n} control={byName.get(n) ?? null} onChanged={reload} />
                  ))}
                </ul>
              )}
              <OtherModel onChanged={reload} />
            </>
          );
        }}
      </Show>
    </section>
  );
}

function ModelControl({ model, control, onChanged }: { model: string; control: GatewayControl | null; onChanged: () => void }) {
  const state = control?.state ?? 'enabled';
  return (
    <li className="card control" data-model={model}>
      <div className="risk-head">
        <h2 className="risk-title">{model}</h2>
        <span className={`tag state-${state}`}>{state}</span>
      </div>
      <p className="muted">
        {meaning[state]}
        {control?.routes && control.routes.length > 0 ? <> · routes {control.routes.join(', ')}</> : null}
        {control?.actor ? <> · changed by {control.actor}, {dateTime(control.updatedAt)}{control.reason ? `: ${control.reason}` : ''}</> : null}
      </p>
      <ChangeForm model={model} current={state} onChanged={onChanged} />
    </li>
  );
}

function ChangeForm({ model, current, onChanged }: { model: string | null; current: GatewayControl['state'] | null; onChanged: () => void }) {
  const { api } = useSession();
  const { busy, error, run } = useAction();
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const name = model ?? String(data.get('model') ?? '').trim();
    const change = changeOf((e.nativeEvent as SubmitEvent).submitter);
    if (change === null) return;
    await run(async () => {
      const answer = await endpoints.setControl(api, name, change, String(data.get('reason') ?? '').trim());
      setWarnings(answer.warnings);
      onChanged();
    });
  }
  const label = model === null ? 'Change another model' : `Change ${model}`;
  return (
    <form className="inline-form row" onSubmit={submit} aria-label={label}>
      {model === null ? (
        <label>
          Model
          <input name="model" required maxLength={200} pattern="[A-Za-z0-9._:\-]{1,200}" />
        </label>
      ) : null}
      <label className="grow">
        Reason (required)
        <input name="reason" required maxLength={2000} placeholder="why, for the audit trail" />
      </label>
      <div className="buttons">
        <ActButton act="change-gateway" type="submit" danger value="disable" busy={busy || current === 'disabled'}>
          Disable
        </ActButton>
        <ActButton act="change-gateway" type="submit" quiet value="restrict" busy={busy || current === 'restricted'}>
          Restrict
        </ActButton>
        <ActButton act="change-gateway" type="submit" quiet value="enable" busy={busy || current === 'enabled'}>
          Enable
        </ActButton>
      </div>
      {warnings.length > 0 ? (
        <ul className="state warnings" role="status">
          {warnings.map((w) => <li key={w}>{w}</li>)}
        </ul>
      ) : null}
      {error ? <ErrorView error={error} /> : null}
    </form>
  );
}

/** Which button submitted the form. */
function changeOf(submitter: HTMLElement | null): Change | null {
  const value = submitter?.getAttribute('value');
  return value === 'disable' || value === 'restrict' || value === 'enable' ? value : null;
}

function OtherModel({ onChanged }: { onChanged: () => void }) {
  return (
    <div className="card">
      <h2>Another model</h2>
      <ChangeForm model={null} current={null} onChanged={onChanged} />
    </div>
  );
}
