// Scale-out: two servers sharing one data folder and a Redis (Debian's redis-server, started here on a
// free port without persistence) serve the same rooms; clients on different servers converge.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { teamDocument } from '../../src/lib/live/protocol.ts';
import type { CreatedWorkshop } from '../../server/workshops.ts';
import {
  connect,
  createWorkshop,
  start,
  startRedis,
  synced,
  tempDataDir,
  until,
  type Client,
  type Started,
} from './support/live.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
let servers: Started[] = [];
let removeData: () => void;
let workshop: CreatedWorkshop;
const clients: Client[] = [];

beforeAll(async () => {
  redis = await startRedis();
  const data = tempDataDir();
  removeData = data.remove;
  servers = [
    await start({ dataDir: data.dataDir, redisUrl: redis.url }),
    await start({ dataDir: data.dataDir, redisUrl: redis.url }),
  ];
  // Created on the first server, opened on both: they share the workshops and their tokens.
  workshop = await createWorkshop(servers[0]!, { teams: ['Red'] });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(servers.map((server) => server.close()));
  await redis?.stop();
  removeData?.();
});

test('members connected to different servers converge', async () => {
  const room = teamDocument(workshop.workshopId, workshop.teams[0]!.id);
  const members = [0, 1, 2, 3].map((index) => connect(servers[index % 2]!, room, workshop.teams[0]!.member));
  clients.push(...members);
  await Promise.all(members.map(synced));
  members.forEach((member, index) => member.doc.getArray<string>('items').push([`from member ${index}`]));
  await until('every member holds the four items', () =>
    members.every((member) => member.doc.getArray('items').length === 4),
  );
  const first = JSON.stringify(members[0]!.doc.getArray('items').toJSON());
  for (const member of members) expect(JSON.stringify(member.doc.getArray('items').toJSON())).toBe(first);

  members[1]!.provider.setAwarenessField('user', { name: 'Ada' });
  await until('presence crosses servers', () =>
    [...members[0]!.provider.awareness!.getStates().values()].some(
      (state) => (state['user'] as { name?: string } | undefined)?.name === 'Ada',
    ),
  );
});
