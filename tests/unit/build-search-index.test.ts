// Pagefind reads a search copy of each indexed page (src/lib/build/search-index.ts) instead of the
// page itself. Real Pagefind writes the same index from either: compared here file by file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite, searchCopy } from '../../src/lib/build/search-index';

const sidebar = (count: number) =>
  `<nav class="sidebar" data-pagefind-ignore><ol>${Array.from({ length: count }, (_, index) => `<li><a href="/episodes/e${index}/">Episode ${index} on mentoring</a></li>`).join('')}</ol></nav>`;

/** A page laid out as the kit's: head, header, sidebar, the indexed <main>, a footer. */
function page(title: string, body: string, { indexed = true } = {}): string {
  return (
    `<!DOCTYPE html><html lang="en-GB" data-view="learner"><head><meta charset="utf-8"><title>${title} · Kit</title>` +
    `<meta name="description" content="About ${title}"><style>main{color:red}</style></head><body>` +
    `<header><a href="/">Kit</a><nav><a href="/glossary/">Glossary</a></nav></header>${sidebar(40)}` +
    `<main id="main" class="lesson-main"${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1>${body}` +
    `<script>const loader = "</main> in a string";</script></main><footer>Licence text, not indexed</footer></body></html>`
  );
}

const PAGES: Record<string, string> = {
  'index.html': page('Home', '<p>Welcome to the <a href="/glossary/#mentor">mentor</a> workshop.</p>'),
  'episodes/one/index.html': page(
    'Mentorship in a Scrum team',
    '<h2 id="roles">Roles</h2><p>The Scrum Master &amp; the Product Owner meet the mentor.</p><details><summary>Solution</summary><p>Retrospective notes.</p></details>',
  ),
  'episodes/two/index.html': page(
    'Goals',
    '<h2 id="specific">Specific goals</h2><p>Write goals that are specific.</p>',
  ),
  'workspace/index.html': page('Team workspace', '<p>Tools, not indexed.</p>', { indexed: false }),
};

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-search-test-'));
  dirs.push(dir);
  return dir;
}
function write(root: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}
/** Every file Pagefind wrote, with its content (index and fragment names are hashes of their content). */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), readFileSync(path).toString('base64')];
      }),
  );
}

describe('search copies', () => {
  it('keep the language, the title and the indexed <main>, and nothing else', () => {
    const copy = searchCopy(PAGES['episodes/one/index.html'] ?? '') ?? '';
    expect(copy).toContain('<html lang="en-GB" data-view="learner">');
    expect(copy).toContain('<title>Mentorship in a Scrum team · Kit</title>');
    expect(copy).toContain('The Scrum Master &amp; the Product Owner');
    expect(copy).toMatch(/<\/main><\/body><\/html>$/);
    expect(copy).not.toContain('sidebar');
    expect(copy).not.toContain('Licence text');
    expect(copy).not.toContain('<style>');
  });

  it('are not made for a page without data-pagefind-body', () => {
    expect(searchCopy(PAGES['workspace/index.html'] ?? '')).toBeNull();
  });

  it('refuse a page that marks another element than <main>', () => {
    expect(() => searchCopy('<html><body><div data-pagefind-body><p>x</p></div></body></html>')).toThrow(/<div>/);
  });

  it('give Pagefind the same index, file for file, as the whole pages', async () => {
    const site = folder();
    write(site, PAGES);
    const whole = folder();
    await indexSite(site, whole);
    const copies = folder();
    write(
      copies,
      Object.fromEntries(
        Object.entries(PAGES).flatMap(([file, html]) => {
          const copy = searchCopy(html);
          return copy === null ? [] : [[file, copy]];
        }),
      ),
    );
    const fromCopies = folder();
    const report = await indexSite(copies, fromCopies);
    expect(report).toMatch(/Indexed 3 pages/);
    expect(Object.keys(contents(fromCopies)).filter((file) => file.includes('fragment'))).toHaveLength(3);
    expect(contents(fromCopies)).toEqual(contents(whole));
  }, 60_000);

  it('report a failure of Pagefind with its output', async () => {
    await expect(indexSite(join(folder(), 'missing'), folder())).rejects.toThrow(/Pagefind failed/);
  }, 60_000);
});
