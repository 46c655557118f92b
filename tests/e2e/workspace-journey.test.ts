import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, FileChooser, Page } from 'playwright-core';
import { launchBrowser, newContext, problemsIn } from './support/browser';
import {
  announced,
  expectFocused,
  hydrated,
  openWorkspace,
  savedWorkspace,
  showStepWithKeys,
  tabTo,
  tool,
} from './workspace-helpers';

/**
 * The whole session with the keyboard only: every control is reached with Tab / Shift+Tab and
 * operated with keys; no clicks. Then the exported file is imported into a fresh browser.
 */

const ghIssues = readFileSync('tests/fixtures/backlog/gh-issue-list.json', 'utf8');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let exported: { name: string; text: string };

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, { acceptDownloads: true, locale: 'en-US' });
  page = await context.newPage();
  await openWorkspace(page);
});
afterAll(async () => {
  await browser.close();
});

/** Tabs to a control and presses a key on it. */
async function press(selector: ReturnType<Page['locator']>, key = 'Enter') {
  await tabTo(page, selector);
  await page.keyboard.press(key);
}

/** Tabs to a field and types into it (replacing what was there). */
async function fill(selector: ReturnType<Page['locator']>, text: string) {
  await tabTo(page, selector);
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}

describe('a team works through the session with the keyboard only', () => {
  it('names the team, the date and the mentor', async () => {
    const team = tool(page, 'team');
    await fill(team.getByLabel('Team name'), 'Team Rocket');
    await tabTo(page, team.getByLabel('Session date'));
    await page.keyboard.type('11212026');
    await fill(team.getByLabel('Mentor'), 'Ana Souza');
    await expect
      .poll(async () => (await savedWorkspace(page))?.['team'])
      .toEqual({ name: 'Team Rocket', sessionDate: '2026-11-21', mentor: 'Ana Souza' });
  });

  it('enters strengths and weaknesses with Enter, keeping focus in the field', async () => {
    const sw = tool(page, 'strengths-weaknesses');
    const strength = sw.getByLabel('Add a strength');
    await tabTo(page, strength);
    for (const text of ['Reviews happen within a day 🚀', 'We pair on hard bugs']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await expectFocused(strength);
    await expect.poll(() => strength.inputValue()).toBe('');

    const weakness = sw.getByLabel('Add a weakness');
    await tabTo(page, weakness);
    for (const text of [
      'Unclear sprint goals',
      'Stories are too big',
      'Only one person can deploy',
      '<img src=x onerror=alert(1)> docs lag behind',
    ]) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await expectFocused(weakness);
    const weaknesses = sw.locator('section').nth(1).locator('.ws-text-value');
    await expect.poll(() => weaknesses.allTextContents()).toHaveLength(4);
    // Typed markup is text, never HTML.
    expect(await weaknesses.nth(3).textContent()).toBe('<img src=x onerror=alert(1)> docs lag behind');
    expect(await page.locator('[data-tool] img').count()).toBe(0);
  });

  it('edits a strength inline, deletes it and takes the deletion back', async () => {
    const sw = tool(page, 'strengths-weaknesses');
    await press(sw.getByRole('button', { name: "Edit strength 'We pair on hard bugs'" }));
    const field = sw.getByRole('textbox', { name: 'Edit strength' });
    await expectFocused(field);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('We pair on the hardest bugs');
    await page.keyboard.press('Enter');
    const edit = sw.getByRole('button', { name: "Edit strength 'We pair on the hardest bugs'" });
    await expectFocused(edit);

    // Escape cancels an edit.
    await page.keyboard.press('Enter');
    await expectFocused(field);
    await page.keyboard.type(' and more');
    await page.keyboard.press('Escape');
    await expectFocused(edit);

    await press(sw.getByRole('button', { name: "Delete strength 'We pair on the hardest bugs'" }));
    const undo = sw.getByRole('button', { name: 'Undo' });
    await expectFocused(undo);
    await expect
      .poll(() => sw.locator('.ws-text-value').allTextContents())
      .not.toContain('We pair on the hardest bugs');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => sw.locator('section').first().locator('.ws-text-value').allTextContents())
      .toEqual(['Reviews happen within a day 🚀', 'We pair on the hardest bugs']);
    await expectFocused(edit);
    expect(await announced(page, 'strengths-weaknesses')).toBe("Restored strength 'We pair on the hardest bugs'.");
  });

  it('ranks the weaknesses with Move up and Alt+arrows, announcing each move and keeping focus', async () => {
    const board = tool(page, 'priority-board');
    const up = board.getByRole('button', { name: "Move up: 'Only one person can deploy'" });
    await press(up);
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe("'Only one person can deploy' moved to position 2 of 4");
    await expectFocused(up);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe("'Only one person can deploy' moved to position 1 of 4");
    await expectFocused(up);
    // At the top, Move up stays focusable and says so.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe("'Only one person can deploy' is already at the top.");

    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe("'Only one person can deploy' moved to position 2 of 4");
    await expectFocused(up);
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe("'Only one person can deploy' moved to position 1 of 4");

    await expect
      .poll(() => board.locator('.ws-board-text').allTextContents())
      .toEqual([
        'Only one person can deploy',
        'Unclear sprint goals',
        'Stories are too big',
        '<img src=x onerror=alert(1)> docs lag behind',
      ]);
  });

  it('runs a round of dot voting and ranks by votes', async () => {
    const board = tool(page, 'priority-board');
    await fill(board.getByLabel('Voters'), '2');
    await page.keyboard.press('Tab'); // commits the number
    const voter = board.getByLabel('Voting now');
    await expect.poll(() => voter.locator('option').count()).toBe(2);

    // Member 1: two dots on "Stories are too big" (the cap), the third refused there, placed elsewhere.
    const onStories = board.getByRole('button', { name: "Put one of Member 1's dots on 'Stories are too big'" });
    await press(onStories);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe("Member 1 put a dot on 'Stories are too big'. 1 dot left.");
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe("Member 1 already has 2 dots on 'Stories are too big', the most allowed on one item.");
    await press(board.getByRole('button', { name: "Put one of Member 1's dots on 'Unclear sprint goals'" }));

    // Member 2 is chosen with the arrow keys on the select.
    await tabTo(page, voter);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => board.locator('[data-vote-note]').textContent()).toContain('Member 2 has 3 dots left');
    await press(board.getByRole('button', { name: "Put one of Member 2's dots on 'Stories are too big'" }));
    await page.keyboard.press('Enter');
    await press(board.getByRole('button', { name: "Put one of Member 2's dots on 'Unclear sprint goals'" }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe('Member 2 has no dots left. Take one back, or start a new round.');

    await expect
      .poll(() => board.locator('[data-tally]').allTextContents())
      .toEqual(['0 dots', '2 dots', '4 dots', '0 dots']);
    await press(board.getByRole('button', { name: 'Rank by votes' }));
    await expect
      .poll(() => announced(page, 'priority-board'))
      .toBe("Ranked by votes. 'Stories are too big' is now first. Undo ranking brings back the order you had.");
    await expectFocused(board.getByRole('button', { name: 'Undo ranking' }));
    await expect
      .poll(() => board.locator('.ws-board-text').allTextContents())
      .toEqual([
        'Stories are too big',
        'Unclear sprint goals',
        'Only one person can deploy',
        '<img src=x onerror=alert(1)> docs lag behind',
      ]);
  });

  it('writes questions for the mentor, ordered by the rank of their weaknesses', async () => {
    const dp = tool(page, 'discussion-points');
    const field = dp.getByLabel('Add a question or discussion point');
    await fill(field, 'Who else could learn to deploy?');
    await press(dp.getByRole('checkbox', { name: '3. Only one person can deploy' }), 'Space');
    await tabTo(page, field);
    await page.keyboard.press('Enter');
    await expectFocused(field);

    await page.keyboard.type('How small should a story be?');
    await press(dp.getByRole('checkbox', { name: '1. Stories are too big' }), 'Space');
    await tabTo(page, field);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page, 'discussion-points'))
      .toBe("Added question 'How small should a story be?' at position 1 of 2.");

    await expect
      .poll(() => dp.locator('.ws-text-value').allTextContents())
      .toEqual(['How small should a story be?', 'Who else could learn to deploy?']);
    await expect.poll(() => dp.locator('.ws-meta').first().textContent()).toBe('About: 1. Stories are too big');
  });

  it('writes three goals; the one without owner and time frame is flagged, not blocked', async () => {
    await showStepWithKeys(page, 'The mentoring session');
    const goals = tool(page, 'goals');
    await expect.poll(() => goals.locator('[data-goals-progress]').textContent()).toContain('3 more goals needed');
    const specs = [
      {
        statement: 'Split every story to fit in three days',
        weakness: '1. Stories are too big',
        owner: 'Priya',
        due: 'Sprint 3',
        measure: 'No story carried over',
      },
      {
        statement: 'Write a sprint goal at every planning',
        weakness: '2. Unclear sprint goals',
        owner: 'Sam',
        due: 'Sprint 2',
        measure: 'Goal on the board each sprint',
      },
      {
        statement: 'Two more people can deploy',
        weakness: '3. Only one person can deploy',
        owner: '',
        due: '',
        measure: 'Deploys by two others',
      },
    ];
    for (const [index, spec] of specs.entries()) {
      await press(goals.getByRole('button', { name: 'Add a goal' }));
      const card = goals.locator('.ws-card').nth(index);
      const statement = card.getByLabel('Goal statement');
      await expectFocused(statement);
      await page.keyboard.type(spec.statement);
      await press(card.getByRole('checkbox', { name: spec.weakness }), 'Space');
      if (spec.owner) await fill(card.getByLabel('Owner'), spec.owner);
      if (spec.due) await fill(card.getByLabel('By when (which sprint)'), spec.due);
      await fill(card.getByLabel('How success will be seen'), spec.measure);
    }
    await expect.poll(() => goals.locator('[data-goals-progress]').textContent()).toContain('3 goals: enough');
    await expect.poll(() => goals.locator('.ws-card').nth(0).locator('.ws-ok').count()).toBe(1);
    await expect
      .poll(() => goals.locator('.ws-card').nth(2).locator('.ws-flag').textContent())
      .toBe('Not yet specific: missing owner, by when (which sprint)');
  });

  it('creates backlog items from goals', async () => {
    await showStepWithKeys(page, 'Plan the next sprint around your goals');
    const backlog = tool(page, 'backlog');
    await press(backlog.getByRole('button', { name: 'New item from goal 1' }));
    const first = backlog.locator('.ws-backlog-item').nth(0);
    await expectFocused(first.getByLabel('Title'));
    await tabTo(page, first.getByLabel('Priority (MoSCoW)'));
    await page.keyboard.type('Must');
    await tabTo(page, first.getByLabel('Estimate (T-shirt)'));
    await page.keyboard.type('M');

    await press(backlog.getByRole('button', { name: 'New item from goal 2' }));
    const second = backlog.locator('.ws-backlog-item').nth(1);
    await expectFocused(second.getByLabel('Title'));
    await page.keyboard.press('End');
    await page.keyboard.type(' (with the PO)');
    await tabTo(page, second.getByLabel('Priority (MoSCoW)'));
    await page.keyboard.type('Should');

    await expect
      .poll(async () => {
        const ws = await savedWorkspace(page);
        return (ws?.['backlog'] as { title: string; priority: string; size: string }[]).map((b) => [
          b.title,
          b.priority,
          b.size,
        ]);
      })
      .toEqual([
        ['Split every story to fit in three days', 'must', 'M'],
        ['Write a sprint goal at every planning (with the PO)', 'should', null],
      ]);
    await expect.poll(() => first.locator('[data-changes]').textContent()).toBe('New item');
  });

  it('brings in the existing backlog from gh issue list and reprioritises an item', async () => {
    const backlog = tool(page, 'backlog');
    await tabTo(page, backlog.getByLabel('Paste gh issue list JSON or CSV'));
    await page.keyboard.insertText(ghIssues);
    await press(backlog.getByRole('button', { name: 'Add pasted items' }));
    await expect
      .poll(() => backlog.locator('[data-backlog-import-note]').textContent())
      .toBe('Added 5 items from your existing backlog.');
    await expect.poll(() => backlog.locator('.ws-backlog-item').count()).toBe(7);

    // Loading it again adds nothing: the issues are already there.
    await tabTo(page, backlog.getByLabel('Paste gh issue list JSON or CSV'));
    await page.keyboard.insertText(ghIssues);
    await press(backlog.getByRole('button', { name: 'Add pasted items' }));
    await expect
      .poll(() => backlog.locator('[data-backlog-import-note]').textContent())
      .toBe('No new items were added; 5 items already on the worksheet were skipped.');

    // "Split the login story" (Could, L, second of the imported) becomes a Must at the top.
    const item = backlog.locator('.ws-backlog-item', { hasText: '#42' });
    await tabTo(page, item.getByLabel('Priority (MoSCoW)'));
    await page.keyboard.type('Must');
    const up = item.getByRole('button', { name: "Move up: 'Split the login story'" });
    await tabTo(page, up);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => announced(page, 'backlog')).toBe("'Split the login story' moved to position 1 of 7");
    await expectFocused(up);
    await expect
      .poll(() => backlog.locator('.ws-backlog-item').first().locator('[data-changes] li').allTextContents())
      .toEqual(['Priority Could → Must', 'Order 2 → 1']);
    await expect
      .poll(() => backlog.locator('[data-backlog-summary]').textContent())
      .toContain('2 new, 2 changed, 3 unchanged (7 items in all)');
    // The imported link is kept, and only http(s) links become links.
    expect(await item.getByRole('link', { name: '#42' }).getAttribute('href')).toBe(
      'https://github.com/example/rocket/issues/42',
    );
  });

  it('exports the workspace as JSON with the team and date in the file name', async () => {
    const io = tool(page, 'import-export');
    await tabTo(page, io.getByRole('button', { name: 'Download workspace (JSON)' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const path = await download.path();
    exported = { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    expect(exported.name).toBe('mentoring-workspace-team-rocket-2026-11-21.json');

    const file = JSON.parse(exported.text) as Record<string, unknown> & {
      team: unknown;
      strengths: { text: string }[];
      weaknesses: { id: string; text: string }[];
      rank: string[];
      voting: { members: unknown[]; votes: { count: number }[] };
      discussion: { text: string; weaknessIds: string[] }[];
      goals: { statement: string; owner: string }[];
      backlog: { title: string; priority: string | null; existing: { number: number } | null; goalId: string | null }[];
    };
    expect(file['format']).toBe('mentoring-kit/workspace');
    expect(file['version']).toBe(2);
    expect(String(file['$schema'])).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/schema\/workspace-v2\.json$/);
    expect(Date.parse(String(file['exportedAt']))).not.toBeNaN();
    expect(file.team).toEqual({ name: 'Team Rocket', sessionDate: '2026-11-21', mentor: 'Ana Souza' });
    expect(file.strengths.map((s) => s.text)).toEqual([
      'Reviews happen within a day 🚀',
      'We pair on the hardest bugs',
    ]);
    const text = new Map(file.weaknesses.map((w) => [w.id, w.text]));
    expect(file.rank.map((id) => text.get(id))).toEqual([
      'Stories are too big',
      'Unclear sprint goals',
      'Only one person can deploy',
      '<img src=x onerror=alert(1)> docs lag behind',
    ]);
    expect(file.voting.members).toHaveLength(2);
    expect(file.voting.votes.reduce((sum, v) => sum + v.count, 0)).toBe(6);
    expect(file.discussion.map((d) => [d.text, d.weaknessIds.map((id) => text.get(id))])).toEqual([
      ['Who else could learn to deploy?', ['Only one person can deploy']],
      ['How small should a story be?', ['Stories are too big']],
    ]);
    expect(file.goals.map((g) => [g.statement, g.owner])).toEqual([
      ['Split every story to fit in three days', 'Priya'],
      ['Write a sprint goal at every planning', 'Sam'],
      ['Two more people can deploy', ''],
    ]);
    expect(file.backlog.map((b) => [b.title, b.priority, b.existing?.number ?? null, b.goalId !== null])).toEqual([
      ['Split the login story', 'must', 42, false],
      ['Split every story to fit in three days', 'must', null, true],
      ['Write a sprint goal at every planning (with the PO)', 'should', null, true],
      ['Fix flaky build', null, 41, false],
      ['Update the definition of done', 'must', 43, false],
      ['Automate the "velocity" report', 'should', 44, false],
      ['Try mob programming on Fridays', null, 45, false],
    ]);
    // What was exported is what is saved.
    const { $schema: _s, exportedAt: _e, ...data } = file;
    expect(await savedWorkspace(page)).toEqual(data);
  });

  it('exports the backlog for Jira and gh, and the notes as Markdown (download and clipboard)', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const io = tool(page, 'import-export');
    const take = async (name: string) => {
      await tabTo(page, io.getByRole('button', { name }));
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    };
    const csv = await take('Backlog for Jira (CSV)');
    expect(csv.name).toBe('mentoring-backlog-team-rocket-2026-11-21.csv');
    expect(csv.text.split(/\r?\n/)[0]).toMatch(/^"Summary","Description","Issue Type","Priority","Labels"/);
    expect(csv.text).toContain('Split every story to fit in three days');
    expect(csv.text).not.toContain('Fix flaky build'); // existing items stay out unless asked for

    const script = await take('GitHub issues script (gh)');
    expect(script.name).toBe('mentoring-issues-team-rocket-2026-11-21.sh');
    expect(script.text).toContain('gh issue create');
    expect(script.text).toContain('gh issue edit');

    const markdown = await take('Session notes (Markdown)');
    expect(markdown.name).toBe('mentoring-session-team-rocket-2026-11-21.md');
    expect(markdown.text).toContain('Team Rocket');

    await press(io.getByRole('button', { name: 'Copy Markdown' }));
    await expect.poll(() => io.locator('[data-export-note]').textContent()).toContain('Copied the session notes');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown.text);
  });

  it('keeps everything after a reload', async () => {
    const before = await savedWorkspace(page);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => tool(page, 'team').getByLabel('Team name').inputValue()).toBe('Team Rocket');
    await expect.poll(() => tool(page, 'backlog').locator('.ws-backlog-item').count()).toBe(7);
    await expect.poll(() => tool(page, 'goals').locator('.ws-card').count()).toBe(3);
    await expect
      .poll(() => tool(page, 'priority-board').locator('.ws-board-text').first().textContent())
      .toBe('Stories are too big');
    expect(await savedWorkspace(page)).toEqual(before);
    expect(problemsIn(context)).toEqual([]);
  });

  it('imports the exported file into a fresh browser and finds everything', async () => {
    const fresh = await newContext(browser);
    const other = await fresh.newPage();
    // Listen for the file chooser before anything else: Playwright turns Chromium's chooser
    // interception on asynchronously, and a key press racing that switch opens no chooser event.
    const chooserOpened = new Promise<FileChooser>((resolve) => other.once('filechooser', resolve));
    await openWorkspace(other);
    const io = tool(other, 'import-export');
    await tabTo(other, io.getByLabel('Choose a file…'));
    await expectFocused(io.getByLabel('Choose a file…'));
    await other.keyboard.press('Space');
    const chooser = await chooserOpened;
    await chooser.setFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });

    const preview = io.locator('[data-import-preview]');
    await expect.poll(() => preview.textContent()).toContain('Team: Team Rocket');
    const listed = await preview.locator('li').allTextContents();
    expect(listed).toEqual(
      expect.arrayContaining([
        'Session date: 2026-11-21',
        'Mentor: Ana Souza',
        '2 strengths',
        '4 weaknesses',
        '2 questions for the mentor',
        '3 goals',
        '7 backlog items',
      ]),
    );
    // Focus is on "Replace my workspace".
    await expectFocused(io.getByRole('button', { name: 'Replace my workspace' }));
    await other.keyboard.press('Enter');

    await expect.poll(() => tool(other, 'team').getByLabel('Team name').inputValue()).toBe('Team Rocket');
    await expect
      .poll(() => tool(other, 'strengths-weaknesses').locator('.ws-text-value').allTextContents())
      .toEqual([
        'Reviews happen within a day 🚀',
        'We pair on the hardest bugs',
        'Unclear sprint goals',
        'Stories are too big',
        'Only one person can deploy',
        '<img src=x onerror=alert(1)> docs lag behind',
      ]);
    await expect
      .poll(() => tool(other, 'priority-board').locator('[data-tally]').allTextContents())
      .toEqual(['4 dots', '2 dots', '0 dots', '0 dots']);
    await expect.poll(() => tool(other, 'discussion-points').locator('.ws-text-value').count()).toBe(2);
    await expect
      .poll(() => tool(other, 'goals').locator('.ws-card').nth(2).locator('.ws-flag').textContent())
      .toBe('Not yet specific: missing owner, by when (which sprint)');
    await expect
      .poll(() =>
        tool(other, 'backlog').locator('.ws-backlog-item').first().locator('[data-changes] li').allTextContents(),
      )
      .toEqual(['Priority Could → Must', 'Order 2 → 1']);

    const file = JSON.parse(exported.text) as Record<string, unknown>;
    const { $schema: _s, exportedAt: _e, ...data } = file;
    expect(await savedWorkspace(other)).toEqual(data);

    // Undo import brings back the empty workspace it replaced.
    await expectFocused(io.getByRole('button', { name: 'Undo import' }));
    await other.keyboard.press('Enter');
    await expect.poll(() => tool(other, 'team').getByLabel('Team name').inputValue()).toBe('');
    await expect.poll(async () => (await savedWorkspace(other))?.['backlog']).toEqual([]);
    expect(problemsIn(fresh)).toEqual([]);
    await fresh.close();
  });
});
