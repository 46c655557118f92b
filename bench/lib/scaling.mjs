// Build scaling: copies the project (sources only, node_modules linked) into bench/.work, adds N
// synthetic episodes next to the real six, and times a cold `astro build` there, as `npm run build`
// runs it (Pagefind and the service worker inside, src/lib/build/finish-site.ts).
// Building in a copy keeps Astro's generated .astro/ files and caches away from the shared tree.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { syntheticEpisode, vocabulary } from './synthetic.mjs';

const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A fresh copy of the project's sources in `dest`, sharing node_modules through a link. */
export function copyProject(root, dest) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const entry of COPIED) cpSync(join(root, entry), join(dest, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

/** Writes `count` synthetic episodes into `dir` after the episodes already there. */
export function addSyntheticEpisodes(dir, count, words) {
  const existing = readdirSync(dir).filter((file) => file.endsWith('.mdx')).length;
  let exercises = 0;
  let totalWords = 0;
  for (let index = 1; index <= count; index++) {
    const episode = syntheticEpisode(index, existing + index, words);
    writeFileSync(join(dir, episode.name), episode.text);
    if (episode.hasExercise) exercises++;
    totalWords += episode.words;
  }
  return { episodes: count, withExercise: exercises, meanWords: Math.round(totalWords / Math.max(count, 1)) };
}

/** Sum of the resident memory (VmRSS, bytes) of a process and all its descendants. */
function treeRss(rootPid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // Ended.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * The build's last steps from its log (the kit:finish-site line, astro.config.mjs): their wall time, and
 * Pagefind's own time within it. Null when the line is missing.
 */
export function finishTimes(log) {
  const line = /\[kit:finish-site\] \d+ pages finished in (\d+) ms: .* indexed by Pagefind in ([\d.]+) s/.exec(log);
  return line ? { seconds: Number(line[1]) / 1000, pagefindSeconds: Number(line[2]) } : null;
}

/**
 * Runs a command, measuring wall time and peak memory: the largest single process's peak RSS from
 * /usr/bin/time when it exists, and the peak sum over the process tree from polling /proc.
 */
export function measure(command, args, { cwd, env, log }) {
  const useTime = existsSync('/usr/bin/time');
  const file = useTime ? '/usr/bin/time' : command;
  const argv = useTime ? ['-f', 'BENCH_MAXRSS_KB=%M', command, ...args] : args;
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakTree = 0;
    const poll = () => {
      if (existsSync('/proc/self/status')) peakTree = Math.max(peakTree, treeRss(child.pid));
    };
    const timer = setInterval(poll, 250);
    poll();
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (log) writeFileSync(log, output);
      const maxRss = /BENCH_MAXRSS_KB=(\d+)/.exec(output);
      const peakProcess = maxRss ? Number(maxRss[1]) * 1024 : null;
      if (code !== 0) {
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${code}) in ${cwd}; see ${log ?? 'its output'}:\n${output.slice(-2000)}`,
          ),
        );
        return;
      }
      resolvePromise({ seconds, peakProcessBytes: peakProcess, peakTreeBytes: peakTree || null });
    });
  });
}

/** Bytes of every file under a directory. */
export function dirBytes(dir) {
  let total = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      total += readFileSync(join(entry.parentPath, entry.name)).byteLength;
      files++;
    }
  }
  return { bytes: total, files };
}

/**
 * One scaling point: a copy with N synthetic episodes, built cold. Returns timings, memory and the
 * output's size. `node` is the Node 24 binary running the benchmark.
 */
export async function scalingRun(root, work, n, { node = process.execPath, onStep = () => {} } = {}) {
  const dest = resolve(work, `scale-${n}`);
  copyProject(root, dest);
  const episodesDir = join(dest, 'src', 'content', 'episodes');
  const words = vocabulary(join(root, 'src', 'content', 'episodes'));
  const generated = addSyntheticEpisodes(episodesDir, n, words);
  const env = {
    EPISODES_DIR: episodesDir,
    OUT_DIR: 'dist',
    ASTRO_CACHE_DIR: '.astro-cache',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  onStep(`building ${n} synthetic + ${readdirSync(episodesDir).length - n} real episodes`);
  const build = await measure(node, [join(dest, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dest,
    env,
    log: join(dest, 'build.log'),
  });
  const pages = readdirSync(join(dest, 'dist', 'episodes')).length;
  const output = dirBytes(join(dest, 'dist'));
  const index = existsSync(join(dest, 'dist', 'pagefind')) ? dirBytes(join(dest, 'dist', 'pagefind')) : null;
  const finish = finishTimes(readFileSync(join(dest, 'build.log'), 'utf8'));
  return { n, generated, dir: dest, episodePages: pages, build, finish, output, searchIndex: index };
}
