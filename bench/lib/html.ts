// A small HTML tag reader for the built site: enough to find the scripts, stylesheets, islands,
// meta tags and event-handler attributes of Astro's output, with no parser dependency. It reads
// tags and their attributes, skips comments, and keeps the raw text of <script> and <style>.

export interface Tag {
  /** Lower-case element name, e.g. "script". */
  name: string;
  /** Attributes with lower-case names and entity-decoded values; a bare attribute has "". */
  attrs: Record<string, string>;
  /** Raw text between the start and end tag, for <script>, <style>, <title> and <textarea>. */
  text?: string;
  /** Offset of the tag's "<" in the document. */
  start: number;
}

const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Decodes the character references Astro writes into attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return whole;
  });
}

/** Every start tag in document order, with its attributes. */
export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!/[a-z]/i.test(next)) {
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt);
    tags.push(tag.tag);
    i = tag.end;
    if (RAW_TEXT.has(tag.tag.name) && !tag.selfClosing) {
      const close = html.toLowerCase().indexOf(`</${tag.tag.name}`, i);
      const textEnd = close === -1 ? html.length : close;
      tag.tag.text = html.slice(i, textEnd);
      i = textEnd;
    }
  }
  return tags;
}

function readTag(html: string, lt: number): { tag: Tag; end: number; selfClosing: boolean } {
  let i = lt + 1;
  const nameMatch = /^[a-z][a-z0-9-]*/i.exec(html.slice(i, i + 64));
  const name = (nameMatch?.[0] ?? '').toLowerCase();
  i += name.length;
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  while (i < html.length) {
    while (/\s/.test(html[i] ?? '')) i++;
    const c = html[i];
    if (c === undefined) break;
    if (c === '>') {
      i++;
      break;
    }
    if (c === '/') {
      selfClosing = html[i + 1] === '>';
      i++;
      continue;
    }
    let attrName = '';
    while (i < html.length && !/[\s=>/]/.test(html[i] ?? '')) attrName += html[i++];
    while (/\s/.test(html[i] ?? '')) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (/\s/.test(html[i] ?? '')) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        value = html.slice(i + 1, end === -1 ? html.length : end);
        i = end === -1 ? html.length : end + 1;
      } else {
        while (i < html.length && !/[\s>]/.test(html[i] ?? '')) value += html[i++];
      }
    }
    if (attrName) attrs[attrName.toLowerCase()] = decodeEntities(value);
  }
  return { tag: { name, attrs, start: lt }, end: i, selfClosing };
}

/** The whitespace-separated tokens of a rel attribute, lower-cased. */
export function relTokens(tag: Tag): string[] {
  return (tag.attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}
