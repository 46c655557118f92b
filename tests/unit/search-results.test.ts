import { describe, expect, test } from 'vitest';
import {
  decodeEntities,
  excerptParts,
  searchHit,
  type PagefindResultData,
  type PagefindSubResult,
} from '../../src/lib/search/results';

const text = (excerpt: string) =>
  excerptParts(excerpt)
    .map((part) => part.text)
    .join('');

describe('search excerpts', () => {
  test('keep the space between two matches and after the last one', () => {
    const parts = excerptParts('Edmondson, <mark>“Psychological</mark> <mark>Safety</mark> and Learning Behavior');
    expect(parts).toEqual([
      { text: 'Edmondson, ', marked: false },
      { text: '“Psychological', marked: true },
      { text: ' ', marked: false },
      { text: 'Safety', marked: true },
      { text: ' and Learning Behavior', marked: false },
    ]);
    expect(text('<mark>a</mark> <mark>b</mark> c')).toBe('a b c');
  });

  test('decode character references and show any tags as text', () => {
    expect(decodeEntities('R&amp;D &lt;b&gt; &quot;x&quot; &#39;y&#x27; &nbsp;')).toBe('R&D <b> "x" \'y\' \u00a0');
    expect(decodeEntities('&unknown; &#0; &#xD800;')).toBe('&unknown; &#0; &#xD800;');
    expect(text('<mark>&lt;script&gt;</mark> stays text')).toBe('<script> stays text');
  });
});

describe('search hits', () => {
  const page = (sub_results?: PagefindSubResult[]): PagefindResultData => ({
    url: '/glossary/',
    excerpt: 'page <mark>top</mark>',
    meta: { title: 'Glossary' },
    ...(sub_results === undefined ? {} : { sub_results }),
  });

  test('link to the section with the strongest matches, naming it', () => {
    const hit = searchHit(
      page([
        { title: 'Glossary', url: '/glossary/', excerpt: 'intro', weighted_locations: [{ balanced_score: 1 }] },
        {
          title: 'Psychological safety',
          url: '/glossary/#psychological-safety',
          excerpt: '<mark>Psychological</mark> <mark>safety</mark>.',
          weighted_locations: [{ balanced_score: 40 }, { balanced_score: 40 }],
        },
        { title: 'Mentor', url: '/glossary/#mentor', excerpt: 'a <mark>safety</mark> net', locations: [3] },
      ]),
    );
    expect(hit.url).toBe('/glossary/#psychological-safety');
    expect(hit.section).toBe('Psychological safety');
    expect(hit.excerpt.map((part) => part.text).join('')).toBe('Psychological safety.');
    expect(hit.otherSections).toEqual([{ title: 'Mentor', url: '/glossary/#mentor' }]);
  });

  test('ties go to the earlier section; the top of the page is not named as a section', () => {
    const hit = searchHit(
      page([
        { title: 'Glossary', url: '/glossary/', excerpt: 'x', locations: [1, 2] },
        { title: 'Later', url: '/glossary/#later', excerpt: 'y', locations: [5, 6] },
      ]),
    );
    expect(hit).toMatchObject({ url: '/glossary/', section: null, title: 'Glossary' });
  });

  test('a result without sections links to its page with the page excerpt', () => {
    expect(searchHit(page())).toEqual({
      title: 'Glossary',
      section: null,
      url: '/glossary/',
      excerpt: [
        { text: 'page ', marked: false },
        { text: 'top', marked: true },
      ],
      otherSections: [],
    });
  });
});
