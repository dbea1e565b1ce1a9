/**
 * A button for an act that needs a role: enabled when the logged-in role may do it, otherwise
 * disabled with the reason beside it (and as its description for screen readers). `quiet` keeps the
 * reason off screen, for a row of buttons whose first one already shows it.
 */
import { useId, type ReactNode } from 'react';
import { permission, type Act } from '../lib/roles.js';
import { useSession } from '../session.js';

export function ActButton({ act, onClick, children, danger, busy, value, quiet, type = 'button' }: { act: Act; quiet?: boolean; onClick?: () => void; children: ReactNode; danger?: boolean; busy?: boolean; value?: string; type?: 'button' | 'submit' }) {
  const { role } = useSession();
  const allowed = permission(role, act);
  const reasonId = useId();
  return (
    <span className="act">
      <button
        type={type}
        className={danger ? 'danger' : undefined}
        disabled={!allowed.allowed || busy === true}
        aria-describedby={allowed.allowed ? undefined : reasonId}
        title={allowed.allowed ? undefined : allowed.reason}
        onClick={allowed.allowed ? onClick : undefined}
        data-act={act}
        value={value}
      >
        {children}
      </button>
      {allowed.allowed ? null : (
        <span className={quiet ? 'sr-only' : 'act-reason'} id={reasonId}>
          {allowed.reason}
        </span>
      )}
    </span>
  );
}
