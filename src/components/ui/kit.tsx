import type { ComponentChildren } from 'preact';
import { domId } from '../../lib/dom-id';
import { useCallback, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Small shared pieces of the workspace tools, in one module so that the islands share one chunk:
 * a polite live region, focus after re-render, the undo notice, headings at the page's level,
 * a save-as-you-type field and inline editing.
 */

// ---------------------------------------------------------------- announcer
// Its own module: the timer islands use it too, without the rest of this kit.
export { LiveRegion, useAnnouncer } from './announcer';

// ---------------------------------------------------------------- focus
/**
 * Moves focus to the element marked `data-focus="<key>"` inside `root`, once the island has
 * re-rendered. `useStore` re-renders in a timer after a store change and Preact commits in a
 * microtask, so a timer set after the action runs after both. Re-ordered keyed lists can move the
 * focused element out of the document for an instant; this puts focus back where the user was.
 */
export function focusSoon(root: HTMLElement | null, key: string, fallbackKey?: string): void {
  setTimeout(() => {
    const find = (k: string) => root?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(k)}"]`) ?? null;
    const target = find(key) ?? (fallbackKey === undefined ? null : find(fallbackKey));
    if (target && document.activeElement !== target) target.focus();
  }, 0);
}

/** Whether a key press is the "move this item" shortcut: Alt+ArrowUp / Alt+ArrowDown. */
export function moveShortcut(event: KeyboardEvent): 'up' | 'down' | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'ArrowUp') return 'up';
  if (event.key === 'ArrowDown') return 'down';
  return null;
}

// ---------------------------------------------------------------- undo
/** Something that can be undone, with the sentence that says what happened. */
export interface UndoOffer {
  message: string;
  undo: () => void;
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
        Undo
      </button>
      <button type="button" class="ws-quiet" aria-label="Dismiss" onClick={onDone}>
        ×
      </button>
    </div>
  );
}

// ---------------------------------------------------------------- Heading
/** Heading level of a tool's title: 2 on the workspace page, 4 inside an exercise box. */
export type Level = 2 | 3 | 4 | 5 | 6;

/** A heading at a level chosen by the page, so the outline stays in order wherever a tool is placed. */
export function Heading({ level, id, children }: { level: Level; id?: string; children: ComponentChildren }) {
  const Tag = `h${level}` as 'h2';
  return (
    <Tag id={id} class="ws-heading">
      {children}
    </Tag>
  );
}

/** The level below, for a tool's own sub-headings. */
export function below(level: Level): Level {
  return Math.min(6, level + 1) as Level;
}

// ---------------------------------------------------------------- Field
interface FieldProps {
  id: string;
  /** The stored value, shown whenever the field is not being typed in. */
  value: string;
  /** Called on every keystroke with the field's text. */
  onValue: (text: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  /** Key for focusSoon. */
  focusKey?: string;
}

/**
 * A text field that saves as you type. While it has focus it shows what you typed, not the stored
 * value: the store may trim or refuse a value ("Title " is stored as "Title"), and another tab's
 * change must not move the caret or eat a space mid-word. On blur it shows the stored value again.
 */
export function Field({ id, value, onValue, multiline = false, rows = 2, placeholder, focusKey }: FieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const common = {
    id,
    value: draft ?? value,
    placeholder,
    dir: 'auto' as const,
    'data-focus': focusKey,
    onFocus: () => setDraft(value),
    onBlur: () => setDraft(null),
    onInput: (event: Event) => {
      const text = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setDraft(text);
      onValue(text);
    },
  };
  return multiline ? <textarea rows={rows} {...common} /> : <input autocomplete="off" {...common} />;
}

// ---------------------------------------------------------------- EditableText
interface EditableTextProps {
  /** Current text, rendered as text. */
  text: string;
  /** What is being edited, for labels: "strength", "weakness", "question". */
  noun: string;
  /** Saves the new text; returns false when it was refused (empty). */
  onSave: (text: string) => boolean;
  /** Key for the Edit button's data-focus, so other actions can return focus to it. */
  focusKey: string;
  /** Shown next to the text (e.g. a position number). */
  children?: ComponentChildren;
}

/**
 * Text with an Edit button that turns into a field: Enter saves, Escape cancels, and focus goes
 * back to the Edit button either way.
 */
export function EditableText({ text, noun, onSave, focusKey, children }: EditableTextProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const editButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // A layout effect, not an effect: keys typed right after Edit must land in the field, not before it.
  useLayoutEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);
  const finish = () => {
    setEditing(false);
    setTimeout(() => editButton.current?.focus(), 0);
  };
  if (!editing) {
    return (
      <span class="ws-text">
        {children}
        <span class="ws-text-value" dir="auto">
          {text}
        </span>
        <button
          type="button"
          class="ws-small"
          ref={editButton}
          data-focus={focusKey}
          aria-label={`Edit ${noun} '${text}'`}
          onClick={() => {
            setDraft(text);
            setEditing(true);
          }}
        >
          Edit
        </button>
      </span>
    );
  }
  return (
    <form
      class="ws-edit"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.trim() === '' || onSave(draft) || draft.trim() === text) finish();
      }}
    >
      <label class="visually-hidden" for={domId('edit', focusKey)}>
        Edit {noun}
      </label>
      <input
        id={domId('edit', focusKey)}
        value={draft}
        dir="auto"
        ref={field}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            finish();
          }
        }}
      />
      <button type="submit" class="ws-small">
        Save
      </button>
      <button type="button" class="ws-small ws-quiet" onClick={finish}>
        Cancel
      </button>
    </form>
  );
}

interface MoveButtonsProps {
  id: string;
  /** What the item says, for the buttons' accessible names. */
  name: string;
  first: boolean;
  last: boolean;
  /** Moves the item; `focusKey` names the button to focus again once the list has re-rendered. */
  move: (id: string, where: 'up' | 'down', focusKey: string) => void;
}

/** Move up and Move down for an item of an ordered list (the board, the backlog, the personal list). */
export function MoveButtons({ id, name, first, last, move }: MoveButtonsProps) {
  return (
    <>
      <button
        type="button"
        class="ws-small"
        data-focus={`up:${id}`}
        aria-label={`Move up: '${name}'`}
        aria-disabled={first ? 'true' : undefined}
        onClick={() => move(id, 'up', `up:${id}`)}
      >
        Move up
      </button>
      <button
        type="button"
        class="ws-small"
        data-focus={`down:${id}`}
        aria-label={`Move down: '${name}'`}
        aria-disabled={last ? 'true' : undefined}
        onClick={() => move(id, 'down', `down:${id}`)}
      >
        Move down
      </button>
    </>
  );
}

interface QuickAddFieldProps {
  /** Names the field: its id is `ws-add-<name>` and focus returns to it through `add:<name>`. */
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** A message under the field, e.g. after an empty entry. */
  hint?: string | undefined;
}

/** The field of a quick-entry form: Enter (or Add) submits, and the form puts focus back here for the next item. */
export function QuickAddField({ name, label, value, onInput, hint }: QuickAddFieldProps) {
  const id = `ws-add-${name}`;
  return (
    <>
      <label for={id}>{label}</label>
      <span class="ws-add-row">
        <input
          id={id}
          dir="auto"
          data-focus={`add:${name}`}
          value={value}
          autocomplete="off"
          enterkeyhint="enter"
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </span>
      {hint && (
        <span id={`${id}-hint`} class="ws-hint">
          {hint}
        </span>
      )}
    </>
  );
}
