import { useEffect, useState } from 'preact/hooks';
import { onExternalChange, readItem, writeItem } from '../../../stores/storage';

/**
 * A choice saved in this browser under `key` (shared with the schedule page): `fallback` until one is
 * made, then the saved one, following a choice made in another tab. `read` turns a stored text into
 * a value (null: not a valid one, ignored). `onChoose` hears of every choice made in this browser,
 * here or in another tab.
 */
export function useSavedChoice<T>(
  key: string,
  read: (stored: string | null) => T | null,
  fallback: T,
  onChoose?: (value: T) => void,
): [value: T, choose: (value: T) => void] {
  const [value, setValue] = useState(fallback);
  useEffect(() => {
    const saved = readItem(key);
    const savedValue = saved.ok ? read(saved.value) : null;
    if (savedValue !== null) setValue(savedValue);
    return onExternalChange(key, (stored) => {
      const chosen = read(stored);
      if (chosen === null) return;
      setValue(chosen);
      onChoose?.(chosen);
    });
    // `read` is a module-level function of each caller; `onChoose` is stable (useCallback).
  }, [key, onChoose]);
  const choose = (chosen: T) => {
    setValue(chosen);
    writeItem(key, String(chosen));
    onChoose?.(chosen);
  };
  return [value, choose];
}
