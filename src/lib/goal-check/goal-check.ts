import type { Goal } from '../schema/goal';
import { GOAL_PART_LABELS, missingParts } from '../workspace/goals';

/*
 * Judging a goal's wording the way a mentor would: is one person or role looking after it, could
 * someone see or count whether it worked, is "when" a sprint or a date, and does it say what the
 * team will do rather than what it wishes for? Heuristics on English text, so the result is a
 * flag with advice, never a block.
 */

/** Something weak in a goal's wording (a missing part is reported separately). */
export type GoalWeakness = 'wholeTeamOwner' | 'vagueMeasure' | 'vagueDue' | 'wishStatement';

/** Lower case, curly quotes made straight, spaces collapsed: what the patterns below read. */
const plain = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** "Everyone", "the team", "all of us", "we", "the developers": nobody in particular. */
const WHOLE_TEAM =
  /^(?:(?:the |our |whole |entire |all |all the |each |every )*(?:team|teams|developers|devs|dev team|development team|scrum team|members|team members|people|group|crew)|every ?(?:one|body)|every team member|all|all of us|us|we|us all|we all|all of them|they|them|any ?(?:one|body)|some ?(?:one|body)|no ?(?:one|body)|nobody in particular|tbd|tbc|n\/a|\?+|-+)$/;

/** Words that make a measure or a goal countable: a number, "every", "no", "within", "%". */
const COUNTABLE =
  /\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|once|twice|half|every|each|no|none|zero|nothing|never|per|within|at least|at most|fewer than|less than|more than|under|below|above)\b/;

/** Signs that someone could observe the result: it is on the board, a review checks it, it passes. */
const OBSERVABLE =
  /\b(?:board|review\w*|retro\w*|demo\w*|check\w*|test\w*|pass\w*|fail\w*|merg\w*|deploy\w*|releas\w*|ship\w*|publish\w*|record\w*|written|write\w*|track\w*|log\w*|dashboard|report\w*|chart|shown?|visible|listed|count\w*|measur\w*|survey\w*|score\w*|finish\w*|done|complet\w*|carried over|carry over|split|closed|open(?:ed)? (?:issues?|tickets?|bugs?)|runbook|readme|wiki|page|document\w*|minutes|hours?|days?|weeks?|sprints?)\b/;

/** Feelings and impressions: true but nobody else can check them. */
const FEELING =
  /\b(?:feel\w*|felt|happ(?:y|ier|iness)|comfortable|confident|better|good|great|nicer?|smoother|clearer|aware\w*|understand\w*|know|believe|think|seems?|hope\w*|enjoy\w*|satisf\w*|motivat\w*|morale|vibe|mood|agile)\b/;

/** A sprint, a date, a weekday, or a span with a number: something a team can put in a calendar. */
const CONCRETE_TIME = new RegExp(
  [
    /\bsprints? ?#?\d+\b/.source,
    /\b(?:this|next|current|coming|following|first|second|third) sprint\b/.source,
    /\b(?:this|next|the next|the following) (?:week|month|quarter|release|pi|planning|review|retrospective|retro)\b/
      .source,
    /\b\d{4}-\d{2}(?:-\d{2})?\b/.source,
    /\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b/.source,
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b/.source,
    /\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/.source,
    /\b(?:end of |by |before |in |until |during )(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/
      .source,
    /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.source,
    /\b(?:q[1-4]|h[12]|pi ?\d+)\b/.source,
    /\b(?:in|within|after|for) (?:\d+|one|two|three|four|five|six|eight|ten|twelve) (?:days?|weeks?|sprints?|months?|iterations?)\b/
      .source,
    /\b(?:today|tomorrow|tonight)\b/.source,
  ].join('|'),
);

/** Wishes: a direction without an action ("communicate better", "be more agile", "improve the docs"). */
const WISH =
  /\b(?:better|improv\w*|enhanc\w*|increas\w*|reduc\w*|optimi[sz]\w*|more|less|fewer|be|become|get|feel|wish|hope|want|would like|try|strive|aim|focus on|work on|communicat\w*|collaborat\w*|agile|efficient\w*|effective\w*|productiv\w*|transparen\w*|aware\w*|quality|faster|smoother)\b/;

/** The whole statement is a wish, or it starts like one ("Be…", "Try to…", "We want…"). */
const WISH_START =
  /^(?:we |the team |i )?(?:be|become|get|feel|try|strive|aim|hope|wish|want|would like|should|need to|must|improve|enhance|increase|reduce|optimi[sz]e|communicate|collaborate|focus)\b/;

/** An owner that is a person or a role, not the whole team. */
export function ownerIsWholeTeam(owner: string): boolean {
  const text = plain(owner).replace(/[.!]+$/, '');
  return text !== '' && WHOLE_TEAM.test(text);
}

/** A measure that someone could observe or count; a feeling or a comparison alone is not. */
export function measureIsVague(measure: string): boolean {
  const text = plain(measure);
  if (text === '') return false;
  if (COUNTABLE.test(text)) return false;
  return FEELING.test(text) || !OBSERVABLE.test(text);
}

/** A "by when" that is not a sprint or a date ("soon", "ASAP", "eventually", "ongoing"). */
export function dueIsVague(due: string): boolean {
  const text = plain(due);
  return text !== '' && !CONCRETE_TIME.test(text);
}

/** A statement that is a wish rather than an action, unless a number or a count makes it concrete. */
export function statementIsWish(statement: string): boolean {
  const text = plain(statement);
  if (text === '') return false;
  if (COUNTABLE.test(text)) return false;
  return WISH_START.test(text) || (WISH.test(text) && text.split(' ').length <= 6);
}

const quote = (text: string) => `“${text.trim().replace(/\s+/g, ' ')}”`;

/** What is weak in the goal's wording, in worksheet order, with what to do about it. */
export function goalWeaknesses(goal: Goal): { weakness: GoalWeakness; message: string }[] {
  const found: { weakness: GoalWeakness; message: string }[] = [];
  if (statementIsWish(goal.statement))
    found.push({
      weakness: 'wishStatement',
      message: `The statement ${quote(goal.statement)} is a wish rather than an action: say what the team will do, for example “Review every pull request within one working day”.`,
    });
  if (ownerIsWholeTeam(goal.owner))
    found.push({
      weakness: 'wholeTeamOwner',
      message: `The owner ${quote(goal.owner)} is the whole team, so nobody in particular will see it through: name one person or a role, for example “Priya” or “the Scrum Master”.`,
    });
  if (measureIsVague(goal.measure))
    found.push({
      weakness: 'vagueMeasure',
      message: `Success ${quote(goal.measure)} is not something anyone could see or count: say what will be observed or how many, for example “no story carried over at the Sprint 3 review”.`,
    });
  if (dueIsVague(goal.due))
    found.push({
      weakness: 'vagueDue',
      message: `${quote(goal.due)} is not a sprint or a date: give one, for example “Sprint 14” or “31 January”.`,
    });
  return found;
}

/** One thing a mentor would point at in a goal: a part that is missing, or wording that is weak. */
export interface GoalFinding {
  kind: 'missing' | GoalWeakness;
  /** What is wrong and how to fix it (for the missing parts, "missing owner, …"). */
  message: string;
}

/**
 * Everything that keeps a goal from being specific: first the missing parts (one finding naming
 * them all), then each weak part in worksheet order. Empty when a mentor would accept the goal.
 */
export function checkGoal(goal: Goal): GoalFinding[] {
  const missing = missingParts(goal);
  const findings: GoalFinding[] = [];
  if (missing.length > 0)
    findings.push({ kind: 'missing', message: `missing ${missing.map((part) => GOAL_PART_LABELS[part]).join(', ')}` });
  for (const { weakness, message } of goalWeaknesses(goal)) findings.push({ kind: weakness, message });
  return findings;
}

/**
 * The flag shown on a goal that is not yet specific: "Not yet specific: missing owner, by when
 * (which sprint)." then a sentence for each weak part; exactly goals.ts's `specificityMessage` when
 * only parts are missing. Null when the goal is specific.
 */
export function goalFlag(goal: Goal): string | null {
  const findings = checkGoal(goal);
  if (findings.length === 0) return null;
  const [first, ...rest] = findings;
  const missing = first?.kind === 'missing';
  const sentences = missing ? rest : findings;
  const head = missing ? `Not yet specific: ${first.message}${sentences.length > 0 ? '.' : ''}` : 'Not yet specific.';
  return [head, ...sentences.map((finding) => finding.message)].join(' ');
}
