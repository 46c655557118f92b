import { useEffect, useRef } from 'preact/hooks';
import type { WorkspaceTool } from '../../../lib/schema/episode';
import { TEAM_TOOLS, isTeamTool } from '../team-tools';
import PersonalList from './PersonalList';
import ExportTools from '../ExportTools';
import StorageNotice from '../StorageNotice';
import TeamDetails from '../TeamDetails';
import type { Level } from '../../ui/Heading';
// Linked by this lazily loaded panel, so a reader who never opens the tools never downloads it (a plain
// import would be hoisted by Astro onto every page that can reach the Exercise component).
import workspaceStylesheet from '../../../styles/workspace.css?url';

export interface ExerciseToolsPanelProps {
  tools: readonly WorkspaceTool[];
  /** Heading level of each tool (the exercise title is an h3). */
  level: Level;
  /** Whether this box's storage notice speaks up; only the first box of an episode does. */
  announce: boolean;
  /** Move focus into the first field once the tools are shown (they were opened from the button). */
  focusOnOpen: boolean;
}

/** The team tools an exercise declares, loaded only when a team opens them (or has saved work). */
export default function ExerciseToolsPanel({ tools, level, announce, focusOnOpen }: ExerciseToolsPanelProps) {
  const root = useRef<HTMLDivElement>(null);
  const has = (tool: WorkspaceTool) => tools.includes(tool);
  const personalOnly = tools.length === 1 && has('personal-list');

  useEffect(() => {
    if (focusOnOpen) root.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }, [focusOnOpen]);

  return (
    <div ref={root}>
      <link rel="stylesheet" href={workspaceStylesheet} />
      <StorageNotice what={personalOnly ? 'personal' : 'workspace'} announce={announce} />
      {has('personal-list') && <PersonalList level={level} />}
      {has('strengths-weaknesses') && <TeamDetails level={level} />}
      {tools.filter(isTeamTool).map((tool) => {
        const Tool = TEAM_TOOLS[tool];
        return <Tool key={tool} level={level} />;
      })}
      {has('backlog') && <ExportTools level={level} />}
    </div>
  );
}
