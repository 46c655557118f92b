// `npm test`: every check, in the order that fails fastest. The site is built once (and once more
// under a sub-path for the link crawl); all browser tests share those builds.
import { spawnSync } from 'node:child_process';

const steps = [
  ['sync content types', 'npx', ['astro', 'sync']],
  ['lint (ESLint + Prettier)', 'npm', ['run', '--silent', 'lint']],
  ['type check', 'npm', ['run', '--silent', 'check']],
  ['spelling', 'npm', ['run', '--silent', 'spell']],
  ['unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['build', 'npm', ['run', '--silent', 'build']],
  [
    'build under a sub-path',
    'npx',
    ['astro', 'build'],
    { BASE_PATH: '/mentoring-kit/', OUT_DIR: 'dist-subpath', SITE_URL: 'http://127.0.0.1' },
  ],
  ['build checks and browser tests', 'npx', ['vitest', 'run', '--project', 'build', '--project', 'e2e']],
  ['live server tests (with Redis)', 'npx', ['vitest', 'run', '--project', 'live']],
];

const started = Date.now();
for (const [name, command, args, env = {}] of steps) {
  const stepStart = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
