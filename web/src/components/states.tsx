/** The loading, error and empty states every page and list uses. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import type { Loaded } from '../lib/use-load.js';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** An error as the server explained it: its message, its fix and its code. */
export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const api = error instanceof ApiError ? error : null;
  const message = api?.message ?? (error instanceof Error ? error.message : String(error));
  return (
    <div className={`state state-error${api?.kind === 'forbidden' ? ' state-forbidden' : ''}`} role="alert">
      <p className="error-message">{message}</p>
      {api?.fix ? <p className="error-fix">{api.fix}</p> : null}
      {api ? <p className="error-code">{api.code}</p> : null}
      {onRetry && api?.kind !== 'forbidden' ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** What an empty list means and, when there is one, what to do to fill it. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="empty-title">{title}</p>
      {children ? <p className="empty-hint">{children}</p> : null}
    </div>
  );
}

/**
 * Render a loaded value, or its loading or error state. `explain` turns an error that is an
 * honest state of the server (no gateway configured, no descriptor) into an empty state.
 */
export function Show<T>({ loaded, what, onRetry, explain, children }: { loaded: Loaded<T>; what: string; onRetry?: () => void; explain?: (error: ApiError) => ReactNode | null; children: (value: T) => ReactNode }) {
  if (loaded.state === 'loading') return <Loading what={what} />;
  if (loaded.state === 'error') {
    const explained = explain && loaded.error instanceof ApiError ? explain(loaded.error) : null;
    if (explained !== null && explained !== undefined) return <>{explained}</>;
    return <ErrorView error={loaded.error} {...(onRetry ? { onRetry } : {})} />;
  }
  return <>{children(loaded.value)}</>;
}
