/**
 * What a timer does only once it runs: the chime and the screen wake lock. Loaded on first use with
 * import(), so that an exercise page's first download stays within its byte budget.
 */
import { readItem, writeItem } from '../../../stores/storage';
import { CHIME_KEY } from '../../../lib/storage-keys';

/**
 * Two rising notes for a new part, three for the end (Web Audio, no sound file), unless another tab
 * of this browser already played this one (`key`): the console, the projector and an exercise page
 * all watch the same timer, and the room should hear one chime, not three. Without storage every
 * tab plays its own.
 */
export function chimeOnce(context: AudioContext, kind: 'part' | 'end', key: string): void {
  const read = readItem(CHIME_KEY);
  if (read.ok && read.value === key) return;
  writeItem(CHIME_KEY, key);
  const notes = kind === 'end' ? [660, 880, 1320] : [660, 990];
  const start = context.currentTime + 0.02;
  notes.forEach((frequency, index) => {
    const at = start + index * 0.22;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.65);
  });
}

/**
 * Keeps the screen awake while the page is visible (Screen Wake Lock), acquiring the lock again
 * whenever the page becomes visible: browsers release it when the page is hidden. Returns the
 * function that lets the screen sleep again.
 */
export function holdWakeLock(): () => void {
  let sentinel: WakeLockSentinel | null = null;
  let stopped = false;
  const acquire = async () => {
    if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
    try {
      const lock = await navigator.wakeLock.request('screen');
      if (stopped) await lock.release();
      else sentinel = lock;
    } catch {
      // Refused (battery saver, a policy): the timer works without it.
    }
  };
  const onVisibility = () => void acquire();
  document.addEventListener('visibilitychange', onVisibility);
  void acquire();
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', onVisibility);
    sentinel?.release().catch(() => undefined);
  };
}
