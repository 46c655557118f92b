import { describe, expect, it } from 'vitest';
import { EpisodeSchema, ExerciseSchema } from '../../src/lib/schema/episode';

const validExercise = {
  id: 'team-strengths-weaknesses',
  title: 'How can mentoring help your team?',
  mode: 'group',
  minutes: 10,
  instruction: 'List strengths and weaknesses, then questions for your mentor.',
  produces: 'A ranked list of weaknesses and a list of questions.',
  parts: [
    { label: 'Strengths and weaknesses', minutes: 5, instruction: 'List and rank.' },
    { label: 'Questions for your mentor', minutes: 5, instruction: 'Write questions.' },
  ],
};

const validEpisode = {
  title: 'The team mentoring session',
  order: 3,
  summary: 'A team works with a mentor.',
  teaching: 15,
  exercises: 10,
  questions: ['How can a mentor help a team?'],
  objectives: ['Rank weaknesses by impact'],
  keypoints: ['The team drives the mentorship.'],
  exercise: [validExercise],
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('EpisodeSchema', () => {
  it('accepts a complete episode and defaults tools to none', () => {
    const result = EpisodeSchema.safeParse(validEpisode);
    expect(result.success).toBe(true);
    expect(result.data?.exercise[0]?.tools).toEqual([]);
  });

  it('accepts an episode without exercises when its exercise minutes are zero', () => {
    expect(EpisodeSchema.safeParse({ ...validEpisode, exercises: 0, exercise: [] }).success).toBe(true);
  });

  it('says why when the exercise minutes do not match the declared exercises', () => {
    const messages = issuesOf(EpisodeSchema.safeParse({ ...validEpisode, exercises: 12 }));
    expect(messages).toEqual(['exercises: the declared exercises add up to 10 minutes but "exercises" says 12']);
  });

  it('names the missing field', () => {
    const { keypoints: _omitted, ...withoutKeypoints } = validEpisode;
    expect(issuesOf(EpisodeSchema.safeParse(withoutKeypoints))[0]).toMatch(/^keypoints: /);
  });

  it('rejects an exercise mode outside solo, pair, group and class', () => {
    const messages = issuesOf(
      EpisodeSchema.safeParse({ ...validEpisode, exercise: [{ ...validExercise, mode: 'team' }] }),
    );
    expect(messages[0]).toMatch(/^exercise\.0\.mode: /);
  });

  it('rejects two exercises with the same id', () => {
    const second = { ...validExercise, parts: undefined, minutes: 5 };
    const messages = issuesOf(
      EpisodeSchema.safeParse({ ...validEpisode, exercises: 15, exercise: [validExercise, second] }),
    );
    expect(messages).toEqual(['exercise.1.id: duplicate exercise id "team-strengths-weaknesses"']);
  });

  it('accepts a break after the episode, with a title and whole minutes', () => {
    const result = EpisodeSchema.safeParse({ ...validEpisode, breakAfter: { title: 'Break', minutes: 15 } });
    expect(result.data?.breakAfter).toEqual({ title: 'Break', minutes: 15 });
    expect(EpisodeSchema.safeParse(validEpisode).data?.breakAfter).toBeUndefined();
  });

  it('names the field of a break without a title or with minutes that are not whole and positive', () => {
    expect(issuesOf(EpisodeSchema.safeParse({ ...validEpisode, breakAfter: { minutes: 15 } }))[0]).toMatch(
      /^breakAfter\.title: /,
    );
    for (const minutes of [0, -5, 7.5, '15'])
      expect(
        issuesOf(EpisodeSchema.safeParse({ ...validEpisode, breakAfter: { title: 'Break', minutes } }))[0],
        String(minutes),
      ).toMatch(/^breakAfter\.minutes: /);
  });
});

describe('ExerciseSchema', () => {
  it('requires the parts to add up to the exercise minutes', () => {
    const messages = issuesOf(ExerciseSchema.safeParse({ ...validExercise, minutes: 15 }));
    expect(messages).toEqual(['parts: the parts add up to 10 minutes but the exercise declares 15']);
  });

  it('requires a one-line instruction for every part', () => {
    const parts = [validExercise.parts[0], { label: 'Questions', minutes: 5 }];
    expect(issuesOf(ExerciseSchema.safeParse({ ...validExercise, parts }))[0]).toMatch(/^parts\.1\.instruction: /);
  });

  it('rejects ids that are not lower-case words joined by hyphens', () => {
    expect(issuesOf(ExerciseSchema.safeParse({ ...validExercise, id: 'Team Exercise' }))[0]).toMatch(
      /^id: use lower-case words joined by hyphens/,
    );
  });

  it('rejects a single part (an exercise in one part has no parts)', () => {
    const parts = [{ label: 'All', minutes: 10, instruction: 'Do it.' }];
    expect(ExerciseSchema.safeParse({ ...validExercise, parts }).success).toBe(false);
  });

  it('rejects fractional and non-positive minutes', () => {
    expect(ExerciseSchema.safeParse({ ...validExercise, parts: undefined, minutes: 2.5 }).success).toBe(false);
    expect(ExerciseSchema.safeParse({ ...validExercise, parts: undefined, minutes: 0 }).success).toBe(false);
  });
});
