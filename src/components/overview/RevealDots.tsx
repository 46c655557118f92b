import { useRef } from 'preact/hooks';

interface Props {
  team: string;
  dots: number;
  revealed: boolean;
  /** Whether the room is connected: a reveal made offline would wait unseen in this page alone. */
  online: boolean;
  onReveal: () => void;
}

/**
 * A live team's dots on the facilitator's overview: how many the team has placed and whether its
 * members see them all yet, with the same reveal the team has in its room.
 */
export function RevealDots({ team, dots, revealed, online, onReveal }: Props) {
  const line = useRef<HTMLParagraphElement>(null);
  if (dots === 0) return null;
  const count = `${dots} ${dots === 1 ? 'dot' : 'dots'}`;
  return (
    <p class="ov-reveal" tabIndex={-1} ref={line} data-dots-revealed={revealed ? 'yes' : 'no'}>
      {revealed ? `${count}, revealed to the team.` : `${count}, hidden from the team until revealed.`}{' '}
      {revealed ? null : (
        <button
          type="button"
          aria-label={`Reveal dots of ${team}`}
          disabled={!online}
          onClick={() => {
            onReveal();
            // The button goes once the dots are revealed: keep the focus on the line that says so.
            line.current?.focus();
          }}
        >
          Reveal dots
        </button>
      )}
    </p>
  );
}
