import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import * as model from '../../src/lib/workspace/document';

/** A team room's document: one weakness and two members, each with a dot on it. */
function roomWithDots(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    model.addItem(doc, 'weakness', 'w1', { text: 'Slow reviews' });
    model.addItem(doc, 'member', 'anna', { name: 'Anna' });
    model.addItem(doc, 'member', 'ben', { name: 'Ben' });
    model.logVotes(doc, [
      { t: 'vote', r: '', m: 'anna', w: 'w1', d: 1 },
      { t: 'vote', r: '', m: 'ben', w: 'w1', d: 1 },
    ]);
  });
  return doc;
}

describe('roundDots', () => {
  test('counts the dots of the round and says they are hidden until the reveal', () => {
    const doc = roomWithDots();
    expect(model.roundDots(doc)).toEqual({ dots: 2, revealed: false });
    model.revealVotes(doc);
    expect(model.roundDots(doc)).toEqual({ dots: 2, revealed: true });
  });

  test('a reveal made on another replica (the facilitator’s overview) reaches the team', () => {
    const team = roomWithDots();
    const facilitator = new Y.Doc();
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(team));
    facilitator.on('update', (update: Uint8Array) => Y.applyUpdate(team, update));
    facilitator.transact(() => model.revealVotes(facilitator));
    expect(model.votesRevealed(team)).toBe(true);
  });

  test('a new round hides its dots again', () => {
    const doc = roomWithDots();
    model.revealVotes(doc);
    model.logVotes(doc, [
      { t: 'round', r: 'round-2' },
      { t: 'vote', r: 'round-2', m: 'anna', w: 'w1', d: 1 },
    ]);
    expect(model.roundDots(doc)).toEqual({ dots: 1, revealed: false });
  });
});
