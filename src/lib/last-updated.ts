import { execFileSync } from 'node:child_process';

const COMMIT = '\u0001';

/**
 * Each file's latest commit date from `git log --name-only` output whose commits start with
 * COMMIT + an ISO date (newest first, as git prints them): the first date seen for a path wins.
 */
export function parseGitLog(text: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let current: Date | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith(COMMIT)) {
      current = new Date(line.slice(COMMIT.length).trim());
    } else if (line && current && !dates.has(line)) {
      dates.set(line, current);
    }
  }
  return dates;
}

let history: Map<string, Date> | null = null;

/**
 * Every file's last change from one git call for the whole build (a call per page cost about a
 * second per hundred pages). Paths are relative to the working directory, as Astro gives them.
 */
function gitHistory(): Map<string, Date> {
  if (history) return history;
  try {
    const text = execFileSync('git', ['log', `--format=${COMMIT}%cI`, '--name-only', '--relative', '--no-renames'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    history = parseGitLog(text);
  } catch {
    // Not a git checkout (a tarball download): every page uses its frontmatter date.
    history = new Map();
  }
  return history;
}

/** When a file last changed, from git history; the fallback (frontmatter) when git has none. */
export function lastUpdated(filePath: string | undefined, fallback?: Date): Date | undefined {
  return (filePath ? gitHistory().get(filePath) : undefined) ?? fallback;
}
