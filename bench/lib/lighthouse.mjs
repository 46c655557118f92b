// Lighthouse (the npm package, its default mobile configuration: emulated Moto G Power, simulated
// slow 4G and 4x CPU slowdown) against the bench server, several runs per page, medians reported.
// Chromium is launched once with chrome-launcher; Lighthouse resets storage and cache per run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './browser.mjs';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The figures the benchmark keeps from one Lighthouse result. */
function summarise(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [
        id,
        lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100),
      ]),
    ),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    requests: lhr.audits['network-requests']?.details?.items?.length ?? null,
    // Scored audits that did not pass, so a score below 100 says why.
    failing: CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => {
          const score = lhr.audits[ref.id]?.score;
          // A metric scoring 0.9 or more is "good" in Lighthouse's own terms; other audits must pass.
          return ref.weight > 0 && score != null && score < (ref.group === 'metrics' ? 0.9 : 1);
        })
        .map((ref) => {
          const found = lhr.audits[ref.id];
          const items = (found.details?.items ?? [])
            .map((item) => item.issueType ?? item.node?.snippet ?? item.url ?? item.source?.url)
            .filter(Boolean);
          return { category, id: ref.id, title: found.title, items: items.slice(0, 5) };
        }),
    ),
    warnings: lhr.runWarnings ?? [],
    error: lhr.runtimeError?.message ?? null,
  };
}

/**
 * Runs Lighthouse `runs` times on each URL. `targets` is [{ id, url }]; `onRun` reports progress.
 * Returns { [id]: { runs: [...], median: {...} } }.
 */
export async function runLighthouse(targets, { runs = 3, onRun = () => {} } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const results = {};
  try {
    for (const { id, url } of targets) {
      const all = [];
      for (let run = 1; run <= runs; run++) {
        onRun(id, run);
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        all.push(summarise(result.lhr));
      }
      const pick = (get) => median(all.map(get));
      results[id] = {
        url,
        runs: all,
        median: {
          scores: Object.fromEntries(CATEGORIES.map((category) => [category, pick((run) => run.scores[category])])),
          fcpMs: pick((run) => run.fcpMs),
          lcpMs: pick((run) => run.lcpMs),
          tbtMs: pick((run) => run.tbtMs),
          cls: pick((run) => run.cls),
          bytes: pick((run) => run.bytes),
          requests: pick((run) => run.requests),
        },
      };
    }
  } finally {
    chrome.kill();
  }
  return results;
}
