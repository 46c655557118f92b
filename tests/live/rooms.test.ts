// Rooms and capability links against the real server: members converge, a link opens its own rooms only,
// and read-only roles cannot change what others see.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { consoleDocument, REFUSAL, teamDocument, workshopDocument } from '../../src/lib/live/protocol.ts';
import type { CreatedWorkshop } from '../../server/workshops.ts';
import {
  connect,
  createWorkshop,
  start,
  synced,
  tempDataDir,
  until,
  type Client,
  type Started,
} from './support/live.ts';

let server: Started;
let removeData: () => void;
let workshop: CreatedWorkshop;
const clients: Client[] = [];
const open = (name: string, token: string | null) => {
  const client = connect(server, name, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  const data = tempDataDir();
  removeData = data.remove;
  server = await start({ dataDir: data.dataDir });
  workshop = await createWorkshop(server, { title: 'Autumn', teams: ['Red', 'Blue'] });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
  removeData();
});

const red = () => workshop.teams[0]!;
const blue = () => workshop.teams[1]!;

describe('a team room', () => {
  test('five members editing at once converge on the same items', async () => {
    const room = teamDocument(workshop.workshopId, red().id);
    const members = [0, 1, 2, 3, 4].map(() => open(room, red().member));
    await Promise.all(members.map(synced));
    members.forEach((member, index) => {
      for (let item = 0; item < 10; item++) member.doc.getArray<string>('items').push([`m${index}-${item}`]);
    });
    const expected = (members[0]?.doc.getArray<string>('items').length ?? 0) + 40;
    await until('every member holds all 50 items', () =>
      members.every((member) => member.doc.getArray('items').length === expected),
    );
    const first = JSON.stringify(members[0]?.doc.getArray('items').toJSON());
    for (const member of members) expect(JSON.stringify(member.doc.getArray('items').toJSON())).toBe(first);
  });

  test("a team's link cannot open another team's room", async () => {
    const intruder = open(teamDocument(workshop.workshopId, blue().id), red().member);
    await until('the server refuses', () => intruder.refusals.length > 0);
    expect(intruder.refusals[0]).toBe(REFUSAL.notValid);
    expect(intruder.provider.isSynced).toBe(false);
  });

  test('a wrong or missing token is refused with its reason', async () => {
    const wrong = open(teamDocument(workshop.workshopId, red().id), 'not-a-token-at-all');
    const missing = open(teamDocument(workshop.workshopId, red().id), null);
    const otherWorkshop = open(teamDocument('someOtherId', red().id), red().member);
    const notARoom = open('elsewhere/anything', workshop.facilitator);
    await until('all four are refused', () =>
      [wrong, missing, otherWorkshop, notARoom].every((client) => client.refusals.length > 0),
    );
    for (const client of [wrong, missing, otherWorkshop, notARoom]) expect(client.refusals[0]).toBe(REFUSAL.notValid);
  });

  test("the facilitator and the team's mentor write in the team's room", async () => {
    const room = teamDocument(workshop.workshopId, blue().id);
    const member = open(room, blue().member);
    const mentor = open(room, blue().mentor);
    const facilitator = open(room, workshop.facilitator);
    await Promise.all([member, mentor, facilitator].map(synced));
    mentor.doc.getMap('notes').set('mentor', 'ask about the goal');
    facilitator.doc.getMap('notes').set('facilitator', 'five minutes left');
    await until('the member sees both notes', () => member.doc.getMap('notes').size === 2);
    expect(mentor.provider.authorizedScope).toBe('read-write');
  });
});

describe('read-only roles', () => {
  /** Edits as `writer`, then waits until `witness` has seen a later message from the same connection. */
  async function editThenProbe(writer: Client, witness: Client, edit: () => void, probe: string) {
    edit();
    writer.provider.setAwarenessField('probe', probe);
    await until('the witness sees the probe', () =>
      [...witness.provider.awareness!.getStates().values()].some((state) => state['probe'] === probe),
    );
  }

  test('a member follows the workshop document but cannot change it', async () => {
    const name = workshopDocument(workshop.workshopId);
    const facilitator = open(name, workshop.facilitator);
    const member = open(name, red().member);
    await Promise.all([facilitator, member].map(synced));
    expect(member.provider.authorizedScope).toBe('readonly');
    facilitator.doc.getMap('timer').set('state', 'running');
    await until('the member sees the timer', () => member.doc.getMap('timer').get('state') === 'running');
    await editThenProbe(member, facilitator, () => member.doc.getMap('timer').set('state', 'stopped'), 'member');
    expect(facilitator.doc.getMap('timer').get('state')).toBe('running');
    const later = open(name, workshop.facilitator);
    await synced(later);
    expect(later.doc.getMap('timer').get('state')).toBe('running');
  });

  test('the projector reads the workshop document and opens nothing else', async () => {
    const name = workshopDocument(workshop.workshopId);
    const facilitator = open(name, workshop.facilitator);
    const projector = open(name, workshop.projector);
    await Promise.all([facilitator, projector].map(synced));
    expect(projector.provider.authorizedScope).toBe('readonly');
    facilitator.doc.getMap('holding').set('message', 'Back at ten');
    await until('the projector shows it', () => projector.doc.getMap('holding').get('message') === 'Back at ten');
    await editThenProbe(projector, facilitator, () => projector.doc.getMap('holding').set('message', 'Hacked'), 'p');
    expect(facilitator.doc.getMap('holding').get('message')).toBe('Back at ten');

    const teamRoom = open(teamDocument(workshop.workshopId, red().id), workshop.projector);
    await until('the projector is refused the team room', () => teamRoom.refusals.length > 0);
    expect(teamRoom.refusals[0]).toBe(REFUSAL.notValid);
  });
});

describe("the facilitator's console room", () => {
  test('the facilitator writes there and finds it again; no other link opens it', async () => {
    const name = consoleDocument(workshop.workshopId);
    const facilitator = open(name, workshop.facilitator);
    await synced(facilitator);
    expect(facilitator.provider.authorizedScope).toBe('read-write');
    facilitator.doc.getMap('console').set('workshop', 'v1.sealed');
    const second = open(name, workshop.facilitator);
    await until('a second device of the facilitator reads it', () => second.doc.getMap('console').size === 1);

    const others = [workshop.projector, red().member, red().mentor, 'not-a-token-at-all'].map((token) =>
      open(name, token),
    );
    await until('every other link is refused', () => others.every((client) => client.refusals.length > 0));
    for (const client of others) {
      expect(client.refusals[0]).toBe(REFUSAL.notValid);
      expect(client.doc.getMap('console').size).toBe(0);
    }
  });
});
