import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readWorkspace, replaceWorkspace } from '../../src/lib/workspace/document';
import { workspaceArb } from './support/arbitraries';

describe('a workspace written into the document (property)', () => {
  test('reads back exactly as it was imported, on this replica and on another one', () => {
    fc.assert(
      fc.property(workspaceArb, (generated) => {
        // As a parsed file gives it: fast-check builds some records without a prototype, which Yjs refuses.
        const ws = structuredClone(generated);
        // The document keeps the caps (see vote-log.ts): a file with more dots than they allow is another test.
        const { votesPerMember, perItemCap, votes } = ws.voting;
        fc.pre(votes.every((v) => v.count <= perItemCap));
        fc.pre(
          ws.voting.members.every(
            (m) => votes.filter((v) => v.memberId === m.id).reduce((n, v) => n + v.count, 0) <= votesPerMember,
          ),
        );
        const doc = new Y.Doc();
        doc.transact(() => replaceWorkspace(doc, ws, 'round'));
        expect(readWorkspace(doc)).toEqual(ws);
        const other = new Y.Doc();
        Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
        expect(readWorkspace(other)).toEqual(ws);
      }),
      { numRuns: 300 },
    );
  });
});
