import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { backlogToGhScript, ghScriptFileName, shQuote } from '../../src/lib/export/gh-script';
import type { BacklogItem } from '../../src/lib/schema/backlog-item';
import type { Workspace } from '../../src/lib/schema/workspace';
import { sampleWorkspace } from './support/workspaces';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gh-script-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs the script with a stub `gh` first on PATH. The stub records each call as its argument count
 * followed by the arguments, every field NUL-terminated, so newlines and quotes survive intact.
 */
function runWithStub(
  script: string,
  env: Record<string, string> = {},
): { status: number | null; calls: string[][]; stderr: string } {
  const bin = join(dir, 'bin');
  const log = join(dir, 'gh.log');
  spawnSync('mkdir', ['-p', bin]);
  writeFileSync(
    join(bin, 'gh'),
    '#!/bin/sh\n{ printf \'%s\\0\' "$#"; for arg in "$@"; do printf \'%s\\0\' "$arg"; done; } >> "$GH_LOG"\n',
  );
  chmodSync(join(bin, 'gh'), 0o755);
  writeFileSync(log, '');
  const file = join(dir, 'apply.sh');
  writeFileSync(file, script);
  const result = spawnSync('sh', [file], {
    cwd: dir,
    env: { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, GH_LOG: log, HOME: dir, ...env },
    encoding: 'utf8',
  });
  const fields = readFileSync(log, 'utf8').split('\0');
  const calls: string[][] = [];
  let i = 0;
  while (i < fields.length - 1) {
    const count = Number(fields[i]);
    calls.push(fields.slice(i + 1, i + 1 + count));
    i += 1 + count;
  }
  return { status: result.status, calls, stderr: result.stderr };
}

const hostileTitles = [
  `It's a "quoted" title`,
  'Run $(touch pwned-subshell) now',
  'Backticks `touch pwned-backtick` here',
  'Two\nlines',
  "'; touch pwned-break; echo '",
  'Dollar $HOME ${PATH} and \\ backslash',
  '🚀 emoji and עברית',
];

function workspaceWith(titles: readonly string[]): Workspace {
  const base = sampleWorkspace();
  const items: BacklogItem[] = titles.map((title, i) => ({
    id: `h-${i}`,
    title,
    description: `Body of ${title}\n$(touch pwned-body)`,
    priority: 'could',
    size: 'XS',
    goalId: null,
    existing: null,
  }));
  return { ...base, backlog: [...base.backlog, ...items] };
}

const issueCalls = (calls: string[][]) => calls.filter((call) => call[0] === 'issue');

describe('gh script', () => {
  test('quotes values so sh gives them back byte for byte', () => {
    expect(shQuote("it's")).toBe(`'it'\\''s'`);
    expect(shQuote('a\0b')).toBe(`'ab'`);
  });

  test('passes titles with quotes, $(), backticks and newlines to gh exactly as written (on one line)', () => {
    const script = backlogToGhScript(workspaceWith(hostileTitles), new Date('2026-11-21T16:00:00Z'));
    const { status, calls, stderr } = runWithStub(script);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const creates = issueCalls(calls).filter((call) => call[1] === 'create');
    const titleOf = (call: string[]) => call[call.indexOf('--title') + 1];
    expect(creates.map(titleOf)).toEqual([
      'Write the sprint goal at planning',
      ...hostileTitles.map((title) => title.replace('Two\nlines', 'Two')),
    ]);
    const twoLines = creates.find((call) => titleOf(call) === 'Two') ?? [];
    expect(twoLines[twoLines.indexOf('--body') + 1]).toMatch(/^Full title: Two\nlines\n\n/);
    const last = creates.at(-1) ?? [];
    expect(last[last.indexOf('--body') + 1]).toBe(`Body of 🚀 emoji and עברית\n$(touch pwned-body)`);
    expect(last.filter((_, i) => last[i - 1] === '--label')).toEqual(['moscow:could', 'size:xs']);
    for (const marker of ['pwned-subshell', 'pwned-backtick', 'pwned-break', 'pwned-body']) {
      expect(existsSync(join(dir, marker))).toBe(false);
    }
  });

  test('shortens a title over 256 characters at a word, keeping it whole at the top of the body', () => {
    const long = `${'word '.repeat(60)}end`;
    const { calls, status } = runWithStub(backlogToGhScript(workspaceWith([long]), new Date()));
    expect(status).toBe(0);
    const create =
      issueCalls(calls)
        .filter((call) => call[1] === 'create')
        .at(-1) ?? [];
    const title = create[create.indexOf('--title') + 1] ?? '';
    expect(title.length).toBeLessThanOrEqual(256);
    expect(title).toMatch(/^word word .* word…$/);
    expect(create[create.indexOf('--body') + 1]).toMatch(new RegExp(`^Full title: ${long}\n\n`));
  });

  test('adds the goal to the body of an item made from a goal', () => {
    const { calls } = runWithStub(backlogToGhScript(sampleWorkspace(), new Date()));
    const create = issueCalls(calls).find((call) => call[1] === 'create') ?? [];
    expect(create[create.indexOf('--body') + 1]).toBe(
      'Owner: Product Owner\nDue: Sprint 14\n\nGoal: Every sprint starts with a one-sentence sprint goal',
    );
  });

  test('edits the labels of imported issues whose priority or estimate changed', () => {
    const { calls } = runWithStub(backlogToGhScript(sampleWorkspace(), new Date()));
    const edits = issueCalls(calls).filter((call) => call[1] === 'edit');
    expect(edits).toEqual([
      [
        'issue',
        'edit',
        '42',
        '--add-label',
        'moscow:should',
        '--add-label',
        'size:m',
        '--remove-label',
        'moscow:could',
        '--remove-label',
        'size:l',
      ],
    ]);
  });

  test('notes order changes as comments, since gh cannot set a board position', () => {
    const script = backlogToGhScript(sampleWorkspace(), new Date());
    expect(script).toContain('# #42 Split the login story: position 2 → 1 (set the order on the project board)');
    expect(script).toContain('# #41 Fix flaky build: position 1 → 2 (set the order on the project board)');
  });

  test('takes --repo from the optional REPO variable', () => {
    const { calls } = runWithStub(backlogToGhScript(sampleWorkspace(), new Date()), { REPO: 'example/rocket' });
    for (const call of issueCalls(calls)) expect(call.slice(2, 5).join(' ')).toMatch(/--repo example\/rocket/);
    const labelCreate = calls.find((call) => call[0] === 'label') ?? [];
    expect(labelCreate.slice(3, 5)).toEqual(['--repo', 'example/rocket']);
  });

  test('creates the kit labels first and tolerates labels that exist', () => {
    const { calls } = runWithStub(backlogToGhScript(sampleWorkspace(), new Date()));
    const labels = calls.filter((call) => call[0] === 'label').map((call) => call[2]);
    expect(labels).toEqual([
      'moscow:must',
      'moscow:should',
      'moscow:could',
      'moscow:wont',
      'size:xs',
      'size:s',
      'size:m',
      'size:l',
      'size:xl',
    ]);
  });

  test('starts with a shebang, a header comment naming the team, and set -eu', () => {
    const ws = { ...sampleWorkspace(), team: { ...sampleWorkspace().team, name: 'Rocket\nrm -rf ~' } };
    const lines = backlogToGhScript(ws, new Date('2026-11-21T16:00:00Z')).split('\n');
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines[1]).toBe(
      '# Backlog changes from the mentoring session of Rocket rm -rf ~, generated 2026-11-21T16:00:00.000Z',
    );
    expect(lines).toContain('set -eu');
    expect(ghScriptFileName(sampleWorkspace(), new Date())).toBe('mentoring-issues-team-rocket-2026-11-21.sh');
  });

  test('stops at the first failing gh call (set -e)', () => {
    const script = backlogToGhScript(workspaceWith(['a', 'b']), new Date());
    const bin = join(dir, 'failbin');
    spawnSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'gh'), '#!/bin/sh\n[ "$1" = issue ] && { echo call >> "$GH_LOG"; exit 1; }\nexit 0\n');
    chmodSync(join(bin, 'gh'), 0o755);
    writeFileSync(join(dir, 'apply.sh'), script);
    const log = join(dir, 'fail.log');
    writeFileSync(log, '');
    const result = spawnSync('sh', [join(dir, 'apply.sh')], { env: { PATH: `${bin}:/usr/bin:/bin`, GH_LOG: log } });
    expect(result.status).not.toBe(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
