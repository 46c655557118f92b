import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { domId } from '../../lib/dom-id';

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
  const save = () => {
    if (draft.trim() === '' || onSave(draft) || draft.trim() === text) finish();
  };
  // Not a <form>, like the Add fields (QuickAddForm): a field in a form makes every keystroke cost
  // work that grows with the page's form controls. Enter saves and Escape cancels here instead.
  return (
    <div class="ws-edit">
      <label class="visually-hidden" for={domId('edit', focusKey)}>
        Edit {noun}
      </label>
      <input
        id={domId('edit', focusKey)}
        value={draft}
        dir="auto"
        ref={field}
        enterkeyhint="done"
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            finish();
          } else if (event.key === 'Enter' && !event.isComposing) {
            event.preventDefault();
            save();
          }
        }}
      />
      <button type="button" class="ws-small" onClick={save}>
        Save
      </button>
      <button type="button" class="ws-small ws-quiet" onClick={finish}>
        Cancel
      </button>
    </div>
  );
}
