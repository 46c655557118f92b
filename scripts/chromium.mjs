// Debian's Chromium and the flags it needs on these machines (closed network, running as root),
// shared by the browser tests and the benchmark.

/** Where Chromium is; CHROMIUM_PATH (or CHROME_PATH, which Lighthouse's launcher also reads) overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Headless-safe flags: no sandbox as root, no GPU, and no background traffic to Google's hosts. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
