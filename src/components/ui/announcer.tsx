import { useCallback, useState } from 'preact/hooks';

/**
 * A polite live region per island. The region is rendered from the start (empty), so screen
 * readers are already watching it when the first message arrives; saying the same text twice
 * alternates a trailing no-break space so the second one is announced too.
 */
export function useAnnouncer(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);
  return [message, announce];
}

/** The live region itself: visually hidden, read by screen readers. */
export function LiveRegion({ message }: { message: string }) {
  return (
    <p class="visually-hidden" role="status" aria-live="polite" data-live>
      {message}
    </p>
  );
}
