import { useEffect, useState } from 'preact/hooks';

/** Whether the Fullscreen API is available and on, and a toggle for it. */
export function useFullscreen(): { available: boolean; on: boolean; toggle: () => void } {
  const [available, setAvailable] = useState(false);
  const [on, setOn] = useState(false);
  useEffect(() => {
    setAvailable(document.fullscreenEnabled);
    const update = () => setOn(document.fullscreenElement !== null);
    update();
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = () => {
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    request.catch(() => undefined);
  };
  return { available, on, toggle };
}
