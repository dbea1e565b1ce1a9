/**
 * Call `load` now and every `everyMs` while the page is visible; no calls while it is hidden
 * (another tab, a minimised window), and one as soon as it is visible again. Each answer or
 * error goes to `onResult`; calls never overlap.
 */
import { useEffect, useRef } from 'react';

export function useVisiblePoll<T>(load: () => Promise<T>, everyMs: number, onResult: (result: { value: T } | { error: unknown }) => void): void {
  const loader = useRef(load);
  const report = useRef(onResult);
  loader.current = load;
  report.current = onResult;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    let running = false;
    const tick = async (): Promise<void> => {
      timer = undefined;
      if (!live || running || document.visibilityState !== 'visible') return;
      running = true;
      try {
        const value = await loader.current();
        if (live) report.current({ value });
      } catch (error) {
        if (live) report.current({ error });
      } finally {
        running = false;
        if (live && document.visibilityState === 'visible' && timer === undefined) timer = setTimeout(() => void tick(), everyMs);
      }
    };
    const onVisibility = (): void => {
      if (document.visibilityState !== 'visible') {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      } else if (timer === undefined) void tick();
    };
    document.addEventListener('visibilitychange', onVisibility);
    void tick();
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [everyMs]);
}
