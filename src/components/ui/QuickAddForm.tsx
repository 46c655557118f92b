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
 * A quick-entry field: Enter (or Add) adds and focus stays in the field for the next item. What
 * is typed lives here, not in the tool around it, so a keystroke redraws this field only, and it is
 * kept as a draft until it is added, so closing the tab loses nothing.
 *
 * It is not a <form>: in Chromium, each keystroke in a field of a form costs work that grows with
 * the form controls of the whole page, which doubled the time from key to screen in a workspace of
 * 2,000 backlog items (`npm run bench`). Enter is handled here instead.
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
  const add = () => {
    if (onAdd(text)) change('');
    focusSoon(root.current, `add:${name}`);
  };
  return (
    <div class="ws-add">
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
          onKeyDown={(event) => {
            // Not while an input method is composing: there Enter confirms the characters.
            if (event.key !== 'Enter' || event.isComposing) return;
            event.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add}>
          Add
        </button>
      </span>
      {hint && (
        <span id={`${id}-hint`} class="ws-hint">
          {hint}
        </span>
      )}
      {children}
    </div>
  );
}
