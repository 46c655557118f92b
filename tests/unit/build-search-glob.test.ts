import { describe, expect, it } from 'vitest';
import { ALL_PAGES, globLiteral, searchGlob } from '../../src/lib/build/search-glob';

const page = (path: string, indexed = true) => ({ path, indexed });

describe('the pages Pagefind reads', () => {
  it('takes a folder whose every page is indexed as one pattern, and other pages by name', () => {
    const glob = searchGlob([
      page('index.html'),
      page('404.html', false),
      page('episodes/a/index.html'),
      page('episodes/b/index.html'),
      page('all-in-one/index.html', false),
      page('handouts/index.html'),
      page('handouts/print/index.html', false),
      page('glossary/index.html'),
    ]);
    expect(glob).toBe('{episodes/**/*.html,glossary/**/*.html,handouts/index.html,index.html}');
  });

  it("reads every page when none is marked, as Pagefind's default does", () => {
    expect(searchGlob([page('index.html', false), page('a/index.html', false)])).toBe(ALL_PAGES);
    expect(searchGlob([])).toBe(ALL_PAGES);
  });

  it('gives a single pattern without braces', () => {
    expect(searchGlob([page('docs/a/index.html'), page('other/index.html', false)])).toBe('docs/**/*.html');
  });

  it("escapes the glob's special characters in names", () => {
    expect(globLiteral('a{b},c[d]*?.html')).toBe('a\\{b\\}\\,c\\[d\\]\\*\\?.html');
    expect(searchGlob([page('q&a, {1}.html'), page('x.html', false)])).toBe('q&a\\, \\{1\\}.html');
  });
});
