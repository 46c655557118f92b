// `npm run bench -- --live`: simulated members (Node HocuspocusProviders, one socket each) in rooms of five,
// each adding an item every two seconds, against live servers in their own processes. Reports the
// propagation latency (from one member's edit to its arrival at each of the other four), the servers'
// CPU and peak memory, and the bytes on the wire per edit; writes JSON to bench/results/ and the table
// into README.md. Run `npm run bench -- --live --help` for the options.
/* global fetch */
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRedis } from '../scripts/redis-server.mjs';

const HELP = `npm run bench -- --live [options]

  --scenarios 20,100,500,500x2   members per run; "x2" runs two servers sharing Redis
  --seconds 60                   measured time per run (after everyone has joined)
  --interval 2000                milliseconds between one member's edits
  --out FILE                     JSON output (default bench/results/live-<YYYY-MM-DD>.json)
  --no-readme                    do not write the table into README.md
  --help`;

const { values: options } = parseArgs({
  options: {
    live: { type: 'boolean', default: true },
    scenarios: { type: 'string', default: '20,100,500,500x2' },
    seconds: { type: 'string', default: '60' },
    interval: { type: 'string', default: '2000' },
    out: { type: 'string' },
    'no-readme': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(HELP);
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const seconds = Math.max(5, Number(options.seconds) || 60);
const interval = Math.max(100, Number(options.interval) || 2000);
const ROOM = 5;
const scenarios = options.scenarios.split(',').map((text) => {
  const [members, servers = '1'] = text.trim().split('x');
  return { members: Number(members), servers: Number(servers) };
});
const started = Date.now();
const progress = (message) =>
  process.stderr.write(`[live bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);
const until = async (condition, what, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
};

/** A WebSocket that counts the bytes it sends and receives. */
const wire = { sent: 0, received: 0 };
class CountingWebSocket extends WebSocket {
  constructor(...args) {
    super(...args);
    this.on('message', (data) => {
      wire.received += data.byteLength ?? data.length;
    });
  }
  send(data, ...rest) {
    wire.sent += data.byteLength ?? data.length;
    return super.send(data, ...rest);
  }
}

function startLiveServer(options) {
  const child = fork(join(root, 'bench', 'lib', 'live-server.mjs'), [JSON.stringify(options)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = (cmd) => new Promise((done) => child.once('message', (message) => message.cmd === cmd && done(message)));
  const ask = (cmd, answer) => {
    const reply = next(answer);
    child.send({ cmd });
    return reply;
  };
  return next('ready').then(({ url }) => ({
    url,
    mark: () => ask('mark', 'marked'),
    report: () => ask('report', 'report'),
    stop: () => new Promise((done) => (child.once('exit', done), child.send({ cmd: 'stop' }))),
  }));
}

async function createRooms(url, rooms) {
  const created = [];
  for (let left = rooms; left > 0; left -= 20) {
    const teams = Array.from({ length: Math.min(20, left) }, (_, i) => `Team ${i + 1}`);
    const response = await fetch(`${url}live/api/workshops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ teams }),
    });
    if (response.status !== 201) throw new Error(`could not create a workshop: ${response.status}`);
    const workshop = await response.json();
    for (const team of workshop.teams) {
      created.push({ name: `team/${workshop.workshopId}/${team.id}`, token: team.member });
    }
  }
  return created;
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : null;

async function run({ members, servers: serverCount }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kit-live-bench-'));
  const redis = serverCount > 1 ? await startRedis() : null;
  const servers = [];
  for (let i = 0; i < serverCount; i++) {
    servers.push(
      await startLiveServer({
        dataDir,
        redisUrl: redis?.url,
        // Every simulated member shares one address here; real rooms come from many.
        limits: { maxConnectionsPerAddress: 10_000, workshopsPerMinute: 10_000 },
      }),
    );
  }
  const rooms = await createRooms(servers[0].url, Math.ceil(members / ROOM));
  progress(`${members} members in ${rooms.length} rooms on ${serverCount} server(s): joining`);

  const latencies = [];
  let edits = 0;
  let measuring = false;
  const clients = [];
  for (let index = 0; index < members; index++) {
    const room = rooms[Math.floor(index / ROOM)];
    const server = servers[index % serverCount];
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({
      url: `${server.url.replace(/^http/, 'ws')}live`,
      WebSocketPolyfill: CountingWebSocket,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.name,
      document: doc,
      token: room.token,
    });
    provider.attach();
    const items = doc.getArray('items');
    items.observe((event) => {
      if (event.transaction.local || !measuring) return;
      const now = performance.now() + performance.timeOrigin;
      for (const delta of event.changes.delta) {
        for (const item of delta.insert ?? []) if (item.at) latencies.push(now - item.at);
      }
    });
    clients.push({ doc, socket, provider, items, index });
  }
  await until(() => clients.every((client) => client.provider.isSynced), 'every member has joined');

  const window = seconds * 1000;
  await Promise.all(servers.map((server) => server.mark()));
  // The members' own process: when it is saturated, its event loop delays what it observes.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const clientCpu = process.cpuUsage();
  const loadBefore = loadavg()[0];
  const windowStart = performance.now();
  wire.sent = 0;
  wire.received = 0;
  measuring = true;
  progress(`measuring for ${seconds}s`);
  const timers = clients.map((client) =>
    setTimeout(() => {
      const edit = () => {
        edits += 1;
        client.items.push([
          { by: client.index, at: performance.now() + performance.timeOrigin, text: `note ${edits}` },
        ]);
      };
      edit();
      client.timer = setInterval(edit, interval);
    }, Math.random() * interval),
  );
  await new Promise((done) => setTimeout(done, window));
  for (const [i, client] of clients.entries()) {
    clearTimeout(timers[i]);
    clearInterval(client.timer);
  }
  // Let the last edits arrive before reading the servers' figures.
  await new Promise((done) => setTimeout(done, 1000));
  measuring = false;
  const reports = await Promise.all(servers.map((server) => server.report()));
  const bytes = { ...wire };
  loop.disable();
  const clientCpuUsed = process.cpuUsage(clientCpu);
  const clientWall = performance.now() - windowStart;
  const loadAfter = loadavg()[0];

  for (const client of clients) {
    client.provider.destroy();
    client.socket.destroy();
  }
  await Promise.all(servers.map((server) => server.stop()));
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });

  const sorted = latencies.sort((a, b) => a - b);
  const expected = edits * (ROOM - 1);
  const round = (value) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    members,
    servers: serverCount,
    rooms: rooms.length,
    edits,
    deliveries: sorted.length,
    deliveriesExpected: expected,
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      max: round(sorted.at(-1) ?? null),
    },
    serverCpuPercent: reports.map((report) => Math.round((report.cpuMs / report.wallMs) * 1000) / 10),
    serverPeakRssMiB: reports.map((report) => Math.round((report.peakRssBytes / 1024 / 1024) * 10) / 10),
    membersProcess: {
      cpuPercent: Math.round(((clientCpuUsed.user + clientCpuUsed.system) / 1000 / clientWall) * 1000) / 10,
      eventLoopDelayMs: {
        p50: round(loop.percentile(50) / 1e6),
        p99: round(loop.percentile(99) / 1e6),
        max: round(loop.max / 1e6),
      },
    },
    machineLoadAverage: { before: round(loadBefore), after: round(loadAfter) },
    bytesPerEdit: {
      up: Math.round(bytes.sent / Math.max(1, edits)),
      down: Math.round(bytes.received / Math.max(1, edits)),
    },
  };
}

const results = [];
for (const scenario of scenarios) {
  const result = await run(scenario);
  results.push(result);
  progress(`${result.members} members: p95 ${result.latencyMs.p95} ms, CPU ${result.serverCpuPercent.join(' + ')} %`);
}

const table = [
  "| Members | Servers | p50 (ms) | p95 (ms) | max (ms) | Server CPU (% of a core) | Peak RSS (MiB) | Bytes per edit (up / down) | Delivered | Members' process: CPU, loop delay p99 | Load average |",
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.members} | ${r.servers}${r.servers > 1 ? ' + Redis' : ''} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.max} | ${r.serverCpuPercent.join(' + ')} | ${r.serverPeakRssMiB.join(' + ')} | ${r.bytesPerEdit.up} / ${r.bytesPerEdit.down} | ${r.deliveries} of ${r.deliveriesExpected} | ${r.membersProcess.cpuPercent} %, ${r.membersProcess.eventLoopDelayMs.p99} ms | ${r.machineLoadAverage.before} → ${r.machineLoadAverage.after} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);

const date = new Date().toISOString();
const output = {
  format: 'mentoring-kit/bench-live',
  version: 1,
  date,
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryMiB: Math.round(totalmem() / 1024 / 1024),
  },
  method: {
    roomSize: ROOM,
    editIntervalMs: interval,
    measuredSeconds: seconds,
    clients: 'one Node process on the same machine as the servers; one WebSocket per member',
    latency: "from a member's edit to its arrival at each other member of the room",
    bytes: 'WebSocket payload bytes sent (up) and received (down) by all members, per edit',
  },
  results,
};
const out = resolve(root, options.out ?? join('bench', 'results', `live-${date.slice(0, 10)}.json`));
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(output, null, 2)}\n`);
progress(`wrote ${out}`);

if (!options['no-readme']) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- live-bench:start -->';
  const end = '<!-- live-bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    const note = `Measured ${date.slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${seconds} s per run, one edit per member every ${interval / 1000} s:`;
    const body = `${start}\n${note}\n\n${table}\n${end}`;
    writeFileSync(
      readmePath,
      readme.slice(0, readme.indexOf(start)) + body + readme.slice(readme.indexOf(end) + end.length),
    );
    // Prettier aligns the table as `npm run lint` expects it.
    execFileSync(process.execPath, [
      join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
      '--write',
      readmePath,
    ]);
    progress('updated the table in README.md');
  }
}
process.exit(0);
