// One live server for the load benchmark, in its own process so that its CPU time and memory are its own.
// Started with fork(); options arrive as JSON in argv[2]. It answers { cmd: 'mark' } (start of the
// measured window) and { cmd: 'report' } with the CPU time and the peak RSS since the mark.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { startServer } from '../../server/server.ts';

const options = JSON.parse(process.argv[2] ?? '{}');
const server = await startServer({ host: '127.0.0.1', port: 0, distDir: null, ...options });

const loop = monitorEventLoopDelay({ resolution: 10 });
let cpuAtMark = process.cpuUsage();
let markedAt = performance.now();
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 100);

process.on('message', async (message) => {
  if (message.cmd === 'mark') {
    cpuAtMark = process.cpuUsage();
    markedAt = performance.now();
    peakRss = process.memoryUsage.rss();
    loop.reset();
    loop.enable();
    process.send({ cmd: 'marked' });
  } else if (message.cmd === 'report') {
    const cpu = process.cpuUsage(cpuAtMark);
    process.send({
      cmd: 'report',
      cpuMs: (cpu.user + cpu.system) / 1000,
      wallMs: performance.now() - markedAt,
      peakRssBytes: Math.max(peakRss, process.memoryUsage.rss()),
      loopDelayP99Ms: loop.percentile(99) / 1e6,
    });
  } else if (message.cmd === 'stop') {
    clearInterval(sampler);
    await server.close();
    process.exit(0);
  }
});
process.send({ cmd: 'ready', url: server.url });
