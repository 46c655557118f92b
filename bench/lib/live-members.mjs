// Simulated members for the live load benchmark, in a process of their own (several such processes stand
// for many devices). Forked with a JSON plan in argv[2]: { members: [{ index, url, room, token }], interval }.
// Messages: 'start' begins the edits and the measurement, 'stop' ends both and answers with the latencies
// observed here, the edits made, the WebSocket bytes and this process's CPU and event-loop delay.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const plan = JSON.parse(process.argv[2] ?? '{}');
const wallClock = () => performance.timeOrigin + performance.now();

/** A WebSocket that counts the payload bytes it sends and receives. */
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

let measuring = false;
let edits = 0;
const latencies = [];
const members = plan.members.map(({ index, url, room, token }) => {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: CountingWebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc, token });
  provider.attach();
  const items = doc.getArray('items');
  items.observe((event) => {
    if (event.transaction.local || !measuring) return;
    const now = wallClock();
    for (const delta of event.changes.delta) {
      for (const item of delta.insert ?? []) if (item.at) latencies.push(now - item.at);
    }
  });
  return { index, doc, socket, provider, items, timers: [] };
});

const loop = monitorEventLoopDelay({ resolution: 10 });
let cpuAtStart;
let startedAt;

process.on('message', async (message) => {
  if (message.cmd === 'start') {
    wire.sent = 0;
    wire.received = 0;
    loop.enable();
    cpuAtStart = process.cpuUsage();
    startedAt = performance.now();
    measuring = true;
    for (const member of members) {
      const edit = () => {
        edits += 1;
        member.items.push([{ by: member.index, at: wallClock(), text: `note ${edits}` }]);
      };
      member.timers.push(
        setTimeout(() => {
          edit();
          member.timers.push(setInterval(edit, plan.interval));
        }, Math.random() * plan.interval),
      );
    }
    process.send({ cmd: 'started' });
  } else if (message.cmd === 'stop') {
    for (const member of members) {
      for (const timer of member.timers) {
        clearTimeout(timer);
        clearInterval(timer);
      }
    }
    // Let the last edits arrive.
    await new Promise((done) => setTimeout(done, 1000));
    measuring = false;
    loop.disable();
    const cpu = process.cpuUsage(cpuAtStart);
    process.send({
      cmd: 'stopped',
      latencies,
      edits,
      bytes: { ...wire },
      cpuMs: (cpu.user + cpu.system) / 1000,
      wallMs: performance.now() - startedAt,
      loopDelayP99Ms: loop.percentile(99) / 1e6,
    });
  } else if (message.cmd === 'exit') {
    for (const member of members) {
      member.provider.destroy();
      member.socket.destroy();
    }
    process.exit(0);
  }
});

const joined = setInterval(() => {
  if (members.every((member) => member.provider.isSynced)) {
    clearInterval(joined);
    process.send({ cmd: 'joined' });
  }
}, 20);
