/**
 * Sound for the timers. Browsers only let a page play sound after the user has interacted with it
 * (Safari: during the interaction itself), so the audio context is created on the first click or
 * key press on the page; before that a chime is silently skipped. The code that makes the sound is
 * in common/effects.ts, loaded when first needed.
 */
let context: AudioContext | null = null;
let listening = false;

/** Creates (or wakes) the audio context; call from a user gesture. */
export function primeAudio(): void {
  if (!context && typeof AudioContext !== 'undefined') {
    try {
      context = new AudioContext();
    } catch {
      context = null;
    }
  }
  if (context?.state === 'suspended') context.resume().catch(() => undefined);
}

/** Primes audio on the page's first pointer or key press, so a chime can play after a reload. */
export function primeAudioOnFirstGesture(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  const once = () => {
    primeAudio();
    document.removeEventListener('pointerdown', once, true);
    document.removeEventListener('keydown', once, true);
  };
  document.addEventListener('pointerdown', once, true);
  document.addEventListener('keydown', once, true);
}

/** The audio context, if it may play now. */
export function playableAudio(): AudioContext | null {
  return context?.state === 'running' ? context : null;
}
