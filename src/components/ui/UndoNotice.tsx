import { useCallback, useId, useRef, useState } from 'preact/hooks';

/** Something that can be undone, with the sentence that says what happened. */
export interface UndoOffer {
  message: string;
  undo: () => void;
  /** The button's text when "Undo" alone would not say what it takes back ("Undo new round"). */
  button?: string;
}

/** The latest undoable change of an island; a new offer replaces the previous one. */
export function useUndo() {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const clear = useCallback(() => setOffer(null), []);
  return { offer, setOffer, clear };
}

interface UndoNoticeProps {
  offer: UndoOffer | null;
  onDone: () => void;
}

/**
 * "Deleted 'X'. [Undo] [Dismiss]". It stays until dismissed or replaced (no timeout: WCAG 2.2.1),
 * and focus moves to Undo when it appears so keyboard users can take the deletion back at once.
 */
export function UndoNotice({ offer, onDone }: UndoNoticeProps) {
  const id = useId();
  const focused = useRef<UndoOffer | null>(null);
  const undoButton = useCallback(
    (element: HTMLButtonElement | null) => {
      if (element && offer && focused.current !== offer) {
        focused.current = offer;
        element.focus();
      }
    },
    [offer],
  );
  if (!offer) return null;
  return (
    <div class="ws-undo">
      <p id={`${id}-msg`}>{offer.message}</p>
      <button
        type="button"
        ref={undoButton}
        aria-describedby={`${id}-msg`}
        data-focus="undo"
        onClick={() => {
          onDone();
          offer.undo();
        }}
      >
        {offer.button ?? 'Undo'}
      </button>
      <button type="button" class="ws-quiet" aria-label="Dismiss" onClick={onDone}>
        ×
      </button>
    </div>
  );
}
