import fc from 'fast-check';
import type { BacklogItem } from '../../../src/lib/schema/backlog-item';
import type { Workspace } from '../../../src/lib/schema/workspace';

/** Text as teams type it, and then some: emoji, right-to-left scripts, combining marks, lone surrogates. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  fc.constantFrom(
    'Unclear sprint goals',
    '🚀 Ship it 👩‍👩‍👧‍👦',
    'הדיילי ארוך מדי',
    'الاجتماع اليومي طويل',
    'mixed עברית and English',
    '\u202Eright-to-left override',
    'e\u0301 combining',
    '=1+2',
    '<script>alert(1)</script>',
    'it\'s "quoted"',
    'line 1\nline 2',
  ),
);

/** Text that may be empty (goal parts, descriptions). */
const maybeEmptyArb = fc.oneof(fc.constant(''), textArb);

/** Ids unique within a section; the section prefix keeps them unique across sections. */
const idsArb = (prefix: string, max: number) =>
  fc
    .uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), { maxLength: max })
    .map((ids) => ids.map((id) => `${prefix}${id}`));

const dateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const priorityArb = fc.constantFrom('must', 'should', 'could', 'wont', null);
const sizeArb = fc.constantFrom('XS', 'S', 'M', 'L', 'XL', null);

/** Any valid workspace: every link points at something, the rank covers every weakness. */
export const workspaceArb: fc.Arbitrary<Workspace> = fc
  .record({
    strengthIds: idsArb('s:', 5),
    weaknessIds: idsArb('w:', 6),
    goalIds: idsArb('g:', 4),
    discussionIds: idsArb('d:', 4),
    backlogIds: idsArb('b:', 5),
    memberIds: idsArb('m:', 4),
  })
  .chain((ids) => {
    const links = fc.subarray(ids.weaknessIds);
    const goalLink = ids.goalIds.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...ids.goalIds));
    const pairs = ids.memberIds.flatMap((memberId) => ids.weaknessIds.map((weaknessId) => ({ memberId, weaknessId })));
    const backlogItem = (id: string): fc.Arbitrary<BacklogItem> =>
      fc.record({
        id: fc.constant(id),
        title: textArb,
        description: maybeEmptyArb,
        priority: priorityArb,
        size: sizeArb,
        goalId: goalLink,
        existing: fc.option(
          fc.record({
            number: fc.option(fc.integer({ min: 1, max: 1_000_000 })),
            url: fc.option(fc.webUrl()),
            labels: fc.array(textArb, { maxLength: 3 }),
            baseline: fc.record({ priority: priorityArb, size: sizeArb, order: fc.nat(100) }),
          }),
        ),
      });
    return fc.record({
      format: fc.constant('mentoring-kit/workspace' as const),
      version: fc.constant(2 as const),
      team: fc.record({
        name: maybeEmptyArb,
        sessionDate: fc.oneof(fc.constant(''), dateArb),
        mentor: maybeEmptyArb,
      }),
      strengths: fc.tuple(...ids.strengthIds.map((id) => textArb.map((text) => ({ id, text })))),
      weaknesses: fc.tuple(...ids.weaknessIds.map((id) => textArb.map((text) => ({ id, text })))),
      rank: fc.shuffledSubarray(ids.weaknessIds, { minLength: ids.weaknessIds.length }),
      voting: fc.record({
        votesPerMember: fc.integer({ min: 1, max: 99 }),
        perItemCap: fc.integer({ min: 1, max: 99 }),
        members: fc.tuple(...ids.memberIds.map((id) => maybeEmptyArb.map((name) => ({ id, name })))),
        votes: fc
          .subarray(pairs)
          .chain((chosen) =>
            fc.tuple(...chosen.map((pair) => fc.integer({ min: 1, max: 99 }).map((count) => ({ ...pair, count })))),
          ),
      }),
      discussion: fc.tuple(
        ...ids.discussionIds.map((id) => fc.record({ id: fc.constant(id), text: textArb, weaknessIds: links })),
      ),
      goals: fc.tuple(
        ...ids.goalIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            statement: maybeEmptyArb,
            weaknessIds: links,
            owner: maybeEmptyArb,
            measure: maybeEmptyArb,
            due: maybeEmptyArb,
            checkIn: fc.oneof(
              fc.constant(null),
              fc.record({ status: fc.constantFrom('achieved', 'in-progress', 'dropped'), note: maybeEmptyArb }),
            ),
          }),
        ),
      ),
      backlog: fc.tuple(...ids.backlogIds.map(backlogItem)),
    });
  });

/** Keys that have bitten JavaScript parsers before. */
const nastyKey = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'format', 'version', 'team', 'rank', 'backlog'),
);

/** Anything at all, including prototype-less objects, NaN, bigints and odd keys. */
export const anythingArb = fc.anything({
  key: nastyKey,
  maxDepth: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
