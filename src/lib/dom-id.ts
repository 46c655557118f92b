/**
 * An HTML id built from parts that may hold anything an imported file allows in an item id (spaces,
 * emoji, quotes): each part keeps letters and digits and encodes every other character as
 * `_<hex>_`, and parts are joined with "-", so different parts never give the same id.
 */
export function domId(...parts: string[]): string {
  return parts
    .map((part) => part.replace(/[^A-Za-z0-9]/gu, (char) => `_${(char.codePointAt(0) ?? 0).toString(16)}_`))
    .join('-');
}
