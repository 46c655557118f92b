import { Parser, type Node as CmNode } from 'commonmark';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { workspaceToMarkdown } from '../../src/lib/export/markdown';
import { WorkspaceSchema, emptyWorkspace, type Workspace } from '../../src/lib/schema/workspace';
import type { BacklogItem, Goal } from '../../src/lib/schema/workspace';
import { diffBacklog, labelsFor } from '../../src/lib/workspace/backlog';
import { tally } from '../../src/lib/workspace/board';
import { orderDiscussion } from '../../src/lib/workspace/discussion';
import { goalsStillMissing } from '../../src/lib/workspace/goals';
import { goalFlag } from '../../src/lib/goal-check/goal-check';

/*
 * The Markdown export must render as the team meant in any CommonMark renderer. Two independent
 * renderers (commonmark.js, the reference implementation, and markdown-it with its default GFM-like
 * preset: tables and strikethrough on) parse the export of generated workspaces, and the document
 * each one sees is compared, block by block, with what the workspace says: headings, list items at
 * their depth, and each paragraph's text with its strong and emphasis marks.
 */

// ---- what each renderer sees, as lines: "h2:Strengths", "L1", "p1:text", "!code_block" ----

function commonmarkOutline(markdown: string): string[] {
  const out: string[] = [];
  const inline = (node: CmNode): string => {
    let text = '';
    for (let child = node.firstChild; child; child = child.next) {
      switch (child.type) {
        case 'text':
          text += child.literal ?? '';
          break;
        case 'softbreak':
          text += ' ';
          break;
        case 'linebreak':
          text += '\n';
          break;
        case 'emph':
          text += `_${inline(child)}_`;
          break;
        case 'strong':
          text += `**${inline(child)}**`;
          break;
        default:
          text += `!${child.type}(${child.literal ?? inline(child)})`;
      }
    }
    return text;
  };
  const block = (node: CmNode, depth: number) => {
    for (let child = node.firstChild; child; child = child.next) {
      switch (child.type) {
        case 'heading':
          out.push(`h${child.level}:${inline(child)}`);
          break;
        case 'paragraph':
          out.push(`p${depth}:${inline(child)}`);
          break;
        case 'list':
          out.push(`L${depth + 1}${child.listType === 'ordered' ? `o${child.listStart}` : 'u'}`);
          block(child, depth + 1);
          break;
        case 'item':
          block(child, depth);
          break;
        default:
          out.push(`!${child.type}`);
      }
    }
  };
  block(new Parser().parse(markdown), 0);
  return out.map(normalise);
}

const markdownIt = new MarkdownIt();

function markdownItOutline(markdown: string): string[] {
  const out: string[] = [];
  let depth = 0;
  const tokens = markdownIt.parse(markdown, {});
  const inline = (children: ReturnType<MarkdownIt['parse']>): string =>
    children
      .map((token) => {
        switch (token.type) {
          case 'text':
            return token.content;
          case 'softbreak':
            return ' ';
          case 'hardbreak':
            return '\n';
          case 'em_open':
          case 'em_close':
            return '_';
          case 'strong_open':
          case 'strong_close':
            return '**';
          default:
            return `!${token.type}(${token.content})`;
        }
      })
      .join('');
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    switch (token.type) {
      case 'heading_open':
        out.push(`h${token.tag.slice(1)}:${inline(next?.children ?? [])}`);
        break;
      case 'paragraph_open':
        out.push(`p${depth}:${inline(next?.children ?? [])}`);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        depth++;
        out.push(`L${depth}${token.type === 'ordered_list_open' ? `o${token.attrGet('start') ?? 1}` : 'u'}`);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        depth--;
        break;
      case 'inline':
      case 'heading_close':
      case 'paragraph_close':
      case 'list_item_open':
      case 'list_item_close':
        break;
      default:
        out.push(`!${token.type}`);
    }
  });
  return out.map(normalise);
}

/** HTML collapses spaces anyway; compare the words and where the lines break. */
const normalise = (line: string) =>
  line
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();

// ---- what the workspace says, modelled independently of the exporter's code ----

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const phrase = (text: string) => (oneLine(text) === '' ? '_(blank)_' : oneLine(text));
const descriptionParagraphs = (text: string) =>
  text
    .split(/\r\n?|[\n\u0085\u2028\u2029]/)
    .map(oneLine)
    .join('\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '');

function expectedOutline(ws: Workspace): string[] {
  const out: string[] = [];
  const weakness = (id: string) => ws.weaknesses.find((w) => w.id === id)?.text ?? id;
  out.push(`h1:Mentoring session: ${oneLine(ws.team.name) || 'Team'}`);
  const facts = [
    ws.team.sessionDate ? `**Date:** ${ws.team.sessionDate}` : '',
    ws.team.mentor.trim() ? `**Mentor:** ${phrase(ws.team.mentor)}` : '',
  ].filter((fact) => fact !== '');
  if (facts.length > 0) out.push('L1u', ...facts.map((fact) => `p1:${fact}`));
  out.push('h2:Strengths');
  if (ws.strengths.length === 0) out.push('p0:_None recorded._');
  else out.push('L1u', ...ws.strengths.map((s) => `p1:${phrase(s.text)}`));
  out.push('h2:Weaknesses, most important first');
  const votes = tally(ws.voting);
  if (ws.rank.length === 0) out.push('p0:_None recorded._');
  else
    out.push(
      'L1o1',
      ...ws.rank.map((id) => {
        const n = votes.get(id) ?? 0;
        return `p1:${phrase(weakness(id))} (${n} ${n === 1 ? 'vote' : 'votes'})`;
      }),
    );
  out.push('h2:Questions for the mentor');
  const points = orderDiscussion(ws.discussion, ws.rank);
  if (points.length === 0) out.push('p0:_None recorded._');
  else
    out.push(
      'L1u',
      ...points.map((point) => {
        const about = point.weaknessIds.map((id) => oneLine(weakness(id))).join('; ');
        return `p1:${phrase(point.text)}${about ? ` (about: ${about})` : ''}`;
      }),
    );
  out.push('h2:Goals');
  const missing = goalsStillMissing(ws.goals);
  if (missing > 0)
    out.push(`p0:_${missing} more ${missing === 1 ? 'goal is' : 'goals are'} still missing to reach three._`);
  if (ws.goals.length > 0) out.push('L1o1');
  for (const goal of ws.goals) {
    out.push(`p1:${goal.statement.trim() ? `**${phrase(goal.statement)}**` : '_(no statement yet)_'}`);
    const details = [
      ['Addresses', goal.weaknessIds.map((id) => oneLine(weakness(id))).join('; ')],
      ['Owner', goal.owner],
      ['Success will be seen when', goal.measure],
      ['Due', goal.due],
    ]
      .filter(([, value]) => value!.trim() !== '')
      .map(([label, value]) => `p2:${label}: ${oneLine(value!)}`);
    const flag = goalFlag(goal);
    if (flag) details.push(`p2:⚠ ${oneLine(flag)}`);
    if (details.length > 0) out.push('L2u', ...details);
  }
  out.push('h2:Backlog items');
  if (ws.backlog.length === 0) out.push('p0:_None recorded._');
  else {
    out.push('L1o1');
    const diffs = new Map(diffBacklog(ws.backlog).map((d) => [d.id, d] as const));
    for (const item of ws.backlog) {
      // The worksheet's words for the diff; generated items are never edited after an import.
      const status = diffs.get(item.id)?.status === 'unchanged' ? 'unchanged' : 'new item';
      const tags = [
        item.priority ? null : 'no priority',
        item.size ? null : 'no estimate',
        ...labelsFor(item.priority, item.size),
        status,
      ].filter((tag) => tag !== null);
      out.push(`p1:**${phrase(item.title)}** (${tags.join(', ')})`);
      const goal = ws.goals.find((g) => g.id === item.goalId);
      if (goal?.statement.trim()) out.push('L2u', `p2:Goal: ${oneLine(goal.statement)}`);
      out.push(...descriptionParagraphs(item.description).map((paragraph) => `p1:${paragraph}`));
    }
  }
  return out.map(normalise);
}

// ---- generated text: what teams type, and what has broken Markdown exports before ----

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'Word', 'é', 'ß', '🚀', 'עברית', '\u00a0', ' ', ' ', '  ', '\t') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...'*_`#>-+=.!()[]<>&;:|~"\'\\/{}$%^@'.split(''),
      '**',
      '__',
      '***',
      '```',
      '~~~',
      '~~',
      '---',
      '===',
      '***',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('1.', '10.', '2)', '12345678.', '1\\.', '#1', '- ', '* ', '+ ', '> ', '# ', '## '),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<b>bold</b>',
      '<div>',
      '</div>',
      '<!-- c -->',
      '<script>alert(1)</script>',
      '&amp;',
      '&#42;',
      '&copy;',
      '[link](http://evil.example)',
      '![img](x.png)',
      '<http://auto.example>',
      'http://bare.example',
      '| a | b |',
      '|---|---|',
      '[^1]',
      '- [ ] task',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\n',
      '\n\n',
      '\r\n',
      '\n    ',
      '\n\t',
      '\n1. ',
      '\n- ',
      '\n# ',
      '\n> ',
      '\n---\n',
      '\n===',
    ),
  },
);
/** Text as a team might type it, emphasis characters, numbers, indentation, HTML and all. */
const mdText = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));
const nonEmptyText = fc.array(piece, { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(''));

const workspaceArb: fc.Arbitrary<Workspace> = fc
  .record({
    name: mdText,
    mentor: mdText,
    strengths: fc.array(nonEmptyText, { maxLength: 12 }),
    weaknesses: fc.array(nonEmptyText, { maxLength: 12 }),
    goals: fc.array(fc.record({ statement: mdText, owner: mdText, measure: mdText, due: mdText }), { maxLength: 4 }),
    backlog: fc.array(
      fc.record({
        title: nonEmptyText,
        description: mdText,
        priority: fc.constantFrom('must', 'should', 'could', 'wont', null),
        size: fc.constantFrom('XS', 'S', 'M', 'L', 'XL', null),
        goal: fc.nat(),
      }),
      { maxLength: 12 },
    ),
    questions: fc.array(fc.record({ text: nonEmptyText, about: fc.nat() }), { maxLength: 3 }),
  })
  .map((draft): Workspace => {
    const weaknesses = draft.weaknesses.map((text, i) => ({ id: `w${i}`, text }));
    const goals: Goal[] = draft.goals.map((g, i) => ({
      id: `g${i}`,
      weaknessIds: weaknesses.slice(0, i % 2).map((w) => w.id),
      checkIn: null,
      ...g,
    }));
    const backlog: BacklogItem[] = draft.backlog.map(({ goal, ...item }, i) => ({
      id: `b${i}`,
      ...item,
      goalId: goals.length === 0 ? null : (goals[goal % goals.length]?.id ?? null),
      existing: null,
    }));
    return {
      ...emptyWorkspace(),
      team: { name: draft.name, sessionDate: '2026-11-21', mentor: draft.mentor },
      strengths: draft.strengths.map((text, i) => ({ id: `s${i}`, text })),
      weaknesses,
      rank: [...weaknesses].reverse().map((w) => w.id),
      discussion: draft.questions.map((q, i) => ({
        id: `d${i}`,
        text: q.text,
        weaknessIds: weaknesses.length === 0 ? [] : [weaknesses[q.about % weaknesses.length]!.id],
      })),
      goals,
      backlog,
    };
  });

describe('the Markdown export renders as the team meant, in two renderers', () => {
  test('for generated workspaces (property)', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        expect(WorkspaceSchema.safeParse(ws).success).toBe(true);
        const markdown = workspaceToMarkdown(ws);
        const expected = expectedOutline(ws);
        expect(commonmarkOutline(markdown), markdown).toEqual(expected);
        expect(markdownItOutline(markdown), markdown).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  const cases: [string, Partial<Workspace>][] = [
    [
      'text starting with a number',
      {
        strengths: [
          { id: 's', text: '1. We ship every week' },
          { id: 't', text: '2026. A year' },
        ],
      },
    ],
    [
      'an indented line in a description',
      {
        backlog: [
          {
            id: 'b',
            title: 'Item',
            description: 'First line\n    indented like code\n\n\tand a tab',
            priority: null,
            size: null,
            goalId: null,
            existing: null,
          },
        ],
      },
    ],
    [
      'lists of twelve items, with details under the tenth and later',
      {
        strengths: Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, text: `Strength ${i + 1}` })),
        goals: Array.from({ length: 12 }, (_, i) => ({
          id: `g${i}`,
          statement: `Goal ${i + 1}`,
          weaknessIds: [],
          owner: 'Priya',
          checkIn: null,
          measure: `${i} stories`,
          due: `Sprint ${i + 2}`,
        })),
        backlog: Array.from({ length: 12 }, (_, i) => ({
          id: `b${i}`,
          title: `Item ${i + 1}`,
          description: `Why item ${i + 1}\nmatters`,
          priority: null,
          size: null,
          goalId: `g${i}`,
          existing: null,
        })),
      },
    ],
    [
      'titles with leading and trailing spaces',
      {
        backlog: [
          {
            id: 'b',
            title: '  Spaced title  ',
            description: '',
            priority: 'must',
            size: 'M',
            goalId: null,
            existing: null,
          },
        ],
      },
    ],
    [
      'emphasis characters and HTML',
      { strengths: [{ id: 's', text: '**not bold** _not em_ <b>not html</b> &amp; `not code`' }] },
    ],
  ];
  test.each(cases)('for %s', (_, over) => {
    const ws = { ...emptyWorkspace(), ...over };
    const markdown = workspaceToMarkdown(ws);
    expect(commonmarkOutline(markdown), markdown).toEqual(expectedOutline(ws));
    expect(markdownItOutline(markdown), markdown).toEqual(expectedOutline(ws));
  });
});
