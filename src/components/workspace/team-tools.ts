import type { FunctionComponent } from 'preact';
import type { WorkspaceTool } from '../../lib/schema/episode';
import type { Level } from '../ui/Heading';
import StrengthsWeaknesses from './StrengthsWeaknesses';
import PriorityBoard from './PriorityBoard';
import DiscussionPoints from './DiscussionPoints';
import GoalsWorksheet from './GoalsWorksheet';
import BacklogWorksheet from './BacklogWorksheet';

/** A tool of the team's shared workspace (the personal list is one person's, kept apart). */
export type TeamTool = Exclude<WorkspaceTool, 'personal-list'>;

/** The one registry of team tools: an exercise's `tools` name them, the exercise box and the workspace page show them. */
export const TEAM_TOOLS: Record<TeamTool, FunctionComponent<{ level?: Level }>> = {
  'strengths-weaknesses': StrengthsWeaknesses,
  'priority-board': PriorityBoard,
  'discussion-points': DiscussionPoints,
  goals: GoalsWorksheet,
  backlog: BacklogWorksheet,
};

export const isTeamTool = (tool: WorkspaceTool): tool is TeamTool => tool !== 'personal-list';
