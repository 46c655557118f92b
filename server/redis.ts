// Scale-out: with REDIS_URL set, Hocuspocus's Redis extension relays updates and awareness between server
// processes serving the same rooms. The URL is read here (redis://[user:password@]host[:port][/db], or
// rediss:// for TLS) so the kit needs no Redis client of its own.
import { Redis } from '@hocuspocus/extension-redis';

export function redisExtension(redisUrl: string): Redis {
  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL must start with redis:// or rediss://, not ${url.protocol}//`);
  }
  const db = Number(url.pathname.slice(1) || '0');
  return new Redis({
    host: url.hostname,
    port: Number(url.port || 6379),
    prefix: 'mentoring-kit',
    options: {
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(Number.isInteger(db) && db > 0 ? { db } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
}
