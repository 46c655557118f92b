import { useEffect, useState } from 'preact/hooks';

/**
 * Re-renders four times a second while `active`, and at once when the page becomes visible again:
 * the display is re-derived from timestamps each time, so a throttled background tab cannot drift.
 */
export function useTick(active: boolean, everyMs = 250): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const bump = () => setTick((tick) => (tick + 1) % 1_000_000);
    const interval = setInterval(bump, everyMs);
    document.addEventListener('visibilitychange', bump);
    return () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', bump);
    };
  }, [active, everyMs]);
}
