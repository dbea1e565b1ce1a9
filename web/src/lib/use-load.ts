/**
 * Load data for a page: loading, error and value states. A new `key` (another system, other
 * filters) shows the loading state; `reload()` after an action keeps the current value on screen
 * until the new one arrives.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: unknown }
  | { readonly state: 'ready'; readonly value: T };

export function useLoad<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  const lastKey = useRef<string | null>(null);
  useEffect(() => {
    let live = true;
    if (lastKey.current !== key) setResult({ state: 'loading' });
    lastKey.current = key;
    loader.current().then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [result, reload];
}
