/** A new random id for an item. Available in browsers (secure contexts) and Node 19+. */
export function newId(): string {
  return crypto.randomUUID();
}
