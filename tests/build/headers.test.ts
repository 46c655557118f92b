// What every built page tells the browser: a strict Content Security Policy with hashes,
// no inline event handlers, and the defaults a static host cannot add as headers: referrer policy,
// colour schemes, a web manifest and icons. BUDGET_DIST / BUDGET_BASE point it at another build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTags, relTokens, type Tag } from '../../bench/lib/html.ts';
import { BuiltSite, listPages } from '../../bench/lib/page-weight.ts';

/** Fails listing every problem, one per line, so the message names the page and what is wrong. */
function expectNone(problems: readonly string[], context = 'problems') {
  expect(problems, `${context}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
}

const dist = process.env.BUDGET_DIST ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no built site: run "npm run build" first`);
const site = new BuiltSite(dist, process.env.BUDGET_BASE ?? '/');
const pages = listPages(site).map((page) => {
  const file = site.fileFor(page) as string;
  const html = site.text(file);
  return { page: page || '(home)', path: page, html, tags: parseTags(html) };
});

type Policy = Map<string, string[]>;

/** Parses a policy into directive → source list (lower-case directive names, sources as written). */
function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [directive, ...sources] = part.trim().split(/\s+/);
    if (directive && !policy.has(directive.toLowerCase())) policy.set(directive.toLowerCase(), sources);
  }
  return policy;
}

function cspMetas(tags: Tag[]): Tag[] {
  return tags.filter(
    (tag) => tag.name === 'meta' && tag.attrs['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('Content Security Policy', () => {
  it('is on every page, once, as a <meta http-equiv>', () => {
    const problems = pages
      .filter(({ tags }) => cspMetas(tags).length !== 1)
      .map(({ page, tags }) => `${page}: ${cspMetas(tags).length} policies`);
    expectNone(problems);
  });

  it('allows scripts by hash only: no unsafe-inline, no unsafe-eval, no other host', () => {
    const problems = pages.flatMap(({ page, tags }) => {
      const meta = cspMetas(tags)[0];
      if (!meta) return [];
      const policy = parsePolicy(meta.attrs.content ?? '');
      const found: string[] = [];
      const script = policy.get('script-src');
      if (!script) found.push('no script-src');
      for (const directive of ['script-src', 'script-src-elem', 'script-src-attr']) {
        const sources = policy.get(directive) ?? [];
        if (sources.includes("'unsafe-inline'")) found.push(`${directive} has 'unsafe-inline'`);
        const hosts = sources.filter((source) => !source.startsWith("'") || source === "'*'");
        if (hosts.length > 0) found.push(`${directive} allows ${hosts.join(' ')}`);
      }
      for (const [directive, sources] of policy) {
        if (sources.includes("'unsafe-eval'")) found.push(`${directive} has 'unsafe-eval'`);
      }
      if (!(script ?? []).some((source) => /^'sha(256|384|512)-/.test(source))) found.push('script-src lists no hash');
      if (policy.get('default-src')?.join(' ') !== "'self'") found.push("default-src is not 'self'");
      if (policy.get('object-src')?.join(' ') !== "'none'") found.push("object-src is not 'none'");
      if (!policy.has('base-uri')) found.push('no base-uri');
      return found.map((problem) => `${page}: ${problem}`);
    });
    expectNone(problems);
  });

  it("lets WebAssembly compile on the search page only, where Pagefind runs ('wasm-unsafe-eval')", () => {
    const allowing = pages
      .filter(({ tags }) =>
        parsePolicy(cspMetas(tags)[0]?.attrs.content ?? '')
          .get('script-src')
          ?.includes("'wasm-unsafe-eval'"),
      )
      .map(({ path }) => path);
    expect(allowing).toEqual(['search/']);
  });

  it('lists the hash of every inline script and style on the page', () => {
    const problems = pages.flatMap(({ page, tags }) => {
      const meta = cspMetas(tags)[0];
      if (!meta) return [];
      const policy = parsePolicy(meta.attrs.content ?? '');
      const scriptSources = policy.get('script-src-elem') ?? policy.get('script-src') ?? [];
      const styleSources = policy.get('style-src-elem') ?? policy.get('style-src') ?? [];
      const found: string[] = [];
      for (const tag of tags) {
        if (
          tag.name === 'script' &&
          tag.attrs.src === undefined &&
          tag.text !== undefined &&
          tag.attrs.type !== 'application/json'
        ) {
          if (!scriptSources.includes(sha256(tag.text)))
            found.push(`inline script without its hash: ${tag.text.slice(0, 50)}…`);
        }
        if (tag.name === 'style' && tag.text !== undefined && !styleSources.includes(sha256(tag.text))) {
          found.push(`inline style without its hash: ${tag.text.slice(0, 50)}…`);
        }
      }
      return found.map((problem) => `${page}: ${problem}`);
    });
    expectNone(problems);
  });

  it('comes before every script and stylesheet, so that the browser applies it to them', () => {
    // A policy in a <meta> covers only what the parser meets after it.
    const problems = pages.flatMap(({ page, tags }) => {
      const meta = cspMetas(tags)[0];
      if (!meta) return [];
      return tags
        .filter((tag) => tag.start < meta.start)
        .filter(
          (tag) =>
            tag.name === 'script' ||
            tag.name === 'style' ||
            (tag.name === 'link' &&
              relTokens(tag).some((rel) => ['stylesheet', 'modulepreload', 'preload'].includes(rel))),
        )
        .map(
          (tag) =>
            `${page}: <${tag.name}${tag.attrs.src ? ` src=${tag.attrs.src}` : ''}${tag.attrs.href ? ` href=${tag.attrs.href}` : ''}> comes before the policy`,
        );
    });
    expectNone(problems);
  });
});

describe('markup', () => {
  it('has no inline event handler attributes and no javascript: URLs anywhere', () => {
    const problems = pages.flatMap(({ page, tags }) =>
      tags.flatMap((tag) => {
        const found = Object.keys(tag.attrs)
          .filter((attr) => /^on[a-z]+$/.test(attr))
          .map((attr) => `<${tag.name} ${attr}=…>`);
        for (const attr of ['href', 'src', 'action', 'formaction']) {
          if (/^\s*javascript:/i.test(tag.attrs[attr] ?? '')) found.push(`<${tag.name} ${attr}="javascript:…">`);
        }
        return found.map((problem) => `${page}: ${problem}`);
      }),
    );
    expectNone(problems);
  });
});

describe('static-host defaults in every page head', () => {
  const metaContent = (tags: Tag[], name: string) =>
    tags.find((tag) => tag.name === 'meta' && tag.attrs.name === name)?.attrs.content;
  const linkHref = (tags: Tag[], rel: string) =>
    tags.find((tag) => tag.name === 'link' && relTokens(tag).includes(rel))?.attrs.href;

  it('sets a referrer policy that sends no full URL to other origins', () => {
    const allowed = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
    const problems = pages
      .filter(({ tags }) => !allowed.includes(metaContent(tags, 'referrer') ?? ''))
      .map(({ page, tags }) => `${page}: ${metaContent(tags, 'referrer') ?? 'none'}`);
    expectNone(problems);
  });

  it('declares both colour schemes', () => {
    const problems = pages
      .filter(({ tags }) => {
        const schemes = (metaContent(tags, 'color-scheme') ?? '').split(/\s+/);
        return !schemes.includes('light') || !schemes.includes('dark');
      })
      .map(({ page }) => page);
    expectNone(problems);
  });

  it('links a web manifest and an icon that exist in the build', () => {
    const problems = pages.flatMap(({ page, path, tags }) => {
      const found: string[] = [];
      for (const rel of ['manifest', 'icon']) {
        const href = linkHref(tags, rel);
        const target = href === undefined ? null : site.resolve(href, path);
        if (target === null || !site.fileFor(target))
          found.push(`${rel} ${href ?? 'missing'} does not resolve to a file`);
      }
      return found.map((problem) => `${page}: ${problem}`);
    });
    expectNone(problems);
  });
});

describe('the web manifest', () => {
  const file = site.fileFor('manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(file ?? join(dist, 'manifest.webmanifest'), 'utf8')) as {
    name?: string;
    short_name?: string;
    start_url?: string;
    display?: string;
    icons?: { src: string; sizes?: string; type?: string; purpose?: string }[];
  };

  it('names the kit and starts inside the site', () => {
    expect(manifest.name).toBeTruthy();
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.start_url).toBeTruthy();
    expect(
      site.resolve(manifest.start_url ?? '', 'manifest.webmanifest'),
      'start_url is outside the site',
    ).not.toBeNull();
  });

  it('lists icons that exist, with their real type and size', () => {
    const icons = manifest.icons ?? [];
    expect(icons.length).toBeGreaterThan(0);
    const problems = icons.flatMap((icon) => {
      const target = site.resolve(icon.src, 'manifest.webmanifest');
      const iconFile = target === null ? null : site.fileFor(target);
      if (!iconFile) return [`${icon.src} is not in the build`];
      const bytes = readFileSync(iconFile);
      const isPng = bytes.subarray(1, 4).toString('latin1') === 'PNG';
      const found: string[] = [];
      if (icon.type === 'image/png') {
        if (!isPng) found.push(`${icon.src} is declared PNG but is not one`);
        else if (icon.sizes !== `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`) {
          found.push(`${icon.src} declares ${icon.sizes} but is ${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`);
        }
      }
      if (icon.type === 'image/svg+xml' && !bytes.toString('utf8').includes('<svg'))
        found.push(`${icon.src} is not SVG`);
      return found;
    });
    expectNone(problems);
  });

  it('has 192 and 512 pixel PNG icons, as installing on Android asks for', () => {
    const pngSizes = (manifest.icons ?? []).filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes);
    expect(pngSizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
});
