/**
 * A page can carry several inline <style> elements: the site's stylesheet in <head>, Astro's island
 * rule and the exercise timer's stylesheet in <body>. Each costs its tags and a hash in the page's
 * policy (about 35 bytes gzip that do not compress). Joined in document order into the first one
 * in <head>, they cascade exactly as before, and style the page before its first paint.
 */

const STYLE = /<style>([\s\S]*?)<\/style>/g;

/** The page with every plain inline <style> (no attributes) joined into the first, which must be in <head>. */
export function mergeStyles(html: string): string {
  const styles = [...html.matchAll(STYLE)];
  const [first] = styles;
  if (!first || styles.length < 2) return html;
  const head = html.indexOf('</head>');
  if (first.index > head) return html;
  const css = styles.map((match) => match[1] ?? '').join('\n');
  let seen = 0;
  return html.replace(STYLE, () => (seen++ === 0 ? `<style>${css}</style>` : ''));
}
