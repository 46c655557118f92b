// `node server/index.ts [--host]` (run by `npm start` after the build): the kit's site and live server.
// Settings come from the environment; README.md lists them.
import { networkInterfaces } from 'node:os';
import { configFromEnv } from './config.ts';
import { startServer } from './server.ts';

const options = configFromEnv(process.env, process.argv.slice(2));
const server = await startServer(options);
console.log(`Kit ready at ${server.url}`);
if (options.host === '0.0.0.0') {
  const path = new URL(server.url).pathname;
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) {
        console.log(`  on this network: http://${address.address}:${server.port}${path}`);
      }
    }
  }
}
if (options.workshopKey) console.log('Starting a live workshop needs the workshop key (WORKSHOP_KEY).');
if (options.redisUrl) console.log('Sharing rooms with other servers through Redis.');

const stop = () => {
  console.log('Stopping: storing open rooms…');
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
