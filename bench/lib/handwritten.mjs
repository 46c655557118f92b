// The physical limit for a reading page: the same prose as a kit page, hand-written as one small
// HTML file with its few lines of CSS inline, no script and no other request. Lighthouse measures it
// in the same run as the kit's pages, and the benchmark reports each page's LCP as a ratio of its.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLE =
  'body{margin:0 auto;max-width:42rem;padding:1rem;font:1.0625rem/1.6 system-ui,sans-serif;color:#1d2430;background:#fdfcfa}' +
  'h1,h2,h3{line-height:1.25}a{color:#0b5f8a}details{margin:1rem 0}';

/** The prose of a built page's <main>: headings, paragraphs, lists and links, without markup.
 * Kept tags are marked with two invisible characters while every other tag is dropped. */
export function prose(html) {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<(script|style|astro-island|form|button|svg|nav)\b[\s\S]*?<\/\1>/g, '')
    .replace(
      /<(\/?)(h[1-6]|p|ul|ol|li|a|strong|em|blockquote|details|summary)\b([^>]*)>/g,
      (_all, close, name, attrs) => {
        const href = close ? '' : (/\shref="([^"]*)"/.exec(attrs)?.[1] ?? '');
        return `\u2060${close}${name}${href ? ` href="${href}"` : ''}\u2061`;
      },
    )
    .replace(/<[^>]*>/g, '')
    .replaceAll('\u2060', '<')
    .replaceAll('\u2061', '>')
    .replace(/\n\s*\n+/g, '\n');
}

/** Writes the hand-written twin of a built page to `<dist>/<dir>/index.html`; returns its site path. */
export function writeHandWritten(dist, html, dir = 'bench-handwritten') {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Page';
  const page = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The same prose, hand-written: the benchmark's reference page.">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
${prose(html)}
</main>
</body>
</html>
`;
  mkdirSync(join(dist, dir), { recursive: true });
  writeFileSync(join(dist, dir, 'index.html'), page);
  return `${dir}/`;
}
