import { describe, expect, test } from 'vitest';
import { liveConnectSources } from '../../../src/lib/live/connect-sources.ts';

describe('liveConnectSources', () => {
  test('allows nothing more without a separately hosted live server', () => {
    expect(liveConnectSources(undefined)).toEqual([]);
    expect(liveConnectSources('')).toEqual([]);
  });

  test("allows a TLS server's API and its wss: origin, without the path", () => {
    expect(liveConnectSources('https://live.example.org/kit/')).toEqual([
      'https://live.example.org',
      'wss://live.example.org',
    ]);
    expect(liveConnectSources('wss://live.example.org:8443/kit/live')).toEqual([
      'https://live.example.org:8443',
      'wss://live.example.org:8443',
    ]);
  });

  test('allows a plain-HTTP server on a LAN as http: and ws:', () => {
    expect(liveConnectSources('http://192.168.1.20:4321/')).toEqual([
      'http://192.168.1.20:4321',
      'ws://192.168.1.20:4321',
    ]);
  });

  test('refuses a URL of another kind with a clear message', () => {
    expect(() => liveConnectSources('ftp://example.org/')).toThrow(/PUBLIC_LIVE_URL/);
    expect(() => liveConnectSources('not a url')).toThrow();
  });
});
