/**
 * A tool page is painted before its code runs (src/page-scripts/paint-first.ts), so someone can
 * type into a field the server rendered before the tool behind it is live. Hydration leaves that
 * text on screen but the tool does not know it, and its next render would wipe it. These functions
 * take it before the tools hydrate and hand it to them after, as if it were typed then; and press
 * again the buttons the page's loader held back meanwhile.
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

/**
 * Presses again, in order, the buttons pressed and the Enter keys typed before the code arrived (held
 * by src/page-scripts/paint-first.ts), once the tools have drawn what hydration and the replayed
 * typing changed: their effects run after the next frame (or after 100 ms in a tab that draws none).
 */
export function replayHeldUses(): void {
  const held = (self as typeof self & { __heldUses?: [Element, 'click' | 'Enter'][] }).__heldUses ?? [];
  if (held.length === 0) return;
  let done = false;
  const replay = () => {
    if (done) return;
    done = true;
    for (const [target, use] of held.splice(0)) {
      if (!target.isConnected || !(target instanceof HTMLElement)) continue;
      if (use === 'click') target.click();
      else target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    }
  };
  requestAnimationFrame(() => setTimeout(replay));
  setTimeout(replay, 100);
}
