// `npm run bench -- --live`: simulated members (Node HocuspocusProviders, one socket each, spread over a few
// processes: bench/lib/live-members.mjs) in rooms of five,
// each adding an item every two seconds, against live servers in their own processes. Reports the
// propagation latency (from one member's edit to its arrival at each of the other four), the servers'
// CPU and peak memory, and the bytes on the wire per edit; writes JSON to bench/results/ and the table
// into README.md. Run `npm run bench -- --live --help` for the options.
/* global fetch */
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { setTimeout } from 'node:timers';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startRedis } from '../scripts/redis-server.mjs';

const HELP = `npm run bench -- --live [options]

  --scenarios 20,100,500,500x2   members per run; "x2" runs two servers sharing Redis
  --seconds 60                   measured time per run (after everyone has joined)
  --interval 2000                milliseconds between one member's edits
  --member-processes 2           processes the simulated members are spread over
  --out FILE                     JSON output (default bench/results/live-<YYYY-MM-DD>.json)
  --no-readme                    do not write the table into README.md
  --help`;

const { values: options } = parseArgs({
  options: {
    live: { type: 'boolean', default: true },
    scenarios: { type: 'string', default: '20,100,500,500x2' },
    seconds: { type: 'string', default: '60' },
    interval: { type: 'string', default: '2000' },
    'member-processes': { type: 'string', default: '2' },
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
const memberProcesses = Math.max(1, Number(options['member-processes']) || 2);
const ROOM = 5;
const scenarios = options.scenarios.split(',').map((text) => {
  const [members, servers = '1'] = text.trim().split('x');
  return { members: Number(members), servers: Number(servers) };
});
const started = Date.now();
const progress = (message) =>
  process.stderr.write(`[live bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);
/** A forked helper (bench/lib/<script>) and a way to ask it something and wait for its answer. */
function helper(script, plan) {
  const child = fork(join(root, 'bench', 'lib', script), [JSON.stringify(plan)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = (cmd) =>
    new Promise((done) => {
      const listener = (message) => {
        if (message.cmd !== cmd) return;
        child.off('message', listener);
        done(message);
      };
      child.on('message', listener);
    });
  const ask = (cmd, answer) => {
    const reply = next(answer);
    child.send({ cmd });
    return reply;
  };
  const end = (cmd) => new Promise((done) => (child.once('exit', done), child.send({ cmd })));
  return { next, ask, end };
}

async function startLiveServer(options) {
  const server = helper('live-server.mjs', options);
  const { url } = await server.next('ready');
  return {
    url,
    mark: () => server.ask('mark', 'marked'),
    report: () => server.ask('report', 'report'),
    stop: () => server.end('stop'),
  };
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
const round = (value) => (value === null ? null : Math.round(value * 10) / 10);
const sum = (values) => values.reduce((total, value) => total + value, 0);

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
  const processes = Math.min(memberProcesses, members);
  progress(`${members} members in ${rooms.length} rooms on ${serverCount} server(s), ${processes} member processes`);

  // Member i is in room i / 5, on server i mod servers, in process i mod processes: a room's members are
  // spread over the processes and, with two servers, over both.
  const plans = Array.from({ length: processes }, () => ({ interval, members: [] }));
  for (let index = 0; index < members; index++) {
    const room = rooms[Math.floor(index / ROOM)];
    plans[index % processes].members.push({
      index,
      url: `${servers[index % serverCount].url.replace(/^http/, 'ws')}live`,
      room: room.name,
      token: room.token,
    });
  }
  const groups = await Promise.all(
    plans.map(async (plan) => {
      const group = helper('live-members.mjs', plan);
      await group.next('joined');
      return group;
    }),
  );

  await Promise.all(servers.map((server) => server.mark()));
  const loadBefore = loadavg()[0];
  progress(`measuring for ${seconds}s`);
  await Promise.all(groups.map((group) => group.ask('start', 'started')));
  await new Promise((done) => setTimeout(done, seconds * 1000));
  const reports = await Promise.all(groups.map((group) => group.ask('stop', 'stopped')));
  const serverReports = await Promise.all(servers.map((server) => server.report()));
  const loadAfter = loadavg()[0];

  await Promise.all(groups.map((group) => group.end('exit')));
  await Promise.all(servers.map((server) => server.stop()));
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });

  const sorted = reports.flatMap((report) => report.latencies).sort((a, b) => a - b);
  const edits = sum(reports.map((report) => report.edits));
  return {
    members,
    servers: serverCount,
    rooms: rooms.length,
    memberProcesses: processes,
    edits,
    deliveries: sorted.length,
    deliveriesExpected: edits * (ROOM - 1),
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      max: round(sorted.at(-1) ?? null),
    },
    serverCpuPercent: serverReports.map((report) => round((report.cpuMs / report.wallMs) * 100)),
    // CPU time per edit (all servers together): what an edit costs, however busy the machine was.
    serverCpuMsPerEdit: Math.round((sum(serverReports.map((report) => report.cpuMs)) / Math.max(1, edits)) * 100) / 100,
    serverPeakRssMiB: serverReports.map((report) => round(report.peakRssBytes / 1024 / 1024)),
    serverEventLoopDelayP99Ms: serverReports.map((report) => round(report.loopDelayP99Ms)),
    membersProcesses: {
      cpuPercent: reports.map((report) => round((report.cpuMs / report.wallMs) * 100)),
      eventLoopDelayP99Ms: reports.map((report) => round(report.loopDelayP99Ms)),
    },
    machineLoadAverage: { before: round(loadBefore), after: round(loadAfter) },
    bytesPerEdit: {
      up: Math.round(sum(reports.map((report) => report.bytes.sent)) / Math.max(1, edits)),
      down: Math.round(sum(reports.map((report) => report.bytes.received)) / Math.max(1, edits)),
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
  '| Members | Servers | p50 (ms) | p95 (ms) | max (ms) | Server CPU (% of a core; ms per edit) | Peak RSS (MiB) | Bytes per edit (up / down) | Delivered | Event-loop delay p99 (ms): servers; members | CPU of the member processes (%) | Load average |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.members} | ${r.servers}${r.servers > 1 ? ' + Redis' : ''} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.max} | ${r.serverCpuPercent.join(' + ')}; ${r.serverCpuMsPerEdit} | ${r.serverPeakRssMiB.join(' + ')} | ${r.bytesPerEdit.up} / ${r.bytesPerEdit.down} | ${r.deliveries} of ${r.deliveriesExpected} | ${r.serverEventLoopDelayP99Ms.join(', ')}; ${r.membersProcesses.eventLoopDelayP99Ms.join(', ')} | ${r.membersProcesses.cpuPercent.join(' + ')} | ${r.machineLoadAverage.before} → ${r.machineLoadAverage.after} |`,
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
    clients: `${memberProcesses} Node processes on the same machine as the servers; one WebSocket per member`,
    latency:
      "from a member's edit to its arrival at each other member of the room (both stamped with the system clock, which the member processes share)",
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
