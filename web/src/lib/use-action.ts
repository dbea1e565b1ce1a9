import { useCallback, useState } from 'react';

/**
 * The state of a button or form that calls the API: `busy` while `run`'s action is in flight,
 * the action's error (shown by the caller; cleared when it runs again), and `setError` for a
 * mistake found before calling.
 */
export function useAction(): { busy: boolean; error: unknown; setError: (error: unknown) => void; run: (action: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
