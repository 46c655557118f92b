import { useEffect, useState } from 'preact/hooks';

type GoalCheck = typeof import('../../lib/goal-check/goal-check');

/**
 * The goals check that reads a goal as a mentor would (a wish rather than an action, an owner that
 * is the whole team, success nobody could see, a time that is not a sprint or a date), loaded after
 * the worksheet has shown so that it stays out of the page's first download. Null until loaded.
 */
export function useGoalCheck(): GoalCheck | null {
  const [check, setCheck] = useState<GoalCheck | null>(null);
  useEffect(() => {
    let live = true;
    import('../../lib/goal-check/goal-check')
      .then((module) => {
        if (live) setCheck(module);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return check;
}
