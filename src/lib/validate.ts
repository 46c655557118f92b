import { z } from './schema/zod';

// zod/mini carries no messages ("Invalid input" for everything) until a locale is configured. The
// messages are what an import, an export or a pasted backlog shows people, so load English here,
// next to the one place that turns issues into text. (Classic zod sets the same default itself.)
z.config(z.locales.en());

/** At most this many messages are listed; the rest are counted in a final line. */
const MAX_MESSAGES = 20;

export type Validated<T> = { ok: true; value: T } | { ok: false; error: { messages: string[] } };

/** Formats a zod path as the user reads it: ["goals", 2, "owner"] → "goals[2].owner". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * The one way to read untrusted input: runs `schema` on `input` and returns the value or messages
 * prefixed with the field path ("goals[2].owner: required"). Never throws.
 */
export function validate<S extends z.core.$ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  let result: ReturnType<typeof z.safeParse<S>>;
  try {
    result = z.safeParse(schema, input, {
      error: (issue) => (issue.input === undefined && issue.code === 'invalid_type' ? 'required' : undefined),
    });
  } catch (cause) {
    // A schema should not throw, but a getter or a pathological value must not escape either.
    return { ok: false, error: { messages: [`input could not be read: ${String(cause)}`] } };
  }
  if (result.success) return { ok: true, value: result.data };
  const all = result.error.issues.map((issue) => {
    const where = formatPath(issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  const messages = all.slice(0, MAX_MESSAGES);
  if (all.length > MAX_MESSAGES) messages.push(`… and ${all.length - MAX_MESSAGES} more`);
  return { ok: false, error: { messages } };
}
