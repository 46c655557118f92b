import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { readDraft, saveDraft } from '../../stores/drafts';
import { focusSoon, type RootRef } from './focus';

interface QuickAddFormProps {
  /** Names the field: its id is `ws-add-<name>`, focus returns to it through `add:<name>`, its draft is kept under it. */
  name: string;
  label: string;
  /** Adds what was typed; true when it was added (the field then empties for the next item). */
  onAdd: (text: string) => boolean;
  /** A message under the field, e.g. after an empty entry. */
  hint?: string | undefined;
  root: RootRef;
  /** More controls of the same form, below the field. */
  children?: ComponentChildren;
}

/**
 * A quick-entry form: Enter (or Add) submits and focus stays in the field for the next item. What
 * is typed lives here, not in the tool around it, so a keystroke redraws this form only, and it is
 * kept as a draft until it is added, so closing the tab loses nothing.
 */
export function QuickAddForm({ name, label, onAdd, hint, root, children }: QuickAddFormProps) {
  const id = `ws-add-${name}`;
  const [text, setText] = useState('');
  // After mounting, not in the first render: a hydrating page must first match the server's HTML.
  useEffect(() => setText(readDraft(name)), [name]);
  const change = (value: string) => {
    setText(value);
    saveDraft(name, value);
  };
  return (
    <form
      class="ws-add"
      onSubmit={(event) => {
        event.preventDefault();
        if (onAdd(text)) change('');
        focusSoon(root.current, `add:${name}`);
      }}
    >
      <label for={id}>{label}</label>
      <span class="ws-add-row">
        <input
          id={id}
          dir="auto"
          data-focus={`add:${name}`}
          value={text}
          autocomplete="off"
          enterkeyhint="enter"
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(event) => change(event.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </span>
      {hint && (
        <span id={`${id}-hint`} class="ws-hint">
          {hint}
        </span>
      )}
      {children}
    </form>
  );
}
