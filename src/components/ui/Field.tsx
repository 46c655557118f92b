import { useState } from 'preact/hooks';

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
