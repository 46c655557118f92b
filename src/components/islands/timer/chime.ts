/**
 * A short chime made with Web Audio (no sound file to download). Browsers only let a page play
 * sound after the user has interacted with it, so the audio context is created on the first click
 * or key press anywhere on the page; before that a chime is silently skipped.
 */
import { readItem, writeItem } from '../../../stores/storage';

const CHIME_KEY = 'mentoring-kit:v1:timer-chime';
let context: AudioContext | null = null;
let listening = false;

function create(): void {
  if (context || typeof AudioContext === 'undefined') return;
  try {
    context = new AudioContext();
  } catch {
    context = null;
  }
}

/** Creates (or wakes) the audio context; call from a user gesture. */
export function primeAudio(): void {
  create();
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

/** Two rising notes for a new part; three for the end. */
export function chime(kind: 'part' | 'end'): void {
  if (!context || context.state !== 'running') return;
  const notes = kind === 'end' ? [660, 880, 1320] : [660, 990];
  const start = context.currentTime + 0.02;
  notes.forEach((frequency, index) => {
    if (!context) return;
    const at = start + index * 0.22;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
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
 * Plays a chime unless another tab of this browser already played this one (`key`): the console,
 * the projector and an exercise page all watch the same timer, and the room should hear one chime,
 * not three. Only a tab that can play sound claims it. Without storage every tab plays its own.
 */
export function chimeOnce(kind: 'part' | 'end', key: string): void {
  if (!context || context.state !== 'running') return;
  const read = readItem(CHIME_KEY);
  if (read.ok && read.value === key) return;
  writeItem(CHIME_KEY, key);
  chime(kind);
}
