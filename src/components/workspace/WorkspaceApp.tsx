import StorageNotice from './StorageNotice';
import TeamDetails from './TeamDetails';
import StrengthsWeaknesses from './StrengthsWeaknesses';
import PriorityBoard from './PriorityBoard';
import DiscussionPoints from './DiscussionPoints';
import GoalsWorksheet from './GoalsWorksheet';
import BacklogWorksheet from './BacklogWorksheet';
import ImportExport from './ImportExport';

/**
 * Every tool of the workspace page as one island: one <astro-island> and one component file instead
 * of eight (each island costs the page its attributes and a request). The sections keep the ids
 * that the page's section navigation links to.
 */
export default function WorkspaceApp() {
  return (
    <>
      <StorageNotice />
      <div class="ws-section" id="team">
        <TeamDetails />
      </div>
      <div class="ws-section" id="strengths-weaknesses">
        <StrengthsWeaknesses />
      </div>
      <div class="ws-section" id="priority-board">
        <PriorityBoard />
      </div>
      <div class="ws-section" id="discussion-points">
        <DiscussionPoints />
      </div>
      <div class="ws-section" id="goals">
        <GoalsWorksheet />
      </div>
      <div class="ws-section" id="backlog">
        <BacklogWorksheet />
      </div>
      <div class="ws-section" id="save">
        <ImportExport />
      </div>
    </>
  );
}
