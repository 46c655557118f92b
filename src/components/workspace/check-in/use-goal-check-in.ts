import { useEffect, useState } from 'preact/hooks';
import type { GoalCheckIn } from './GoalCheckIn';

/**
 * The goal check-in control, loaded after the worksheet has shown: it is used once, after the next
 * sprint, so it stays out of the workspace page's first download. Null until it has loaded.
 */
export function useGoalCheckIn(): typeof GoalCheckIn | null {
  const [control, setControl] = useState<typeof GoalCheckIn | null>(null);
  useEffect(() => {
    let live = true;
    import('./GoalCheckIn')
      .then((module) => {
        if (live) setControl(() => module.GoalCheckIn);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return control;
}
