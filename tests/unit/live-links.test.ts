import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  changesRoom,
  clockOffset,
  liveEndpoint,
  readRoomFragment,
  roomFragment,
  triesToOpenRoom,
} from '../../src/lib/live/links';
import { liveStateShort, liveStateText, type LiveState } from '../../src/lib/live/status';

describe('room links', () => {
  test('a link carries the room and its secret in the fragment, and reads back', () => {
    const room = { document: 'team/Ab_1/x-Y', token: 'a'.repeat(22) };
    expect(roomFragment(room)).toBe(`#live=team%2FAb_1%2Fx-Y&key=${'a'.repeat(22)}`);
    expect(readRoomFragment(roomFragment(room))).toEqual(room);
    expect(readRoomFragment('#live=workshop/w1&key=0123456789abcdefXYZ')).toEqual({
      document: 'workshop/w1',
      token: '0123456789abcdefXYZ',
    });
  });

  test('anything else names no room (property)', () => {
    for (const bad of [
      '',
      '#',
      '#live=team/a&key=0123456789abcdef',
      '#live=other/a&key=0123456789abcdef',
      '#live=team/a/b&key=short',
    ]) {
      expect(readRoomFragment(bad)).toBeNull();
    }
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const room = readRoomFragment(hash);
        if (room) expect(readRoomFragment(roomFragment(room))).toEqual(room);
      }),
    );
  });

  test('a link cut short still reads as an attempt to open a room, so the page can say so', () => {
    const whole = roomFragment({ document: 'team/Ab_1/x-Y', token: 'a'.repeat(22) });
    for (const cut of [whole, whole.replace(/&key=.*/, ''), whole.replace(/key=.*/, 'key=aaaa'), '#live=']) {
      expect(triesToOpenRoom(cut)).toBe(true);
    }
    for (const other of ['', '#', '#main', '#key=abc', '#alive=1']) expect(triesToOpenRoom(other)).toBe(false);
  });

  test('the live server is on the page’s origin under the base path, unless the build names another', () => {
    expect(liveEndpoint(new URL('http://localhost:4321/kit/workspace/'), '/kit/').socket).toBe(
      'ws://localhost:4321/kit/live',
    );
    expect(liveEndpoint(new URL('http://192.168.1.5:4321/workspace/'), '/')).toEqual({
      socket: 'ws://192.168.1.5:4321/live',
      api: 'http://192.168.1.5:4321/live/api',
    });
    expect(liveEndpoint(new URL('https://org.github.io/kit/'), '/kit/', 'https://live.example.org/')).toEqual({
      socket: 'wss://live.example.org/live',
      api: 'https://live.example.org/live/api',
    });
  });

  test('the clock offset is the server’s time less the middle of the round trip', () => {
    expect(clockOffset(1_000, 61_500, 2_000)).toBe(60_000);
    expect(clockOffset(1_000, 1_500, 2_000)).toBe(0);
  });

  test('every connection state has words for the page', () => {
    expect(liveStateText({ status: 'offline' })).toMatch(/kept on this device/);
    expect(liveStateText({ status: 'refused', reason: 'This workshop has ended' })).toBe(
      'This link was refused: This workshop has ended. Ask your facilitator for a new link.',
    );
    expect(liveStateText({ status: 'no-server' })).toMatch(/npm start/);
    const states: LiveState[] = [
      { status: 'connecting' },
      { status: 'online' },
      { status: 'offline' },
      { status: 'refused', reason: 'This workshop has ended' },
      { status: 'no-server' },
    ];
    const badges = states.map(liveStateShort);
    expect(new Set(badges).size).toBe(states.length);
    for (const badge of badges) expect(badge.length).toBeLessThanOrEqual(20);
  });
});

describe('another room opened in the same tab', () => {
  const red = roomFragment({ document: 'team/w1/red', token: 'a'.repeat(32) });
  const blue = roomFragment({ document: 'team/w1/blue', token: 'b'.repeat(32) });
  const redMentor = roomFragment({ document: 'team/w1/red', token: 'c'.repeat(32) });

  test('counts as a change of room when the room or its key differs, or a room link comes', () => {
    expect(changesRoom(red, blue)).toBe(true);
    expect(changesRoom(red, redMentor)).toBe(true);
    expect(changesRoom('', red)).toBe(true);
    expect(changesRoom('#main', red)).toBe(true);
    expect(changesRoom(red, '#live=team/w1/red')).toBe(true);
  });

  test('does not for the same room, or for fragments that name no room (the skip link)', () => {
    expect(changesRoom(red, red)).toBe(false);
    expect(changesRoom(red, `${red}&unused=1`)).toBe(false);
    expect(changesRoom('', '#main')).toBe(false);
    expect(changesRoom('#main', '#top')).toBe(false);
    expect(changesRoom(red, '#main')).toBe(false);
    expect(changesRoom(red, '')).toBe(false);
  });
});
