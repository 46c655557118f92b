// Plain-text tables for the benchmark's results (the same figures go to JSON).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KIB = 1024;
export const kib = (bytes) => (bytes == null ? '–' : (bytes / KIB).toFixed(1));
export const mib = (bytes) => (bytes == null ? '–' : (bytes / KIB / KIB).toFixed(0));
const ms = (value) => (value == null ? '–' : `${Math.round(value)}`);

/** Renders rows (arrays of cells) under a header; numbers-looking cells align right. */
export function table(header, rows) {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, column) => Math.max(...all.map((row) => [...(row[column] ?? '')].length)));
  const numeric = (text) => /^[-+]?[\d.,]+( ?[%a-zA-Z/]+)?$|^–$/.test(text);
  const line = (row) =>
    row
      .map((cell, column) => {
        const pad = widths[column] - [...cell].length;
        return numeric(cell) && column > 0 ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd();
  const [head, ...body] = all;
  return [line(head), widths.map((width) => '─'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** The first-visit table: one row per page kind. */
export function firstVisitTable(kinds) {
  const header = [
    'Page kind',
    'Page',
    'Req',
    'HTML',
    'CSS',
    'JS',
    'Fonts',
    'Images',
    'Total gz',
    'Total br',
    'Total raw',
    'Later gz',
    'Budget',
  ];
  const rows = kinds.map((kind) => {
    if (!kind.weight)
      return [
        kind.label,
        kind.page ?? '(not built)',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        '–',
        kind.budgetVerdict ?? '–',
      ];
    const t = kind.weight.totals;
    return [
      kind.label,
      kind.page || '(home)',
      kind.weight.requests,
      kib(t.html.gzip),
      kib(t.css.gzip),
      kib(t.js.gzip),
      kib(t.font.gzip),
      kib(t.image.gzip),
      kib(t.all.gzip),
      kib(t.all.brotli),
      kib(t.all.raw),
      kib(kind.weight.lazyTotals.all.gzip),
      kind.budgetVerdict ?? '–',
    ];
  });
  return table(header, rows);
}

export function browserTable(kinds, browser) {
  const header = [
    'Page kind',
    'Req static',
    'Req Chromium',
    'KiB gz static',
    'KiB on the wire',
    'Third-party',
    'Errors',
  ];
  const rows = kinds
    .filter((kind) => kind.weight && browser.pages[kind.page])
    .map((kind) => {
      const seen = browser.pages[kind.page];
      // Chromium: before scrolling / after scrolling to the end (client:visible islands load then).
      const both = (first, all) => (first === all ? `${all}` : `${first} / ${all}`);
      return [
        kind.label,
        kind.weight.requests,
        both(seen.firstView.requests, seen.requests),
        kib(kind.weight.totals.all.gzip),
        both(kib(seen.firstView.bytes), kib(seen.bytes)),
        seen.thirdParty.length,
        seen.errors.length,
      ];
    });
  return table(header, rows);
}

export function scalingTable(scaling) {
  const header = [
    'Synthetic N',
    'Episodes',
    'Build s',
    's / 100 ep.',
    'Peak RSS MiB (process)',
    'Peak RSS MiB (tree)',
    'Pagefind s (inside)',
    'dist MiB',
    'Index MiB',
  ];
  const rows = scaling.map((run) => [
    run.n,
    run.episodePages,
    run.build.seconds.toFixed(1),
    ((run.build.seconds / run.episodePages) * 100).toFixed(1),
    mib(run.build.peakProcessBytes),
    mib(run.build.peakTreeBytes),
    run.finish?.pagefindSeconds.toFixed(1) ?? '–',
    (run.output.bytes / KIB / KIB).toFixed(1),
    run.searchIndex ? (run.searchIndex.bytes / KIB / KIB).toFixed(1) : '–',
  ]);
  return table(header, rows);
}

/** The kit's full build (Pagefind and the service worker inside) beside Starlight's (Pagefind inside), same N, same run. */
export function starlightTable(scaling, starlight) {
  const header = [
    'Lessons N',
    'Kit build s (Pagefind s inside)',
    'Kit peak MiB',
    'Starlight build s',
    'Starlight peak MiB',
    'Kit / Starlight',
  ];
  const rows = starlight.map((run) => {
    const kit = scaling.find((entry) => entry.n === run.n);
    const kitSeconds = kit?.build.seconds ?? null;
    return [
      run.n,
      kit ? `${kitSeconds.toFixed(1)} (${kit.finish?.pagefindSeconds.toFixed(1) ?? '?'})` : '–',
      kit ? mib(kit.build.peakProcessBytes) : '–',
      run.build.seconds.toFixed(1),
      mib(run.build.peakProcessBytes),
      kit ? (kitSeconds / run.build.seconds).toFixed(2) : '–',
    ];
  });
  return table(header, rows);
}

export function lighthouseTable(kinds, lighthouse) {
  const header = ['Page kind', 'Perf', 'A11y', 'Best pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'KiB', 'Req'];
  const references = [
    { id: 'handwritten', label: 'Hand-written page' },
    { id: 'starlight', label: 'Starlight lesson, same prose' },
  ];
  const rows = [...references, ...kinds]
    .filter((kind) => lighthouse[kind.id])
    .map((kind) => {
      const m = lighthouse[kind.id].median;
      return [
        kind.label,
        m.scores.performance ?? '–',
        m.scores.accessibility ?? '–',
        m.scores['best-practices'] ?? '–',
        m.scores.seo ?? '–',
        ms(m.fcpMs),
        ms(m.lcpMs),
        ms(m.tbtMs),
        m.cls == null ? '–' : m.cls.toFixed(3),
        kib(m.bytes),
        m.requests ?? '–',
      ];
    });
  return table(header, rows);
}

/** The newest results file in bench/results other than `out` (for "against the previous figures"). */
export function previousResults(root, out) {
  const dir = join(root, 'bench', 'results');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && join(dir, name) !== out)
    .sort();
  const last = files.at(-1);
  return last ? JSON.parse(readFileSync(join(dir, last), 'utf8')) : null;
}

/** Each page kind's median LCP as a ratio of the hand-written page's, and the previous run's LCP. */
export function lcpRatioTable(kinds, lighthouse, previous) {
  const limit = lighthouse.handwritten.median.lcpMs;
  const starlight = lighthouse.starlight?.median?.lcpMs ?? null;
  const ratio = (lcp, to) => (lcp && to ? (lcp / to).toFixed(2) : '–');
  const header = ['Page', 'LCP ms', 'LCP / hand-written', 'LCP / Starlight lesson', 'Previous LCP ms'];
  const rows = [['Hand-written page', ms(limit), '1.00', ratio(limit, starlight), '–']];
  if (starlight) rows.push(['Starlight lesson, same prose', ms(starlight), ratio(starlight, limit), '1.00', '–']);
  for (const kind of kinds.filter((entry) => lighthouse[entry.id])) {
    const lcp = lighthouse[kind.id].median.lcpMs;
    const before = previous?.[kind.id]?.median?.lcpMs;
    rows.push([kind.label, ms(lcp), ratio(lcp, limit), ratio(lcp, starlight), before ? ms(before) : '–']);
  }
  return table(header, rows);
}
