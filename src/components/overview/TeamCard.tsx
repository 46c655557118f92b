import type { ComponentChildren } from 'preact';
import type { TeamSummary } from '../../lib/overview/summary';

interface Props {
  team: TeamSummary;
  file: string;
  id: string;
  /** What a live team's card adds after its counts (its dots and their reveal). */
  children?: ComponentChildren;
}

/** One team at a glance: progress, top-ranked weaknesses, goals with their flags and check-ins. */
export function TeamCard({ team, file, id, children }: Props) {
  const { counts } = team;
  const about = [team.mentor && `Mentor: ${team.mentor}`, team.sessionDate, file].filter(Boolean).join(' · ');
  return (
    <article class="panel ov-team" aria-labelledby={`${id}-name`} data-team={team.name}>
      <h3 id={`${id}-name`}>
        <bdi>{team.name}</bdi>
      </h3>
      <p class="ov-about">{about}</p>
      <dl class="ov-counts">
        {(
          [
            ['Strengths', counts.strengths],
            ['Weaknesses', counts.weaknesses],
            ['Questions', counts.questions],
            ['Goals', counts.goals],
            ['Backlog items', counts.backlog],
          ] as const
        ).map(([label, count]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-count={label}>{count}</dd>
          </div>
        ))}
      </dl>
      {children}
      <h4>Top weaknesses</h4>
      {team.topWeaknesses.length > 0 ? (
        <ol class="ov-weaknesses">
          {team.topWeaknesses.map((text) => (
            <li key={text}>
              <bdi>{text}</bdi>
            </li>
          ))}
        </ol>
      ) : (
        <p>None recorded.</p>
      )}
      <h4>Goals</h4>
      {team.goals.length > 0 ? (
        <ol class="ov-goals">
          {team.goals.map((goal) => (
            <li key={goal.id} data-goal>
              <bdi>{goal.statement || '(no statement yet)'}</bdi>
              <span class={goal.flag ? 'ov-flag' : 'ov-ok'}>{goal.flag ?? 'Specific'}</span>
              <span class="ov-check-in" data-check-in>
                Check-in: {goal.checkInText}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p>No goals yet.</p>
      )}
    </article>
  );
}
