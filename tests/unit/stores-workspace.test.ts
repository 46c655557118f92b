import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { enter, FakeBrowser, openTab, quotaExceeded } from './support/tabs';
import { fixture } from './support/fixtures';
import { anythingArb } from './support/arbitraries';
import { parseWorkspaceText } from '../../src/lib/import/parse';
import { parseExistingBacklog } from '../../src/lib/import/backlog/backlog-parse';
import { WORKSPACE_VERSION, WorkspaceSchema } from '../../src/lib/schema/workspace';
import { decodeWorkspace } from '../../src/lib/schema/decode';

const KEY = 'mentoring-kit:v1:workspace';

/** The id of what an add action added (fails the test when it was refused). */
function addedId(outcome: { ok: true; id: string } | { ok: false; reason: string }): string {
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  return outcome.id;
}

describe('workspace actions', () => {
  test('each action has one name: none only renames another', async () => {
    const store = await import('../../src/stores/workspace');
    const names = new Map<unknown, string[]>();
    for (const [name, value] of Object.entries(store)) {
      if (typeof value === 'function') names.set(value, [...(names.get(value) ?? []), name]);
    }
    expect([...names.values()].filter((same) => same.length > 1)).toEqual([]);
  });

  test('add strengths and weaknesses; empty text is refused; a new weakness goes to the bottom of the rank', async () => {
    const tab = await openTab();
    expect(tab.addStrength('  We help each other ')).toEqual(expect.any(String));
    expect(tab.addStrength('   ')).toBeNull();
    const a = tab.addWeakness('Unclear sprint goals');
    const b = tab.addWeakness('Stories too big');
    const ws = tab.$workspace.get();
    expect(ws.strengths.map((s) => s.text)).toEqual(['We help each other']);
    expect(ws.rank).toEqual([a, b]);
  });

  test('edit changes text but refuses to blank it', async () => {
    const tab = await openTab();
    const id = tab.addStrength('old') as string;
    expect(tab.editItem(id, 'new')).toBe(true);
    expect(tab.editItem(id, '  ')).toBe(false);
    expect(tab.$workspace.get().strengths[0]?.text).toBe('new');
  });

  test('deleting a weakness removes its links and undo puts all of them back', async () => {
    const tab = await openTab();
    const w1 = tab.addWeakness('one') as string;
    const w2 = tab.addWeakness('two') as string;
    tab.setMembers(2);
    const member = tab.$workspace.get().voting.members[0]?.id as string;
    tab.castVote(member, w1);
    const point = addedId(tab.addDiscussionPoint('why?', [w1, w2]));
    const goal = tab.addGoal({ statement: 'fix one', weaknessIds: [w1] }).id;
    const before = tab.$workspace.get();

    const token = tab.deleteItem(w1);
    expect(token).not.toBeNull();
    const after = tab.$workspace.get();
    expect(after.rank).toEqual([w2]);
    expect(after.voting.votes).toEqual([]);
    expect(after.discussion.find((p) => p.id === point)?.weaknessIds).toEqual([w2]);
    expect(after.goals.find((g) => g.id === goal)?.weaknessIds).toEqual([]);
    expect(WorkspaceSchema.safeParse(after).success).toBe(true);

    expect(tab.undoDelete(token!)).toBe(true);
    const restored = tab.$workspace.get();
    expect(restored.weaknesses).toEqual(before.weaknesses);
    expect(restored.rank).toEqual(before.rank);
    expect(restored.voting.votes).toEqual(before.voting.votes);
    expect(restored.goals).toEqual(before.goals);
    expect(restored.discussion[0]?.weaknessIds.sort()).toEqual([w1, w2].sort());
    expect(tab.undoDelete(token!)).toBe(false);
  });

  test('moves an item between strengths and weaknesses, keeping its id', async () => {
    const tab = await openTab();
    const id = tab.addStrength('Daily is short') as string;
    tab.moveItemToOtherList(id);
    expect(tab.$workspace.get().weaknesses.map((w) => w.id)).toEqual([id]);
    expect(tab.$workspace.get().rank).toEqual([id]);
    tab.moveItemToOtherList(id);
    expect(tab.$workspace.get().strengths.map((s) => s.id)).toEqual([id]);
    expect(tab.$workspace.get().rank).toEqual([]);
  });

  test('moves weaknesses and announces the new position', async () => {
    const tab = await openTab();
    const ids = ['a', 'b', 'Unclear sprint goals', 'd', 'e', 'f'].map((t) => tab.addWeakness(t) as string);
    const target = ids[2] as string;
    expect(tab.moveWeakness(target, 'up')).toBe("'Unclear sprint goals' moved to position 2 of 6");
    expect(tab.moveWeakness(target, 'up')).toBe("'Unclear sprint goals' moved to position 1 of 6");
    expect(tab.moveWeakness(target, 'up')).toBe("'Unclear sprint goals' moved to position 1 of 6");
    expect(tab.moveWeakness(target, 5)).toBe("'Unclear sprint goals' moved to position 6 of 6");
    expect(tab.moveWeakness('nope', 'down')).toBeNull();
  });

  test('dot voting: caps, tally order, reset', async () => {
    const tab = await openTab();
    const [a, b] = ['a', 'b'].map((t) => tab.addWeakness(t) as string) as [string, string];
    tab.setMembers(['Ana', 'Bo']);
    const [ana, bo] = tab.$workspace.get().voting.members.map((m) => m.id) as [string, string];
    expect(tab.castVote(ana, b)).toEqual({ ok: true, left: 2 });
    expect(tab.castVote(ana, b)).toEqual({ ok: true, left: 1 });
    expect(tab.castVote(ana, b)).toEqual({ ok: false, reason: 'itemCapReached' });
    expect(tab.castVote(ana, a)).toEqual({ ok: true, left: 0 });
    expect(tab.castVote(ana, a)).toEqual({ ok: false, reason: 'noVotesLeft' });
    tab.castVote(bo, b);
    tab.rankByVotes();
    expect(tab.$workspace.get().rank).toEqual([b, a]);
    tab.setVotesPerMember(1);
    expect(
      tab.$workspace
        .get()
        .voting.votes.filter((v) => v.memberId === ana)
        .reduce((n, v) => n + v.count, 0),
    ).toBe(1);
    tab.resetVotes();
    expect(tab.$workspace.get().voting.votes).toEqual([]);
    expect(tab.$workspace.get().rank).toEqual([b, a]);
  });

  test('ranking by votes, a new round and fewer dots or voters can each be undone', async () => {
    const tab = await openTab();
    const [a, b] = ['a', 'b'].map((t) => tab.addWeakness(t) as string) as [string, string];
    tab.setMembers(['Ana', 'Bo']);
    const [ana, bo] = tab.$workspace.get().voting.members.map((m) => m.id) as [string, string];
    tab.castVote(ana, b);
    tab.castVote(ana, b);
    tab.castVote(bo, a);
    const voted = tab.$workspace.get().voting;

    const ranking = tab.rankByVotes();
    expect(tab.$workspace.get().rank).toEqual([b, a]);
    expect(ranking.undo()).toBe(true);
    expect(tab.$workspace.get().rank).toEqual([a, b]);
    expect(ranking.undo()).toBe(false);

    const round = tab.resetVotes();
    expect(tab.$workspace.get().voting.votes).toEqual([]);
    expect(round?.undo()).toBe(true);
    expect(tab.$workspace.get().voting).toEqual(voted);

    const limit = tab.setVotesPerMember(1);
    expect(tab.$workspace.get().voting.votes.reduce((n, v) => n + v.count, 0)).toBe(2);
    expect(limit?.undo()).toBe(true);
    expect(tab.$workspace.get().voting).toEqual(voted);

    const voters = tab.setMembers(1);
    expect(tab.$workspace.get().voting.votes.map((v) => v.memberId)).toEqual([ana]);
    expect(voters.undo()).toBe(true);
    expect(tab.$workspace.get().voting).toEqual(voted);
  });

  test('setting members by count keeps existing ids and names', async () => {
    const tab = await openTab();
    tab.setMembers(['Ana']);
    const ana = tab.$workspace.get().voting.members[0]?.id;
    tab.setMembers(3);
    expect(tab.$workspace.get().voting.members.map((m) => m.name)).toEqual(['Ana', 'Member 2', 'Member 3']);
    expect(tab.$workspace.get().voting.members[0]?.id).toBe(ana);
    tab.setMembers(Number.NaN);
    expect(tab.$workspace.get().voting.members).toEqual([]);
  });

  test('actions say what they did: where an entry went, the dots left, what ranks first, or why not', async () => {
    const tab = await openTab();
    const [a, b] = ['Unclear goals', 'Stories too big'].map((t) => tab.addWeakness(t) as string) as [string, string];
    expect(tab.addGoal({ statement: ' Split stories ' })).toMatchObject({ ok: true, place: { position: 1, of: 1 } });
    const goal = tab.addGoal().id;
    expect(tab.addBacklogItem({ title: '  Typed ' })).toMatchObject({ text: 'Typed', place: { position: 1, of: 1 } });
    expect(tab.addBacklogItemFromGoal(goal)).toMatchObject({ goalNumber: 2, place: { position: 2, of: 2 } });

    expect(tab.addDiscussionPoint(' ')).toEqual({ ok: false, reason: 'emptyQuestion' });
    const free = addedId(tab.addDiscussionPoint('Unlinked?'));
    expect(tab.addDiscussionPoint(' About b? ', [b])).toMatchObject({
      text: 'About b?',
      place: { position: 1, of: 2 },
    });
    expect(tab.linkDiscussionPoint(free, [a])).toEqual({ ok: true, place: { position: 1, of: 2 } });
    expect(tab.linkDiscussionPoint('gone', [a])).toEqual({ ok: false, reason: 'unknownItem' });

    tab.setMembers(['Ana', 'Bo']);
    const [ana, bo] = tab.$workspace.get().voting.members.map((m) => m.id) as [string, string];
    expect(tab.removeVote(ana, b)).toEqual({ ok: false, reason: 'noDotHere' });
    expect(tab.castVote(ana, b)).toEqual({ ok: true, left: 2 });
    tab.castVote(bo, b);
    expect(tab.removeVote(ana, b)).toEqual({ ok: true, left: 3 });
    tab.castVote(ana, b);
    expect(tab.rankByVotes()).toMatchObject({ first: 'Stories too big' });
    expect(tab.resetVotes()).toMatchObject({ dots: 2 });
    expect(tab.resetVotes()).toBeNull();
  });

  test('discussion points link only to weaknesses that exist', async () => {
    const tab = await openTab();
    const w = tab.addWeakness('w') as string;
    const id = addedId(tab.addDiscussionPoint('Q?', [w, 'ghost', w]));
    expect(tab.$workspace.get().discussion[0]?.weaknessIds).toEqual([w]);
    tab.linkDiscussionPoint(id, []);
    expect(tab.$workspace.get().discussion[0]?.weaknessIds).toEqual([]);
    expect(tab.editItem(id, 'Better question?')).toBe(true);
    expect(tab.deleteItem(id)).not.toBeNull();
    expect(tab.$workspace.get().discussion).toEqual([]);
  });

  test('goals and backlog items: from a goal, edited, moved, deleted and restored with the link', async () => {
    const tab = await openTab();
    const goal = tab.addGoal({ statement: 'Sprint goals', owner: 'PO' }).id;
    tab.updateGoal(goal, { measure: 'Checked at review', due: 'Sprint 14' });
    const fromGoal = addedId(tab.addBacklogItemFromGoal(goal));
    expect(tab.addBacklogItemFromGoal('ghost')).toEqual({ ok: false, reason: 'unknownGoal' });
    const typed = addedId(tab.addBacklogItem({ title: 'Typed', priority: 'must', goalId: 'ghost' }));
    expect(tab.addBacklogItem({ title: ' ' })).toEqual({ ok: false, reason: 'emptyTitle' });
    tab.updateBacklogItem(typed, { size: 'M', title: '' });
    let ws = tab.$workspace.get();
    expect(ws.backlog.map((b) => [b.title, b.goalId, b.size])).toEqual([
      ['Sprint goals', goal, null],
      ['Typed', null, 'M'],
    ]);
    expect(tab.moveBacklogItem(typed, 'up')).toBe("'Typed' moved to position 1 of 2");
    const token = tab.deleteItem(goal);
    expect(tab.$workspace.get().backlog.find((b) => b.id === fromGoal)?.goalId).toBeNull();
    tab.undoDelete(token!);
    ws = tab.$workspace.get();
    expect(ws.backlog.find((b) => b.id === fromGoal)?.goalId).toBe(goal);
    expect(ws.goals[0]?.measure).toBe('Checked at review');
    expect(tab.deleteItem(typed)).not.toBeNull();
  });

  test('team details: an invalid date is ignored', async () => {
    const tab = await openTab();
    tab.setTeamDetails({ name: 'Rocket', sessionDate: '2026-11-21', mentor: 'Ana' });
    tab.setTeamDetails({ sessionDate: '2026-02-30' });
    expect(tab.$workspace.get().team).toEqual({ name: 'Rocket', sessionDate: '2026-11-21', mentor: 'Ana' });
  });

  test('brings in the existing backlog from gh JSON and CSV, skipping issues already there', async () => {
    const tab = await openTab();
    expect(tab.addExistingBacklogItems(parseExistingBacklog(fixture('backlog/gh-issue-list.json')))).toEqual({
      ok: true,
      added: 5,
      skipped: 0,
    });
    expect(tab.addExistingBacklogItems(parseExistingBacklog(fixture('backlog/gh-issue-list.json')))).toEqual({
      ok: true,
      added: 0,
      skipped: 5,
    });
    expect(tab.addExistingBacklogItems(parseExistingBacklog(fixture('backlog/backlog.csv')))).toEqual({
      ok: true,
      added: 3,
      skipped: 0,
    });
    expect(tab.addExistingBacklogItems(parseExistingBacklog('what\nx'))).toEqual({
      ok: false,
      error: { kind: 'noTitleColumn' },
    });
    const ws = tab.$workspace.get();
    expect(ws.backlog).toHaveLength(8);
    expect(ws.backlog[1]?.existing?.baseline).toEqual({ priority: 'could', size: 'L', order: 1 });
    expect(WorkspaceSchema.safeParse(ws).success).toBe(true);
  });

  test('import replaces the workspace and undo import restores the previous one exactly', async () => {
    const tab = await openTab();
    tab.addWeakness('mine');
    const before = tab.$workspace.get();
    const result = parseWorkspaceText(fixture('workspace/v1-valid.json'));
    if (!result.ok) throw new Error('fixture');
    tab.importWorkspace(result.value);
    expect(tab.$workspace.get().team.name).toBe('Team Rocket');
    expect(tab.$workspace.get()).toEqual(result.value.workspace);
    expect(tab.$replaced.get()?.reason).toBe('import');
    expect(tab.undoReset()).toBe(false);
    expect(tab.undoImport()).toBe(true);
    expect(tab.$workspace.get()).toEqual(before);
    expect(tab.undoImport()).toBe(false);
  });

  test('reset empties the workspace and can be undone; a second reset of an empty one keeps the undo', async () => {
    const tab = await openTab();
    tab.addStrength('s');
    tab.setMembers(2);
    const member = tab.$workspace.get().voting.members[0]?.id as string;
    const w = tab.addWeakness('w') as string;
    tab.castVote(member, w);
    const before = tab.$workspace.get();
    tab.resetWorkspace();
    tab.resetWorkspace();
    expect(tab.$workspace.get().strengths).toEqual([]);
    expect(tab.undoReset()).toBe(true);
    expect(tab.$workspace.get()).toEqual(before);
  });

  test('no malformed file changes the workspace or what is saved (property)', async () => {
    const tab = await openTab();
    tab.addWeakness('keep me');
    tab.setTeamDetails({ name: 'Rocket' });
    const value = tab.$workspace.get();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          anythingArb.map((v) => {
            try {
              return JSON.stringify(v) ?? 'undefined';
            } catch {
              return String(typeof v);
            }
          }),
          fc.constantFrom(
            fixture('workspace/not-json.json'),
            fixture('workspace/wrong-format.json'),
            fixture('workspace/version-99.json'),
            fixture('workspace/invalid-field.json'),
          ),
        ),
        (text) => {
          const result = parseWorkspaceText(text);
          expect(result.ok).toBe(false);
          if (result.ok) tab.importWorkspace(result.value);
          expect(tab.$workspace.get()).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
  });
});

test('records a goal check-in after the sprint, and takes it back', async () => {
  const tab = await openTab();
  const goal = tab.addGoal({ statement: 'Every sprint has a goal' }).id;
  tab.checkInGoal(goal, { status: 'achieved', note: 'Since Sprint 5' });
  expect(tab.$workspace.get().goals[0]?.checkIn).toEqual({ status: 'achieved', note: 'Since Sprint 5' });
  tab.checkInGoal(goal, null);
  expect(tab.$workspace.get().goals[0]?.checkIn).toBeNull();
  expect(WorkspaceSchema.safeParse(tab.$workspace.get()).success).toBe(true);
});

describe('persistence', () => {
  test('keeps the workspace in IndexedDB: a new tab (or a reload) loads the same workspace', async () => {
    const browser = new FakeBrowser();
    const first = await openTab(browser);
    first.setTeamDetails({ name: 'Rocket 🚀', mentor: 'אנה' });
    first.addWeakness('Unclear sprint goals');
    first.addGoal({ statement: 'Goal' });
    expect(await first.startWorkspace()?.flushed()).toBe(true);
    expect(browser.storage.data.has(KEY)).toBe(false);
    const second = await openTab(browser);
    expect(second.$workspace.get()).toEqual(first.$workspace.get());
  });

  test('a download made the instant a page opens has the saved workspace, not the blank one before loading', async () => {
    const browser = new FakeBrowser();
    const first = await openTab(browser);
    first.addStrength('We pair on hard problems');
    expect(await first.startWorkspace()?.flushed()).toBe(true);
    const opening = await openTab(browser, { waitForLoad: false });
    expect(opening.$workspace.get().strengths).toEqual([]);
    expect((await opening.loadedWorkspace()).strengths.map((s) => s.text)).toEqual(['We pair on hard problems']);
  });

  test('carries a workspace saved by the previous version into the document, then retires the old value', async () => {
    const browser = new FakeBrowser();
    const saved = JSON.parse(fixture('workspace/v1-valid.json')) as unknown;
    browser.storage.data.set(KEY, JSON.stringify({ rev: 7, tab: 'old', data: saved }));
    const tab = await openTab(browser);
    await vi.waitFor(() => expect(browser.storage.data.has(KEY)).toBe(false));
    // Carried in through the import path: migrated to the current version on the way.
    const decoded = decodeWorkspace(saved);
    if (!decoded.ok) throw new Error('fixture');
    const workspace = decoded.value.workspace;
    expect(tab.$workspace.get()).toEqual(workspace);
    const reloaded = await openTab(browser);
    expect(reloaded.$workspace.get()).toEqual(workspace);
  });

  test('carries a version 0 value in through the import path (migrated)', async () => {
    const browser = new FakeBrowser();
    browser.storage.data.set(KEY, fixture('workspace/v0.json'));
    const tab = await openTab(browser);
    await vi.waitFor(() => expect(tab.$workspace.get().team.name).toBe('Team Rocket'));
    expect(tab.$workspace.get().version).toBe(WORKSPACE_VERSION);
    expect(tab.$storageHealth.get()).toEqual({ status: 'ok' });
  });

  test('sets an old value it cannot read aside under a backup key and says so', async () => {
    const browser = new FakeBrowser();
    browser.storage.data.set(KEY, '{"rev":3,"tab":"x","data":{"format":"mentoring-kit/workspace","version":1,"team":');
    const tab = await openTab(browser);
    await vi.waitFor(() => expect(tab.$storageHealth.get().status).toBe('recovered-corrupt'));
    const health = tab.$storageHealth.get();
    const backupKey = health.status === 'recovered-corrupt' ? health.backupKey : '';
    expect(backupKey).toMatch(new RegExp(`^${KEY}:corrupt:\\d+$`));
    expect(browser.storage.data.get(backupKey)).toContain('"rev":3');
    expect(tab.$workspace.get().weaknesses).toEqual([]);
    tab.addWeakness('fresh start');
    tab.dismissStorageNotice();
    expect(tab.$storageHealth.get()).toEqual({ status: 'ok' });
    expect(browser.storage.data.get(backupKey)).toContain('"rev":3');
  });

  test('sets aside an old value that is JSON but not a valid workspace', async () => {
    const browser = new FakeBrowser();
    browser.storage.data.set(KEY, fixture('workspace/invalid-field.json'));
    const tab = await openTab(browser);
    await vi.waitFor(() => expect(tab.$storageHealth.get().status).toBe('recovered-corrupt'));
  });

  test('sets aside an old value written by a newer version, and never overwrites it', async () => {
    const browser = new FakeBrowser();
    const newer = JSON.stringify({
      rev: 9,
      tab: 'newer',
      data: JSON.parse(fixture('workspace/version-99.json')) as unknown,
    });
    browser.storage.data.set(KEY, newer);
    const tab = await openTab(browser);
    await vi.waitFor(() => expect(tab.$storageHealth.get().status).toBe('recovered-corrupt'));
    const health = tab.$storageHealth.get();
    const backupKey = health.status === 'recovered-corrupt' ? health.backupKey : '';
    tab.addStrength('work goes on');
    expect(await tab.startWorkspace()?.flushed()).toBe(true);
    expect(browser.storage.data.get(backupKey)).toBe(newer);
  });

  test('sets an unreadable saved document aside, untouched, and saves under a new name', async () => {
    const browser = new FakeBrowser();
    const first = await openTab(browser);
    first.addStrength('before the damage');
    expect(await first.startWorkspace()?.flushed()).toBe(true);
    // Damage what is on disk: an update that is not Yjs.
    await new Promise<void>((resolve, reject) => {
      const open = browser.indexedDB.open('mentoring-kit:v2:workspace');
      open.onsuccess = () => {
        const tx = open.result.transaction('updates', 'readwrite');
        tx.objectStore('updates').add(new Uint8Array([255, 1, 2, 3]));
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(new Error('write failed'));
      };
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tab = await openTab(browser);
    expect(tab.$storageHealth.get()).toEqual({
      status: 'recovered-corrupt',
      backupKey: 'IndexedDB "mentoring-kit:v2:workspace"',
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('IndexedDB "mentoring-kit:v2:workspace"'));
    warn.mockRestore();
    tab.addStrength('after');
    expect(await tab.startWorkspace()?.flushed()).toBe(true);
    const again = await openTab(browser);
    // The first tab, still open, gave back what it had: nothing was lost.
    expect(again.$workspace.get().strengths.map((s) => s.text)).toEqual(['before the damage', 'after']);
  });

  test('keeps working in memory when the disk is full, and saves by itself once it has room again', async () => {
    const browser = new FakeBrowser();
    const tab = await openTab(browser);
    tab.addStrength('saved');
    expect(await tab.startWorkspace()?.flushed()).toBe(true);
    browser.failWrites = quotaExceeded();
    tab.addStrength('only in memory');
    await vi.waitFor(() => expect(tab.$storageHealth.get()).toEqual({ status: 'full' }));
    expect(tab.$workspace.get().strengths.map((s) => s.text)).toEqual(['saved', 'only in memory']);
    browser.failWrites = null;
    // No further edit: the retry writes the whole document.
    await vi.waitFor(() => expect(tab.$storageHealth.get()).toEqual({ status: 'ok' }), { timeout: 15_000 });
    const reloaded = await openTab(browser);
    expect(reloaded.$workspace.get().strengths.map((s) => s.text)).toEqual(['saved', 'only in memory']);
  });

  test('reports storage as unavailable when there is no IndexedDB (blocked), and works in memory', async () => {
    enter(new FakeBrowser());
    delete (globalThis as unknown as Record<string, unknown>).indexedDB;
    const blocked = await openTab(null);
    expect(blocked.addWeakness('works anyway')).toEqual(expect.any(String));
    expect(blocked.$workspace.get().weaknesses).toHaveLength(1);
    await vi.waitFor(() => expect(blocked.$storageHealth.get()).toEqual({ status: 'unavailable' }));
  });

  test('is safe to import and use without a browser (server render): nothing is read or reported', async () => {
    vi.resetModules();
    const storage = await import('../../src/stores/storage');
    storage.configureStorage(null);
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const tab = await import('../../src/stores/workspace');
    expect(tab.$workspace.get().format).toBe('mentoring-kit/workspace');
    tab.addStrength('rendered on the server');
    expect(tab.$workspace.get().strengths).toHaveLength(1);
    expect(tab.$storageHealth.get()).toEqual({ status: 'ok' });
  });
});

describe('two tabs', () => {
  test('follow each other through the Yjs sync protocol', async () => {
    const browser = new FakeBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    a.addWeakness('from A');
    await vi.waitFor(() => expect(b.$workspace.get()).toEqual(a.$workspace.get()));
    b.addStrength('from B');
    await vi.waitFor(() => expect(a.$workspace.get()).toEqual(b.$workspace.get()));
  });

  test('converge without losing an item when both change at the same time', async () => {
    const browser = new FakeBrowser();
    const a = await openTab(browser);
    const b = await openTab(browser);
    a.addWeakness('from A');
    b.addWeakness('from B');
    b.addStrength('also from B');
    await vi.waitFor(() => {
      expect(a.$workspace.get().weaknesses).toHaveLength(2);
      expect(b.$workspace.get()).toEqual(a.$workspace.get());
    });
    const ws = a.$workspace.get();
    expect(ws.weaknesses.map((w) => w.text).sort()).toEqual(['from A', 'from B']);
    expect(ws.strengths.map((s) => s.text)).toEqual(['also from B']);
    expect(WorkspaceSchema.safeParse(ws).success).toBe(true);
  });

  test('a tab that opens later gets what the others have, even what is not yet on disk', async () => {
    const browser = new FakeBrowser();
    const a = await openTab(browser);
    a.addStrength('one');
    const b = await openTab(browser);
    await vi.waitFor(() => expect(b.$workspace.get().strengths.map((s) => s.text)).toEqual(['one']));
  });
});
