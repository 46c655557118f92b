import { execFileSync } from 'node:child_process';

/** When a file last changed, from git history; the fallback (frontmatter) when git has none. */
export function lastUpdated(filePath: string | undefined, fallback?: Date): Date | undefined {
  if (filePath) {
    try {
      const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', filePath], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (iso) return new Date(iso);
    } catch {
      // Not a git checkout (a tarball download): use the frontmatter date.
    }
  }
  return fallback;
}
