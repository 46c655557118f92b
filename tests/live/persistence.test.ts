// Persistence and the inactivity sweep: a restarted server has every room as it was; rooms idle for
// longer than the TTL are deleted, and their links then say that the workshop has ended.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { REFUSAL, teamDocument, workshopDocument } from '../../src/lib/live/protocol.ts';
import { DAY_MS } from '../../server/sweep.ts';
import { connect, createWorkshop, start, synced, tempDataDir, until, type Client } from './support/live.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const track = (client: Client) => {
  cleanups.push(() => client.destroy());
  return client;
};
const serverIn = async (dataDir: string, options: Partial<Parameters<typeof start>[0]> = {}) => {
  const server = await start({ dataDir, ...options });
  cleanups.push(() => server.close());
  return server;
};

describe('persistence', () => {
  test('a server stopped and started again on the same data folder has lost nothing', async () => {
    const { dataDir, remove } = tempDataDir();
    cleanups.push(remove);
    const first = await start({ dataDir });
    const workshop = await createWorkshop(first, { teams: ['Red', 'Blue'] });
    const room = teamDocument(workshop.workshopId, workshop.teams[1]!.id);
    const member = connect(first, room, workshop.teams[1]!.member);
    const facilitator = connect(first, workshopDocument(workshop.workshopId), workshop.facilitator);
    await Promise.all([synced(member), synced(facilitator)]);
    for (let i = 0; i < 20; i++) member.doc.getArray<string>('items').push([`item ${i}`]);
    facilitator.doc.getMap('timer').set('startedAt', 1234);
    await until('the server has received every edit', () =>
      [member, facilitator].every((client) => !client.provider.hasUnsyncedChanges),
    );
    // Stopping at once, while the edits are still waiting for the debounced store.
    await first.close();
    member.destroy();
    facilitator.destroy();

    const second = await serverIn(dataDir);
    const returning = track(connect(second, room, workshop.teams[1]!.member));
    const console = track(connect(second, workshopDocument(workshop.workshopId), workshop.facilitator));
    await Promise.all([synced(returning), synced(console)]);
    expect(returning.doc.getArray('items').toArray()).toEqual(Array.from({ length: 20 }, (_, i) => `item ${i}`));
    expect(console.doc.getMap('timer').get('startedAt')).toBe(1234);
  });
});

describe('the inactivity sweep', () => {
  test('deletes rooms idle for longer than the TTL, keeps active ones, and old links say it has ended', async () => {
    const { dataDir, remove } = tempDataDir();
    cleanups.push(remove);
    let clock = Date.now();
    const server = await serverIn(dataDir, { roomTtlDays: 30, now: () => clock });
    const idle = await createWorkshop(server, { teams: ['Red'] });
    const active = await createWorkshop(server, { teams: ['Blue'] });
    const idleRoom = teamDocument(idle.workshopId, idle.teams[0]!.id);
    const writer = connect(server, idleRoom, idle.teams[0]!.member);
    await synced(writer);
    writer.doc.getArray<string>('items').push(['something a team wrote']);
    await until('the room is stored', () => rows(dataDir, 'documents') === 1, 15_000);
    writer.destroy();

    clock += 20 * DAY_MS;
    const visitor = track(connect(server, workshopDocument(active.workshopId), active.facilitator));
    await synced(visitor);
    visitor.destroy();
    clock += 11 * DAY_MS;
    expect(server.sweep()).toBe(1);
    expect(rows(dataDir, 'documents')).toBe(0);
    expect(rows(dataDir, 'workshops')).toBe(1);

    const late = track(connect(server, idleRoom, idle.teams[0]!.member));
    await until('the old link is refused', () => late.refusals.length > 0);
    expect(late.refusals[0]).toBe(REFUSAL.ended);
    const stillThere = track(connect(server, workshopDocument(active.workshopId), active.projector));
    await synced(stillThere);
  });
});

function rows(dataDir: string, table: 'documents' | 'workshops'): number {
  const db = new DatabaseSync(join(dataDir, 'live.sqlite'), { readOnly: true });
  try {
    return Number(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.['n']);
  } finally {
    db.close();
  }
}
