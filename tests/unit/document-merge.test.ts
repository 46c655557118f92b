import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import * as model from '../../src/lib/workspace/document';
import { replayTimers, type TimerAction } from '../../src/lib/timer/document';
import { deriveTimer } from '../../src/lib/timer/timer';
import { WorkspaceSchema } from '../../src/lib/schema/workspace';
import { MIN, T0, mentoringSession, twoParts } from './support/timer-exercises';

/**
 * Several replicas of one document, each changed on its own, with their updates delivered in any
 * order and any interleaving, as tabs and devices deliver them.
 */
class Replicas {
  readonly docs: Y.Doc[];
  private readonly outbox: { from: number; update: Uint8Array }[] = [];

  constructor(count: number, seed?: Y.Doc) {
    this.docs = Array.from({ length: count }, () => new Y.Doc());
    if (seed) for (const doc of this.docs) Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
    this.docs.forEach((doc, from) =>
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'remote') this.outbox.push({ from, update });
      }),
    );
  }

  /** Delivers the message at `pick` (modulo the outbox) to every other replica. */
  deliverOne(pick: number): void {
    if (this.outbox.length === 0) return;
    const [message] = this.outbox.splice(pick % this.outbox.length, 1);
    if (!message) return;
    this.docs.forEach((doc, to) => {
      if (to !== message.from) Y.applyUpdate(doc, message.update, 'remote');
    });
  }

  deliverAll(): void {
    while (this.outbox.length > 0) this.deliverOne(0);
  }
}

const seedWorkspace = () => {
  const doc = new Y.Doc();
  doc.transact(() => {
    ['a', 'b', 'c', 'd'].forEach((id) => model.addItem(doc, 'weakness', id, { text: `weakness ${id}` }));
    ['s1', 's2'].forEach((id) => model.addItem(doc, 'strength', id, { text: `strength ${id}` }));
    ['m1', 'm2'].forEach((id) => model.addItem(doc, 'member', id, { name: id }));
    model.logVotes(doc, [{ t: 'limits', v: 3, c: 2 }]);
  });
  return doc;
};

type Op =
  | { kind: 'add'; n: number }
  | { kind: 'rename'; target: number; n: number }
  | { kind: 'move'; target: number; to: number }
  | { kind: 'delete'; target: number }
  | { kind: 'vote'; member: number; target: number }
  | { kind: 'unvote'; member: number; target: number }
  | { kind: 'round' }
  | { kind: 'limits'; v: number; c: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), n: fc.nat(1000) }),
  fc.record({ kind: fc.constant('rename' as const), target: fc.nat(10), n: fc.nat(1000) }),
  fc.record({ kind: fc.constant('move' as const), target: fc.nat(10), to: fc.nat(10) }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat(10) }),
  fc.record({ kind: fc.constant('vote' as const), member: fc.nat(1), target: fc.nat(10) }),
  fc.record({ kind: fc.constant('unvote' as const), member: fc.nat(1), target: fc.nat(10) }),
  fc.record({ kind: fc.constant('round' as const) }),
  fc.record({
    kind: fc.constant('limits' as const),
    v: fc.integer({ min: 1, max: 4 }),
    c: fc.integer({ min: 1, max: 3 }),
  }),
);

function apply(doc: Y.Doc, op: Op, tag: string): void {
  const ws = model.readWorkspace(doc);
  const pick = (target: number) => ws.rank[target % Math.max(1, ws.rank.length)];
  const round = model.currentRound(doc);
  doc.transact(() => {
    switch (op.kind) {
      case 'add':
        model.addItem(doc, 'weakness', `${tag}-${op.n}`, { text: `new ${op.n}` });
        break;
      case 'rename': {
        const id = pick(op.target);
        const map = id ? model.itemOf(doc, id) : null;
        if (map) model.setFields(map, { text: `renamed ${tag} ${op.n}` });
        break;
      }
      case 'move': {
        const id = pick(op.target);
        if (id) model.moveItem(doc, 'weakness', 'rank', id, op.to);
        break;
      }
      case 'delete': {
        const id = pick(op.target);
        if (id) model.items(doc).delete(id);
        break;
      }
      case 'vote':
      case 'unvote': {
        const id = pick(op.target);
        if (id)
          model.logVotes(doc, [{ t: 'vote', r: round, m: `m${op.member + 1}`, w: id, d: op.kind === 'vote' ? 1 : -1 }]);
        break;
      }
      case 'round':
        model.logVotes(doc, [{ t: 'round', r: `${tag}-round` }]);
        break;
      case 'limits':
        model.logVotes(doc, [{ t: 'limits', v: op.v, c: op.c }]);
        break;
    }
  });
}

describe('the workspace document under concurrent changes (property)', () => {
  test('replicas converge to a valid workspace that never shows more dots than the caps allow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.tuple(fc.nat(2), opArb, fc.nat(20), fc.boolean()), { maxLength: 40 }),
        (count, steps) => {
          const replicas = new Replicas(count, seedWorkspace());
          steps.forEach(([who, op, pick, deliver], i) => {
            apply(replicas.docs[who % count] as Y.Doc, op, `r${who % count}-${i}`);
            if (deliver) replicas.deliverOne(pick);
          });
          replicas.deliverAll();
          const [first, ...rest] = replicas.docs.map((doc) => model.readWorkspace(doc));
          for (const other of rest) expect(other).toEqual(first);
          const ws = first!;
          expect(WorkspaceSchema.safeParse(ws).success).toBe(true);
          for (const member of ws.voting.members) {
            const mine = ws.voting.votes.filter((v) => v.memberId === member.id);
            expect(mine.reduce((sum, v) => sum + v.count, 0)).toBeLessThanOrEqual(ws.voting.votesPerMember);
            for (const vote of mine) expect(vote.count).toBeLessThanOrEqual(ws.voting.perItemCap);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a rename, an edit of another item and a reorder made at the same time are all kept', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.nat(3), (pick, to) => {
        const replicas = new Replicas(3, seedWorkspace());
        const [x, y, z] = replicas.docs as [Y.Doc, Y.Doc, Y.Doc];
        const id = ['a', 'b', 'c', 'd'][pick % 4] as string;
        model.setFields(model.itemOf(x, id)!, { text: 'renamed' });
        model.moveItem(y, 'weakness', 'rank', id, to);
        const expectedRank = model.readWorkspace(y).rank;
        model.setFields(model.itemOf(z, 's1')!, { text: 'edited strength' });
        replicas.deliverAll();
        const ws = model.readWorkspace(x);
        expect(ws.weaknesses.find((w) => w.id === id)?.text).toBe('renamed');
        expect(ws.rank).toEqual(expectedRank);
        expect(ws.strengths.find((s) => s.id === 's1')?.text).toBe('edited strength');
      }),
    );
  });

  test('a delete stays deleted, whatever is done to the item elsewhere at the same time', () => {
    fc.assert(
      fc.property(fc.constantFrom('rename', 'move', 'vote'), fc.boolean(), (other, deleteFirst) => {
        const replicas = new Replicas(2, seedWorkspace());
        const [x, y] = replicas.docs as [Y.Doc, Y.Doc];
        const remove = () => model.items(x).delete('b');
        const change = () => {
          if (other === 'rename') model.setFields(model.itemOf(y, 'b')!, { text: 'renamed' });
          else if (other === 'move') model.moveItem(y, 'weakness', 'rank', 'b', 0);
          else model.logVotes(y, [{ t: 'vote', r: '', m: 'm1', w: 'b', d: 1 }]);
        };
        if (deleteFirst) {
          remove();
          change();
        } else {
          change();
          remove();
        }
        replicas.deliverAll();
        for (const doc of replicas.docs) {
          const ws = model.readWorkspace(doc);
          expect(ws.weaknesses.some((w) => w.id === 'b')).toBe(false);
          expect(ws.rank).not.toContain('b');
          expect(ws.voting.votes.some((v) => v.weaknessId === 'b')).toBe(false);
        }
        expect(model.readWorkspace(x).weaknesses.find((w) => w.id === 'a')?.text).toBe('weakness a');
      }),
    );
  });

  test('a dot placed while another device starts a new round never brings the old dots back', () => {
    const replicas = new Replicas(2, seedWorkspace());
    const [x, y] = replicas.docs as [Y.Doc, Y.Doc];
    model.logVotes(x, [{ t: 'vote', r: '', m: 'm1', w: 'a', d: 1 }]);
    replicas.deliverAll();
    model.logVotes(x, [{ t: 'vote', r: '', m: 'm2', w: 'b', d: 1 }]);
    model.logVotes(y, [{ t: 'round', r: 'second' }]);
    replicas.deliverAll();
    for (const doc of replicas.docs) expect(model.readWorkspace(doc).voting.votes).toEqual([]);
  });

  test('the same voter placing their last dot on two devices at once stays within the limit', () => {
    const replicas = new Replicas(2, seedWorkspace());
    const [x, y] = replicas.docs as [Y.Doc, Y.Doc];
    model.logVotes(x, [
      { t: 'vote', r: '', m: 'm1', w: 'a', d: 1 },
      { t: 'vote', r: '', m: 'm1', w: 'b', d: 1 },
    ]);
    replicas.deliverAll();
    model.logVotes(x, [{ t: 'vote', r: '', m: 'm1', w: 'c', d: 1 }]);
    model.logVotes(y, [{ t: 'vote', r: '', m: 'm1', w: 'd', d: 1 }]);
    replicas.deliverAll();
    const [wx, wy] = replicas.docs.map((doc) => model.readWorkspace(doc));
    expect(wx).toEqual(wy);
    expect(wx!.voting.votes.reduce((sum, v) => sum + v.count, 0)).toBe(3);
  });
});

describe('the timers document under concurrent changes (property)', () => {
  test('two actions made at the same moment on two devices both take effect, in any delivery order', () => {
    const kinds = ['pause', 'addMinute', 'removeMinute', 'nextPart', 'finish'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.constantFrom(...kinds), fc.nat(1), (first, second, pick) => {
        const seed = new Y.Doc();
        const start: TimerAction = { id: 'start', k: 'start', x: mentoringSession.id, at: T0 };
        seed.getArray<TimerAction>('actions').push([start]);
        const replicas = new Replicas(2, seed);
        const [x, y] = replicas.docs as [Y.Doc, Y.Doc];
        const at = T0 + 3 * MIN;
        const a: TimerAction = { id: 'x1', k: first, x: mentoringSession.id, at, e: mentoringSession };
        const b: TimerAction = { id: 'y1', k: second, x: mentoringSession.id, at, e: mentoringSession };
        x.getArray<TimerAction>('actions').push([a]);
        y.getArray<TimerAction>('actions').push([b]);
        replicas.deliverOne(pick);
        replicas.deliverAll();
        const [tx, ty] = replicas.docs.map((doc) => replayTimers(doc.getArray('actions').toArray()));
        expect(tx).toEqual(ty);
        // Same result as applying both, one after the other, in the shared order.
        const sequential = replayTimers([start, a, b]);
        expect(tx).toEqual(sequential);
        const view = deriveTimer(tx!.timers[mentoringSession.id]!, mentoringSession, at + MIN);
        if (first === 'pause' && second === 'addMinute') {
          expect(view.status).toBe('paused');
          expect(view.totalMs).toBe(mentoringSession.minutes * MIN + MIN);
        }
      }),
    );
  });

  test('actions made on two or three devices, delivered in any order, all take effect: every device shows the whole log replayed', () => {
    const kinds = [
      'start',
      'pause',
      'resume',
      'toggle',
      'reset',
      'addMinute',
      'removeMinute',
      'nextPart',
      'finish',
    ] as const;
    const stepArb = fc.tuple(
      fc.nat(2),
      fc.constantFrom(...kinds),
      fc.constantFrom(mentoringSession, twoParts),
      fc.integer({ min: 0, max: 30 }),
      fc.nat(20),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }), fc.array(stepArb, { maxLength: 30 }), (count, steps) => {
        const replicas = new Replicas(count);
        const made: TimerAction[] = [];
        steps.forEach(([who, k, exercise, minute, pick, deliver], i) => {
          // Seconds apart or at the very same millisecond: both happen on devices that have not heard of each other.
          const action: TimerAction = { id: `a${i}`, k, x: exercise.id, at: T0 + minute * 10_000, e: exercise };
          made.push(action);
          (replicas.docs[who % count] as Y.Doc).getArray<TimerAction>('actions').push([action]);
          if (deliver) replicas.deliverOne(pick);
        });
        replicas.deliverAll();
        const expected = replayTimers(made);
        for (const doc of replicas.docs) {
          expect(doc.getArray('actions').length).toBe(made.length);
          expect(replayTimers(doc.getArray('actions').toArray())).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
