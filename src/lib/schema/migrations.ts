import { z } from './zod';
import { validate, type Validated } from '../validate';
import { DEFAULT_PER_ITEM_CAP, DEFAULT_VOTES_PER_MEMBER, WORKSPACE_FORMAT } from './workspace';

/**
 * Version 0: the shape of the first prototype's files. Team details were loose fields, strengths
 * were plain strings, the rank was called "priorities", discussion points were "questions", goals had
 * "text" instead of "statement", backlog items used "moscow" and "estimate" words, and there was
 * no dot voting and no imported backlog.
 */
export const WorkspaceV0Schema = z.object({
  /** Always "mentoring-kit/workspace". */
  format: z.literal(WORKSPACE_FORMAT),
  /** Always 0. */
  version: z.literal(0),
  /** Team name. */
  teamName: z._default(z.string(), ''),
  /** Session date, YYYY-MM-DD or empty. */
  date: z._default(z.string(), ''),
  /** The mentor's name. */
  mentor: z._default(z.string(), ''),
  /** Strengths as plain text, without ids. */
  strengths: z._default(z.array(z.string()), []),
  /** Weaknesses with ids. */
  weaknesses: z._default(z.array(z.object({ id: z.string(), text: z.string() })), []),
  /** Weakness ids, most important first. */
  priorities: z._default(z.array(z.string()), []),
  /** Questions for the mentor. */
  questions: z._default(
    z.array(z.object({ id: z.string(), text: z.string(), weaknessIds: z._default(z.array(z.string()), []) })),
    [],
  ),
  /** Goals. */
  goals: z._default(
    z.array(
      z.object({
        id: z.string(),
        text: z._default(z.string(), ''),
        weaknessIds: z._default(z.array(z.string()), []),
        owner: z._default(z.string(), ''),
        measure: z._default(z.string(), ''),
        due: z._default(z.string(), ''),
      }),
    ),
    [],
  ),
  /** Backlog items with priority words ("Must", "Won't") and sizes. */
  backlog: z._default(
    z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        description: z._default(z.string(), ''),
        moscow: z._default(z.nullable(z.string()), null),
        estimate: z._default(z.nullable(z.string()), null),
        goalId: z._default(z.nullable(z.string()), null),
      }),
    ),
    [],
  ),
});
export type WorkspaceV0 = z.output<typeof WorkspaceV0Schema>;

const MOSCOW_WORDS: Record<string, 'must' | 'should' | 'could' | 'wont'> = {
  must: 'must',
  should: 'should',
  could: 'could',
  wont: 'wont',
  "won't": 'wont',
  'won’t': 'wont',
};
const SIZES = ['XS', 'S', 'M', 'L', 'XL'] as const;

/** v0 → v1: new field names, ids for strengths, a team object, default voting, no imported items. */
export function v0ToV1(v0: WorkspaceV0): unknown {
  const taken = new Set<string>([
    ...v0.weaknesses.map((w) => w.id),
    ...v0.questions.map((q) => q.id),
    ...v0.goals.map((g) => g.id),
    ...v0.backlog.map((b) => b.id),
  ]);
  const strengthId = (index: number) => {
    let id = `strength-${index + 1}`;
    while (taken.has(id)) id = `${id}-v0`;
    taken.add(id);
    return id;
  };
  const ranked = v0.priorities.filter(
    (id, index, all) => all.indexOf(id) === index && v0.weaknesses.some((w) => w.id === id),
  );
  const unranked = v0.weaknesses.map((w) => w.id).filter((id) => !ranked.includes(id));
  return {
    format: WORKSPACE_FORMAT,
    version: 1,
    team: { name: v0.teamName, sessionDate: v0.date, mentor: v0.mentor },
    strengths: v0.strengths.map((text, index) => ({ id: strengthId(index), text })),
    weaknesses: v0.weaknesses,
    rank: [...ranked, ...unranked],
    voting: { votesPerMember: DEFAULT_VOTES_PER_MEMBER, perItemCap: DEFAULT_PER_ITEM_CAP, members: [], votes: [] },
    discussion: v0.questions,
    goals: v0.goals.map(({ text, ...goal }) => ({ ...goal, statement: text })),
    backlog: v0.backlog.map(({ moscow, estimate, ...item }) => ({
      ...item,
      priority: moscow === null ? null : (MOSCOW_WORDS[moscow.trim().toLowerCase()] ?? null),
      size: SIZES.find((size) => size === estimate?.trim().toUpperCase()) ?? null,
      existing: null,
    })),
  };
}

/**
 * Version 1, as far as the step to version 2 needs to read it: goals without a check-in. The rest
 * is carried over untouched and checked against the current schema after the last step.
 */
export const WorkspaceV1Schema = z.looseObject({
  /** Always "mentoring-kit/workspace". */
  format: z.literal(WORKSPACE_FORMAT),
  /** Always 1. */
  version: z.literal(1),
  /** Goals, each an object. */
  goals: z.array(z.looseObject({})),
});
export type WorkspaceV1 = z.output<typeof WorkspaceV1Schema>;

/** v1 → v2: every goal gets a check-in, none yet. */
export function v1ToV2(v1: WorkspaceV1): unknown {
  return { ...v1, version: 2, goals: v1.goals.map((goal) => ({ ...goal, checkIn: null })) };
}

/** One step of the migration table: the shape of version `from` and the pure function to the next. */
export interface Migration {
  from: number;
  up: (input: unknown) => Validated<unknown>;
}

function step<S extends z.core.$ZodType>(from: number, schema: S, up: (value: z.output<S>) => unknown): Migration {
  return {
    from,
    up: (input) => {
      const read = validate(schema, input);
      return read.ok ? { ok: true, value: up(read.value) } : read;
    },
  };
}

/** Ordered table of migrations, oldest first: entry i turns version i into version i + 1. */
export const MIGRATIONS: readonly Migration[] = [
  step(0, WorkspaceV0Schema, v0ToV1),
  step(1, WorkspaceV1Schema, v1ToV2),
];

/** The oldest version the table can migrate from. */
export const OLDEST_VERSION = MIGRATIONS[0]?.from ?? 1;

/** Runs every migration from `version` up to the current one; stops at the first step that fails. */
export function migrate(input: unknown, version: number): Validated<unknown> {
  let value = input;
  for (const migration of MIGRATIONS) {
    if (migration.from < version) continue;
    const next = migration.up(value);
    if (!next.ok) return next;
    value = next.value;
  }
  return { ok: true, value };
}
