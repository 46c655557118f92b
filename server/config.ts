// Reads the server's settings from the environment and the command line, with a clear error for a value
// that makes no sense.
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import type { ServerOptions } from './server.ts';

/** Environment variables that override a limit, by limit. */
export const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  maxMessageBytes: 'LIMIT_MESSAGE_BYTES',
  maxDocumentBytes: 'LIMIT_DOCUMENT_BYTES',
  maxConnectionsPerAddress: 'LIMIT_CONNECTIONS_PER_ADDRESS',
  messagesPerSecond: 'LIMIT_MESSAGES_PER_SECOND',
  messageBurst: 'LIMIT_MESSAGE_BURST',
  workshopsPerMinute: 'LIMIT_WORKSHOPS_PER_MINUTE',
  maxRequestBytes: 'LIMIT_REQUEST_BYTES',
};

function positive(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${text}".`);
  return value;
}

export function configFromEnv(env: Record<string, string | undefined>, argv: string[]): ServerOptions {
  const everywhere = argv.includes('--host');
  const limits = Object.fromEntries(
    Object.entries(LIMIT_VARIABLES).map(([key, name]) => [
      key,
      positive(env, name, DEFAULT_LIMITS[key as keyof Limits]),
    ]),
  ) as unknown as Limits;
  return {
    port: Math.floor(positive(env, 'PORT', 4321)),
    host: everywhere ? '0.0.0.0' : env.HOST || 'localhost',
    dataDir: env.DATA_DIR || 'data',
    distDir: env.OUT_DIR || 'dist',
    base: env.BASE_PATH || '/',
    redisUrl: env.REDIS_URL || undefined,
    workshopKey: env.WORKSHOP_KEY || undefined,
    roomTtlDays: positive(env, 'ROOM_TTL_DAYS', 30),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    limits,
  };
}
