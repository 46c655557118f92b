/**
 * A tool page is painted before its code runs (src/page-scripts/paint-first.ts), so someone can
 * type into a field the server rendered before the tool behind it is live. Hydration leaves that
 * text on screen but the tool does not know it, and its next render would wipe it. These two
 * functions take it before the tools hydrate and hand it to them after, as if it were typed then.
 */

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** A field and the text typed into it before the page's code arrived. */
export type TypedEarly = readonly [field: TextField, text: string];

/** What was typed into the fields under `root` (not files, boxes or buttons), before hydrating them. */
export function typedEarly(root: ParentNode): TypedEarly[] {
  return [...root.querySelectorAll<TextField>('input, textarea')]
    .filter((field) => !['file', 'checkbox', 'radio', 'button', 'submit'].includes(field.type))
    .filter((field) => field.value !== field.defaultValue)
    .map((field) => [field, field.value] as const);
}

/** Hands each text to its field's tool once hydrated: the events a browser sends when someone types and leaves. */
export function replayTypedEarly(typed: readonly TypedEarly[]): void {
  for (const [field, text] of typed) {
    if (!field.isConnected) continue;
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
