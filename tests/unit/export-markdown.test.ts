import { describe, expect, test } from 'vitest';
import { withCheckIn } from '../../src/lib/workspace/check-in';
import { markdownFileName, workspaceToMarkdown } from '../../src/lib/export/markdown';
import { emptyWorkspace } from '../../src/lib/schema/workspace';
import { sampleWorkspace } from './support/workspaces';

describe('Markdown export', () => {
  test('covers the whole session in order', () => {
    const md = workspaceToMarkdown(sampleWorkspace());
    const headings = md.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Mentoring session: Team Rocket',
      '## Strengths',
      '## Weaknesses, most important first',
      '## Questions for the mentor',
      '## Goals',
      '## Backlog items',
    ]);
    expect(md).toContain('- **Date:** 2026-11-21');
    expect(md).toContain('- **Mentor:** Ana Souza');
  });

  test('lists weaknesses in rank order with their votes', () => {
    const md = workspaceToMarkdown(sampleWorkspace());
    expect(md).toContain(
      [
        '1. Stories are too big to finish in a sprint (3 votes)',
        '2. Unclear sprint goals (1 vote)',
        '3. Retrospective actions are forgotten (1 vote)',
        '4. הדיילי ארוך מדי (0 votes)',
      ].join('\n'),
    );
  });

  test('orders questions by the rank of their weaknesses', () => {
    const md = workspaceToMarkdown(sampleWorkspace());
    expect(md.indexOf('How small should a story be?')).toBeLessThan(
      md.indexOf('How do other teams write a sprint goal?'),
    );
    expect(md).toContain('- How do other teams write a sprint goal? (about: Unclear sprint goals)');
  });

  test('shows a goal’s check-in after the sprint, and nothing for a goal not checked in', () => {
    const ws = sampleWorkspace();
    const checked = withCheckIn(ws, ws.goals[0]!.id, { status: 'achieved', note: 'Every sprint since has a goal' });
    const md = workspaceToMarkdown(checked);
    expect(md).toContain('   - Check-in after the sprint: Achieved: Every sprint since has a goal');
    expect(md.match(/Check-in after the sprint/g)).toHaveLength(1);
  });

  test('shows goals with their flags and how many are still missing', () => {
    const md = workspaceToMarkdown(sampleWorkspace());
    expect(md).toContain('_1 more goal is still missing to reach three._');
    expect(md).toContain('   - ⚠ Not yet specific: missing how success will be seen');
    expect(md).toContain('   - Owner: Product Owner');
  });

  test('shows backlog items with the labels the trackers get, issue number and what changed', () => {
    const md = workspaceToMarkdown(sampleWorkspace());
    expect(md).toContain('1. **Write the sprint goal at planning** (moscow:must, size:s, new item)');
    expect(md).toContain(
      '2. **Split the login story** (moscow:should, size:m, #42, priority Could → Should, estimate L → M, order 2 → 1)',
    );
    expect(md).toContain('3. **Fix flaky build** (no priority, no estimate, #41, order 1 → 2)');
  });

  test('renders typed text as text: no HTML, links or emphasis from the team’s words', () => {
    const ws = {
      ...emptyWorkspace(),
      strengths: [{ id: 's', text: '<img src=x onerror=alert(1)> [click](http://evil) **bold**' }],
    };
    const md = workspaceToMarkdown(ws);
    expect(md).toContain('- \\<img src=x onerror=alert(1)> \\[click]\\(http://evil) \\*\\*bold\\*\\*');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    const one = (text: string) => workspaceToMarkdown({ ...emptyWorkspace(), strengths: [{ id: 's', text }] });
    expect(one('- not a list')).toContain('\n- \\- not a list\n');
    expect(one('1. not a list')).toContain('\n- 1\\. not a list\n');
    expect(one('# not a heading\nsecond')).toContain('\n- \\# not a heading second\n');
  });

  test('says when a section is empty and names the file', () => {
    const md = workspaceToMarkdown(emptyWorkspace());
    expect(md).toContain('# Mentoring session: Team');
    expect(md.match(/_None recorded\._/g)).toHaveLength(4);
    expect(markdownFileName(sampleWorkspace(), new Date())).toBe('mentoring-session-team-rocket-2026-11-21.md');
  });
});
