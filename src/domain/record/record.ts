/**
 * The learner record: everything the course remembers about one learner, as plain data.
 *
 * Engines (quiz, simulator) and pages write into it through the pure updaters below; reactions persist it
 * (localStorage today, the LMS's suspend_data later). Every updater returns a new record and leaves the
 * argument untouched, so stores can compare by identity.
 */

/** What the course knows of one lesson. */
export interface LessonState {
  /** The learner opened the lesson. */
  visited: boolean;
  /** The learner reached its end or said « J'ai terminé cette leçon ». */
  ended: boolean;
  /** Seconds spent on the lesson page while it was visible. */
  seconds: number;
}

/** The outcome of one activity (simulation, quiz), keyed by its stable id. */
export interface ActivityResult {
  /** The activity counts as done for completion. */
  done: boolean;
  /** Best score in percent, when the activity is scored. */
  score?: number;
  /** Attempts made. */
  attempts?: number;
  /** A compact string owned by the activity (its saved progress); kept short, it is part of the budget. */
  data?: string;
}

export interface LearnerRecord {
  lessons: Readonly<Record<string, LessonState>>;
  activities: Readonly<Record<string, ActivityResult>>;
  /** The lesson the learner was last on, for « Reprendre là où vous en étiez ». */
  location: string | null;
  /** Modules the entry test marked « déjà maîtrisé »: still open, no longer required. */
  mastered: readonly string[];
  /** Name typed by the learner for the attestation when no LMS provides it. */
  learnerName?: string;
}

export function emptyRecord(): LearnerRecord {
  return { lessons: {}, activities: {}, location: null, mastered: [] };
}

const NEW_LESSON: LessonState = { visited: false, ended: false, seconds: 0 };

function withLesson(record: LearnerRecord, id: string, change: (state: LessonState) => LessonState): LearnerRecord {
  const before = record.lessons[id] ?? NEW_LESSON;
  const after = change(before);
  if (after.visited === before.visited && after.ended === before.ended && after.seconds === before.seconds && record.lessons[id]) {
    return record;
  }
  return { ...record, lessons: { ...record.lessons, [id]: after } };
}

/** The learner opens a lesson: it is visited and becomes the place to resume. */
export function visitLesson(record: LearnerRecord, id: string): LearnerRecord {
  const next = withLesson(record, id, (state) => ({ ...state, visited: true }));
  return next.location === id ? next : { ...next, location: id };
}

/** The learner reached the end of a lesson (or declared it finished). */
export function endLesson(record: LearnerRecord, id: string): LearnerRecord {
  return withLesson(record, id, (state) => ({ ...state, visited: true, ended: true }));
}

/**
 * Time counted on one lesson at most: 2 h 46 min, several times the longest lesson. More is a tab left open, not
 * study, and four digits keep the record within its suspend_data budget.
 */
export const LESSON_SECONDS_MAX = 9_999;

/** Adds time spent on a lesson; negative or non-finite amounts are ignored. */
export function addLessonTime(record: LearnerRecord, id: string, seconds: number): LearnerRecord {
  if (!Number.isFinite(seconds) || seconds <= 0) return record;
  return withLesson(record, id, (state) => ({ ...state, seconds: Math.min(LESSON_SECONDS_MAX, state.seconds + Math.round(seconds)) }));
}

/** Records an activity's outcome, keeping the best score and the done flag once reached. */
export function setActivityResult(record: LearnerRecord, id: string, result: ActivityResult): LearnerRecord {
  const before = record.activities[id];
  const score =
    result.score === undefined ? before?.score : before?.score === undefined ? result.score : Math.max(before.score, result.score);
  const merged: ActivityResult = { done: result.done || (before?.done ?? false) };
  if (score !== undefined) merged.score = score;
  const attempts = result.attempts ?? before?.attempts;
  if (attempts !== undefined) merged.attempts = attempts;
  const data = 'data' in result ? result.data : before?.data;
  if (data !== undefined) merged.data = data;
  return { ...record, activities: { ...record.activities, [id]: merged } };
}

/** Marks or unmarks modules as « déjà maîtrisé ». */
export function setMastered(record: LearnerRecord, moduleId: string, mastered: boolean): LearnerRecord {
  const has = record.mastered.includes(moduleId);
  if (has === mastered) return record;
  return { ...record, mastered: mastered ? [...record.mastered, moduleId] : record.mastered.filter((id) => id !== moduleId) };
}

/** Stores the learner's name for the attestation (trimmed; empty removes it). */
export function setLearnerName(record: LearnerRecord, name: string): LearnerRecord {
  const trimmed = name.trim().slice(0, 80);
  const { learnerName: _previous, ...rest } = record;
  return trimmed ? { ...rest, learnerName: trimmed } : rest;
}

/**
 * Combines two versions of the same learner's record (e.g. two tabs of the course open at once) without
 * losing progress from either: a lesson visited or ended in either stays so, the larger time is kept, an
 * activity keeps its best score and its done flag. `incoming` wins for the resume point and the name,
 * being the most recent write.
 */
export function mergeRecords(local: LearnerRecord, incoming: LearnerRecord): LearnerRecord {
  const lessons: Record<string, LessonState> = { ...local.lessons };
  for (const [id, state] of Object.entries(incoming.lessons)) {
    const mine = lessons[id];
    lessons[id] = mine
      ? { visited: mine.visited || state.visited, ended: mine.ended || state.ended, seconds: Math.max(mine.seconds, state.seconds) }
      : state;
  }
  let merged: LearnerRecord = { ...local, lessons, location: incoming.location ?? local.location };
  for (const [id, result] of Object.entries(incoming.activities)) merged = setActivityResult(merged, id, result);
  merged = { ...merged, mastered: [...incoming.mastered] };
  const name = incoming.learnerName ?? local.learnerName;
  return name === undefined ? setLearnerName(merged, '') : { ...merged, learnerName: name };
}
