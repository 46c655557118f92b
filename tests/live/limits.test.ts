// Limits against the real server: an oversized message, a document over its cap, a malformed message, a
// flood of messages and too many connections disconnect the client at fault, and the others carry on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLOSE, teamDocument } from '../../src/lib/live/protocol.ts';
import type { CreatedWorkshop } from '../../server/workshops.ts';
import {
  connect,
  createWorkshop,
  rawSocket,
  start,
  synced,
  tempDataDir,
  until,
  type Client,
  type Started,
} from './support/live.ts';

const KiB = 1024;
let server: Started;
let removeData: () => void;
let workshop: CreatedWorkshop;
let room: string;
const clients: Client[] = [];
const open = (token: string) => {
  const client = connect(server, room, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  const data = tempDataDir();
  removeData = data.remove;
  server = await start({
    dataDir: data.dataDir,
    limits: {
      maxMessageBytes: 64 * KiB,
      maxDocumentBytes: 200 * KiB,
      messagesPerSecond: 20,
      messageBurst: 40,
      maxConnectionsPerAddress: 30,
    },
  });
  workshop = await createWorkshop(server, { teams: ['Red'] });
  room = teamDocument(workshop.workshopId, workshop.teams[0]!.id);
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
  removeData();
});

/** Two members who check that edits still flow between them. */
async function bystanders() {
  const [a, b] = [open(workshop.teams[0]!.member), open(workshop.teams[0]!.member)] as [Client, Client];
  await Promise.all([synced(a), synced(b)]);
  return {
    a,
    b,
    stillWorking: async (label: string) => {
      a.doc.getArray<string>('log').push([label]);
      await until(`"${label}" reaches the other member`, () => b.doc.getArray<string>('log').toArray().includes(label));
    },
  };
}

const member = () => workshop.teams[0]!.member;

describe('the live server', () => {
  test('disconnects a client whose message is over the size limit; the others carry on', async () => {
    const { b, stillWorking } = await bystanders();
    const sender = open(member());
    await synced(sender);
    sender.doc.getText('notes').insert(0, 'x'.repeat(80 * KiB));
    await until('the sender is disconnected as too big', () => sender.closeCodes.includes(CLOSE.tooBig.code));
    await stillWorking('after the big message');
    expect(b.doc.getText('notes').length).toBe(0);
    sender.destroy();
  });

  test('refuses an update that would take the document over its size limit', async () => {
    const { b, stillWorking } = await bystanders();
    const writer = open(member());
    await synced(writer);
    for (let i = 0; i < 3; i++) writer.doc.getArray<string>('chunks').push([String(i).repeat(50 * KiB)]);
    await until('the others hold three chunks', () => b.doc.getArray('chunks').length === 3);
    writer.doc.getArray<string>('chunks').push(['4'.repeat(60 * KiB)]);
    await until('the writer is disconnected', () => writer.closeCodes.includes(CLOSE.documentFull.code));
    await stillWorking('after the full document');
    expect(b.doc.getArray('chunks').length).toBe(3);
    writer.destroy();
  });

  test('disconnects only the sender of a malformed message', async () => {
    const { stillWorking } = await bystanders();
    const garbage = await rawSocket(server);
    garbage.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
    expect(await garbage.closed).toBe(CLOSE.malformed.code);

    // Well framed, addressed to the room, but the "update" is not a Yjs update.
    const badUpdate = await rawSocket(server);
    const name = new TextEncoder().encode(room);
    badUpdate.send(new Uint8Array([name.length, ...name, 0, 2, 5, 200, 1, 2, 3, 4]));
    expect(await badUpdate.closed).toBe(CLOSE.malformed.code);
    await stillWorking('after the malformed messages');
  });

  test('disconnects a client that sends messages faster than the rate limit', async () => {
    const { stillWorking } = await bystanders();
    const flood = await rawSocket(server);
    const name = new TextEncoder().encode(room);
    const queryAwareness = new Uint8Array([name.length, ...name, 3]);
    for (let i = 0; i < 100; i++) flood.send(queryAwareness);
    expect(await flood.closed).toBe(CLOSE.tooFast.code);
    await stillWorking('after the flood');
  });

  test('refuses connections beyond the cap for one address', async () => {
    const sockets = [];
    let refused: Error | undefined;
    for (let i = 0; i < 31 && !refused; i++) {
      try {
        sockets.push(await rawSocket(server));
      } catch (error) {
        refused = error as Error;
      }
    }
    expect(refused?.message).toMatch(/429/);
    for (const socket of sockets) socket.close();
    await Promise.all(sockets.map((socket) => socket.closed));
    const again = await rawSocket(server);
    again.close();
  });
});
