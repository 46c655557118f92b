import { describe, expect, it } from 'vitest';
import { liveRoomsText } from '../../src/lib/overview/live';

describe('what the overview says about its live rooms', () => {
  it.each([
    [[], 'This live workshop has no teams.'],
    [['online'], '1 of 1 room live, updated as the teams write.'],
    [['online', 'online', 'connecting'], '2 of 3 rooms live, updated as the teams write; 1 room connecting.'],
    [
      ['offline', 'refused', 'online', 'offline'],
      '1 of 4 rooms live, updated as the teams write; 2 rooms offline (showing what arrived before); 1 room refused by the server.',
    ],
  ] as const)('%j → %s', (statuses, expected) => {
    expect(liveRoomsText(statuses)).toBe(expected);
  });
});
