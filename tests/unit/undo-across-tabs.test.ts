import { describe, expect, test, vi } from 'vitest';
import { FakeBrowser, openTab, type Tab } from './support/tabs';

/** Undo reverts this tab's action alone: what another tab changed meanwhile stays. */

async function twoTabs(): Promise<[Tab, Tab]> {
  const browser = new FakeBrowser();
  const a = await openTab(browser);
  const b = await openTab(browser);
  return [a, b];
}

const inStep = async (a: Tab, b: Tab) => vi.waitFor(() => expect(b.$workspace.get()).toEqual(a.$workspace.get()));

describe('undo after another tab changed something else', () => {
  test('undo of a delete brings the item back and keeps the other tab’s edit and addition', async () => {
    const [a, b] = await twoTabs();
    const doomed = a.addWeakness('doomed') as string;
    const kept = a.addWeakness('kept') as string;
    await inStep(a, b);
    const token = a.deleteItem(doomed);
    await inStep(a, b);
    b.editItem(kept, 'kept, edited in B');
    b.addStrength('added in B');
    await inStep(a, b);
    expect(a.undoDelete(token!)).toBe(true);
    await inStep(a, b);
    const ws = b.$workspace.get();
    expect(ws.weaknesses.map((w) => w.text)).toEqual(['doomed', 'kept, edited in B']);
    expect(ws.rank).toEqual([doomed, kept]);
    expect(ws.strengths.map((s) => s.text)).toEqual(['added in B']);
  });

  test('undo of a new round and of rank by votes restore the dots and the order, keeping the other tab’s work', async () => {
    const [a, b] = await twoTabs();
    const [x, y] = ['x', 'y'].map((t) => a.addWeakness(t) as string) as [string, string];
    a.setMembers(['Ana']);
    const ana = a.$workspace.get().voting.members[0]?.id as string;
    a.castVote(ana, y);
    await inStep(a, b);
    const ranking = a.rankByVotes();
    const round = a.resetVotes();
    await inStep(a, b);
    b.addStrength('added in B');
    b.editItem(x, 'x, edited in B');
    await inStep(a, b);
    expect(round?.undo()).toBe(true);
    expect(ranking.undo()).toBe(true);
    await inStep(a, b);
    const ws = b.$workspace.get();
    expect(ws.voting.votes).toEqual([{ memberId: ana, weaknessId: y, count: 1 }]);
    expect(ws.rank).toEqual([x, y]);
    expect(ws.weaknesses.find((w) => w.id === x)?.text).toBe('x, edited in B');
    expect(ws.strengths.map((s) => s.text)).toEqual(['added in B']);
  });

  test('undo of a clear restores the work and keeps what another tab added after it', async () => {
    const [a, b] = await twoTabs();
    a.addStrength('real work');
    a.setTeamDetails({ name: 'Rocket' });
    await inStep(a, b);
    a.resetWorkspace();
    await inStep(a, b);
    b.addWeakness('added in B after the clear');
    await inStep(a, b);
    expect(a.undoReset()).toBe(true);
    await inStep(a, b);
    const ws = b.$workspace.get();
    expect(ws.strengths.map((s) => s.text)).toEqual(['real work']);
    expect(ws.team.name).toBe('Rocket');
    expect(ws.weaknesses.map((w) => w.text)).toEqual(['added in B after the clear']);
  });
});
