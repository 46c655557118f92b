// The JSON API: starting a workshop (with and without WORKSHOP_KEY), its input rules, the creation rate
// limit, the clock and the health check.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { start, tempDataDir, type Started } from './support/live.ts';

const servers: Started[] = [];
const removals: Array<() => void> = [];
async function server(options: Parameters<typeof start>[0] extends infer O ? Partial<O> : never = {}) {
  const data = tempDataDir();
  removals.push(data.remove);
  const started = await start({ dataDir: data.dataDir, ...options });
  servers.push(started);
  return started;
}

const post = (started: Started, body: unknown, init: RequestInit = {}) =>
  fetch(`${started.url}live/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });

let open: Started;
beforeAll(async () => {
  open = await server();
});
afterAll(async () => {
  await Promise.all(servers.map((started) => started.close()));
  for (const remove of removals) remove();
});

describe('POST live/api/workshops', () => {
  test('creates a workshop with a link for every role and team', async () => {
    const response = await post(open, { title: 'Spring', teams: ['Red', '  Blue  '] });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown> & { teams: Array<Record<string, string>> };
    expect(Object.keys(body).sort()).toEqual(['facilitator', 'projector', 'teams', 'workshopId']);
    expect(body.teams.map((team) => team['name'])).toEqual(['Red', 'Blue']);
    const tokens = [body['facilitator'], body['projector'], ...body.teams.flatMap((t) => [t['member'], t['mentor']])];
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(body.teams[0]?.['id']).not.toBe(body.teams[1]?.['id']);
  });

  test.each([
    ['no teams', { teams: [] }, /between 1 and 20/],
    ['21 teams', { teams: Array.from({ length: 21 }, (_, i) => `T${i}`) }, /between 1 and 20/],
    ['an empty name', { teams: ['Red', '   '] }, /Team 2/],
    ['a name too long', { teams: ['x'.repeat(61)] }, /between 1 and 60/],
    ['a list that is not one', { teams: 'Red' }, /"teams"/],
    ['not JSON', '{teams', /not valid JSON/],
  ])('refuses %s with a clear message', async (_, body, message) => {
    const response = await post(await server(), body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  test('refuses an oversized body with 413', async () => {
    const response = await post(open, { teams: ['Red'], title: 'x'.repeat(20_000) });
    expect(response.status).toBe(413);
  });

  test('needs the workshop key when the server sets one', async () => {
    const guarded = await server({ workshopKey: 'correct horse' });
    const missing = await post(guarded, { teams: ['Red'] });
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: string }).error).toMatch(/workshop key/);
    expect((await post(guarded, { teams: ['Red'], key: 'wrong' })).status).toBe(401);
    expect((await post(guarded, { teams: ['Red'], key: 'correct horse' })).status).toBe(201);
  });

  test('limits how many workshops one address starts per minute', async () => {
    let clock = 1_000_000;
    const limited = await server({ limits: { workshopsPerMinute: 3 }, now: () => clock });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(limited, { teams: ['Red'] })).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    clock += 61_000;
    expect((await post(limited, { teams: ['Red'] })).status).toBe(201);
  });
});

describe('a static site on another origin', () => {
  test('may call the API: the preflight and the answers allow it', async () => {
    const preflight = await fetch(`${open.url}live/api/workshops`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://team.github.io',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    const response = await post(
      open,
      { teams: ['Red'] },
      { headers: { 'Content-Type': 'application/json', Origin: 'https://team.github.io' } },
    );
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('GET live/api/time and live/api/health', () => {
  test("answers with the server's clock", async () => {
    const before = Date.now();
    const response = await fetch(`${open.url}live/api/time`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { now } = (await response.json()) as { now: number };
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  test('says the server is live', async () => {
    expect(await (await fetch(`${open.url}live/api/health`)).json()).toEqual({ ok: true, live: true });
  });

  test('answers 404 with JSON for an unknown API path', async () => {
    const response = await fetch(`${open.url}live/api/nothing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toHaveProperty('error');
  });
});
