/** Site-wide settings that a team adopting the kit is expected to change. */
export const siteConfig = {
  title: 'Mentoring in Scrum teams',
  kitName: 'Scrum Team Mentoring Workshop Kit',
  description:
    'A half-day workshop kit for Scrum teams: lessons on mentorship, timed exercises and a team workspace that turns goals into backlog items.',
  /** Where "Edit this page" points: the file's path inside the repository is appended. */
  editBaseUrl:
    process.env.EDIT_BASE_URL ?? 'https://github.com/mentoring-kit/scrum-team-mentoring-workshop-kit/edit/main/',
  /** Default start time of the workshop on the schedule and the facilitator console. */
  defaultStartTime: '09:30',
};
